package clinic.letdown.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;

/** /admin: the clinic manager's home. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long enabledAccounts, long disabledAccounts, long failedLoginsToday);
    }

    @Inject
    Clock clock;

    @GET
    public TemplateInstance home() {
        Instant dayAgo = Instant.now(clock).minus(1, ChronoUnit.DAYS);
        // staff accounts, as the accounts page lists them (clients' portal accounts are not an admin's)
        String staff = "enabled = ?1 and roleNames not like ?2";
        String client = "%" + Role.CLIENT.name() + "%";
        return Templates.home(Account.count(staff, true, client), Account.count(staff, false, client),
                AuditEvent.count("action in ?1 and occurredAt > ?2",
                        java.util.List.of(AuditAction.LOGIN_FAILED, AuditAction.LOGIN_REFUSED), dayAgo));
    }
}
