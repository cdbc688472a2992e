package clinic.letdown.account;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;

/** /account/password: everyone changes their own password (and must, after a temporary one). */
@Path("/account/password")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(boolean mustChange, FormErrors errors);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    @InRequestLanguage
    AccountMessages messages;

    @Inject
    SessionCookieMechanism sessions;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    PasswordPolicy policy;

    @GET
    public TemplateInstance form() {
        return Templates.form(mustChange(), FormErrors.none());
    }

    /** Passwords are never sent back into a form, so only the messages survive an error. */
    @POST
    public Object change(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String confirmPassword, RoutingContext context) {
        long id = currentUser.id();
        FormErrors errors = FormErrors.none();
        confirmation.confirm(currentPassword, "password change", errors);
        var problem = policy.check(currentUser.getUsername(), newPassword);
        if (problem.isPresent()) {
            errors.add("newPassword", PasswordPolicy.message(problem.get(), messages));
        } else if (newPassword.equals(currentPassword)) {
            errors.add("newPassword", messages.passwordUnchanged());
        } else if (!newPassword.equals(confirmPassword)) {
            errors.add("confirmPassword", messages.passwordsDiffer());
        }
        if (errors.any()) {
            return Templates.form(mustChange(), errors);
        }
        SessionTicket ticket = accounts.changeOwnPassword(id, newPassword);
        sessions.issue(context, ticket);
        return Flash.redirect("/", messages.passwordChanged());
    }

    private boolean mustChange() {
        return currentUser.account().map(SessionAccount::mustChangePassword).orElse(false);
    }
}
