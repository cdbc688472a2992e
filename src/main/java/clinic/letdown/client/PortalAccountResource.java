package clinic.letdown.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.Passwords;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;

/**
 * /clients/{clientId}/portal-account: a consultant opens the client's portal account, resets its
 * password, disables or enables it. A new temporary password is shown once, on the page that
 * answers the request that made it; it is never put in a cookie, a URL or a log.
 */
@Path("/clients/{clientId}/portal-account")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PortalAccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Client client, Account account, PortalAccountForm form,
                FormErrors errors, String newPassword);
    }

    /** The page shows a temporary password only right after it is set. */
    private static final String NO_NEW_PASSWORD = null;

    private static final Account NO_ACCOUNT_YET = null;

    @Inject
    PortalAccounts portalAccounts;

    @Inject
    @InRequestLanguage
    ClientMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance show(@PathParam("clientId") long clientId) {
        Client client = Client.load(clientId);
        Account account = client.portalAccount;
        audit.record(AuditAction.VIEW, RecordType.PORTAL_ACCOUNT, account == null ? null : account.id, clientId, null);
        PortalAccountForm form = new PortalAccountForm(account == null ? PortalAccounts.suggestUsername(client) : "");
        return Templates.show(client, account, form, FormErrors.none(), NO_NEW_PASSWORD);
    }

    @POST
    public Object create(@PathParam("clientId") long clientId, @BeanParam PortalAccountForm form) {
        Client client = Client.load(clientId);
        if (client.portalAccount != null) {
            return Flash.redirect(here(clientId), messages.alreadyHasAccount(client.fullName()));
        }
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (!errors.has("username") && Account.usernameTaken(form.username())) {
            errors.add("username", messages.usernameTaken());
        }
        if (errors.isEmpty()) {
            String password = Passwords.temporary();
            try {
                Account account = portalAccounts.create(clientId, form.username(), password);
                return Templates.show(client, account, form, FormErrors.none(), password);
            } catch (AlreadyLinkedException e) {
                return Flash.redirect(here(clientId), messages.alreadyHasAccount(client.fullName()));
            } catch (PersistenceException e) {
                errors.add("username", messages.usernameTaken());
            }
        }
        return Templates.show(client, NO_ACCOUNT_YET, form, errors, NO_NEW_PASSWORD);
    }

    @POST
    @Path("password")
    public Object resetPassword(@PathParam("clientId") long clientId) {
        Client client = Client.load(clientId);
        if (client.portalAccount == null) {
            return Flash.redirect(here(clientId), messages.noAccount(client.fullName()));
        }
        String password = Passwords.temporary();
        Account account = portalAccounts.resetPassword(clientId, password);
        return Templates.show(client, account, new PortalAccountForm(""), FormErrors.none(), password);
    }

    @POST
    @Path("disable")
    public Response disable(@PathParam("clientId") long clientId) {
        return setEnabled(clientId, false);
    }

    @POST
    @Path("enable")
    public Response enable(@PathParam("clientId") long clientId) {
        return setEnabled(clientId, true);
    }

    private Response setEnabled(long clientId, boolean enabled) {
        Client client = Client.load(clientId);
        if (client.portalAccount == null) {
            return Flash.redirect(here(clientId), messages.noAccount(client.fullName()));
        }
        Account account = portalAccounts.setEnabled(clientId, enabled);
        return Flash.redirect(here(clientId),
                enabled ? messages.accountEnabled(account.username) : messages.accountDisabled(account.username));
    }

    private static String here(long clientId) {
        return "/clients/" + clientId + "/portal-account";
    }
}
