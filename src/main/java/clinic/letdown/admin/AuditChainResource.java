package clinic.letdown.admin;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditChainCheck;
import clinic.letdown.audit.AuditChainSealer;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;

/**
 * /admin/audit/verify: checks the audit trail's hash chain from its first event to now and names
 * the first broken link; the same check as the VerifyChain command. The check is itself audited.
 */
@Path("/admin/audit/verify")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditChainResource {


    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AuditChainCheck.Result result);
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditChainSealer sealer;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance verify() throws SQLException {
        // what was written up to this click is linked first, so the check covers it
        sealer.seal();
        AuditChainCheck.Result result;
        try (Connection connection = dataSource.getConnection()) {
            result = AuditChainCheck.verify(connection);
        }
        audit.record(AuditAction.VIEW, RecordType.AUDIT_CHAIN, null, result.intact() ? "intact through place " + result.lastSeq()
                : "broken: " + result.problem().breach() + " at place " + result.problem().position());
        return Templates.page(result);
    }
}
