package clinic.letdown.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Flash;
import clinic.letdown.web.SealedCookies;

/** Signing in and out, and "/" sending each role to its home. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String problem, String username, boolean signedOut);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    SessionCookieMechanism sessions;

    @Inject
    SealedCookies sealedCookies;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @GET
    @Authenticated
    public Response home() {
        if (currentUser.isClient()) {
            return Flash.redirect("/portal");
        }
        if (currentUser.isConsultant()) {
            return Flash.redirect("/clients");
        }
        if (currentUser.isAdmin()) {
            return Flash.redirect("/admin");
        }
        return Flash.redirect("/account/password");
    }

    @GET
    @Path("login")
    @PermitAll
    public Object login(RoutingContext context) {
        if (currentUser.isSignedIn()) {
            return Flash.redirect("/");
        }
        boolean locked = context.queryParams().contains("locked");
        boolean logout = context.queryParams().contains("logout");
        String problem = locked ? "locked" : context.queryParams().contains("expired") ? "expired"
                : context.queryParams().contains("error") ? "failed" : null;
        String typed = problem == null ? null
                : sealedCookies.read(context, SessionCookieMechanism.TYPED_USERNAME_COOKIE).orElse(null);
        return Templates.login(problem, typed, logout);
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout(RoutingContext context) {
        accounts.endAllSessions(currentUser.id());
        audit.record(AuditAction.LOGOUT, RecordType.ACCOUNT, currentUser.id(), null);
        sessions.endSession(context);
        return Flash.redirect("/login?logout");
    }
}
