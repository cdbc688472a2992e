package clinic.letdown.account;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Paged;
import clinic.letdown.web.StaleEditException;

/**
 * /admin/users: staff accounts (list, create, change, disable, reset a password). A client's
 * portal account is not here at all (a 404 by id): consultants manage it from her record, and an
 * admin who is not her consultant sees neither her name nor her account (minimum necessary).
 */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AccountAdminResource {

    /** Matches the stored roles of a client's portal account (CLIENT is never combined with another role). */
    static final String CLIENT_ROLE = "%" + Role.CLIENT.name() + "%";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<Account> accounts, String q);

        static native TemplateInstance form(Account account, AccountForm form, FormErrors errors,
                String resetPassword, FormErrors resetErrors);
    }

    private static final Account NEW_ACCOUNT = null;

    /** A new account's page has no password-reset form to fill. */
    private static final String NO_RESET_PASSWORD = "";

    @Inject
    AccountService accounts;

    @Inject
    @InRequestLanguage
    AccountMessages messages;

    @Inject
    PasswordPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance list(@QueryParam("q") String searchText, @QueryParam("page") String page) {
        String search = FormFields.trimmedOrEmpty(searchText);
        PanacheQuery<Account> query = search.isEmpty()
                ? Account.find("roleNames not like ?1", Sort.by("username"), CLIENT_ROLE)
                : Account.find("roleNames not like ?1 and (lower(username) like ?2 or lower(displayName) like ?2)",
                        Sort.by("username"), CLIENT_ROLE, "%" + search.toLowerCase() + "%");
        Paged<Account> accountsPage = Paged.of(query, Paged.pageNumber(page), Paged.DEFAULT_SIZE)
                .withQuery(Map.of("q", search));
        return Templates.list(accountsPage, search);
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.form(NEW_ACCOUNT, AccountForm.blank(), FormErrors.none(), NO_RESET_PASSWORD, FormErrors.none());
    }

    @POST
    public Object create(@BeanParam AccountForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form, Default.class, AccountForm.Creation.class));
        Set<Role> roles = form.parsedRoles(errors, messages);
        checkNewPassword(form.username(), form.temporaryPassword(), "temporaryPassword", errors);
        if (!errors.has("username") && Account.usernameTaken(form.username())) {
            errors.add("username", messages.usernameTaken());
        }
        if (errors.any()) {
            return Templates.form(NEW_ACCOUNT, form, errors, NO_RESET_PASSWORD, FormErrors.none());
        }
        Account account = accounts.create(form.username(), form.displayName(), roles, form.temporaryPassword(),
                PasswordKind.TEMPORARY);
        return Flash.redirect("/admin/users/" + account.id, messages.created(account.username));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        Account account = staffAccount(id);
        return Templates.form(account, AccountForm.of(account), FormErrors.none(), Passwords.temporary(),
                FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam AccountForm form) {
        Account account = staffAccount(id);
        FormErrors errors = FormErrors.of(validator.validate(form));
        Set<Role> roles = form.parsedRoles(errors, messages);
        if (id == currentUser.id() && !roles.contains(Role.ADMIN)) {
            errors.add("roles", messages.notYourself());
        }
        if (errors.isEmpty()) {
            try {
                accounts.update(id, form.version(), form.displayName(), roles);
                return Flash.redirect("/admin/users/" + id, messages.saved(account.username));
            } catch (RuntimeException e) {
                if (!StaleEditException.isStale(e)) {
                    throw e;
                }
                errors.add(FormErrors.FORM, messages.staleAccount());
                account = staffAccount(id);
                form = new AccountForm(account.username, form.displayName(), form.roles(), "",
                        String.valueOf(account.version));
            }
        }
        return Templates.form(account, withUsername(form, account), errors, Passwords.temporary(), FormErrors.none());
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") long id) {
        Account account = staffAccount(id);
        if (id == currentUser.id()) {
            return Flash.redirect("/admin/users/" + id, messages.notYourself());
        }
        accounts.setEnabled(id, false);
        return Flash.redirect("/admin/users/" + id, messages.disabled(account.username));
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") long id) {
        Account account = staffAccount(id);
        accounts.setEnabled(id, true);
        return Flash.redirect("/admin/users/" + id, messages.enabled(account.username));
    }

    @POST
    @Path("{id}/password")
    public Object resetPassword(@PathParam("id") long id, @RestForm String temporaryPassword) {
        Account account = staffAccount(id);
        FormErrors resetErrors = FormErrors.none();
        checkNewPassword(account.username, temporaryPassword, "temporaryPassword", resetErrors);
        if (resetErrors.any()) {
            return Templates.form(account, AccountForm.of(account), FormErrors.none(),
                    FormFields.orEmpty(temporaryPassword), resetErrors);
        }
        accounts.resetPassword(id, temporaryPassword);
        return Flash.redirect("/admin/users/" + id, messages.passwordReset(account.username));
    }

    /** A staff account, or 404: a client's portal account is not an admin's to open or change. */
    private static Account staffAccount(long id) {
        Account account = Account.load(id);
        if (account.isClientAccount()) {
            throw new NotFoundException();
        }
        return account;
    }

    private void checkNewPassword(String username, String password, String field, FormErrors errors) {
        policy.check(username, password).ifPresent(problem -> errors.add(field, PasswordPolicy.message(problem, messages)));
    }

    private static AccountForm withUsername(AccountForm form, Account account) {
        return new AccountForm(account.username, form.displayName(), form.roles() == null ? List.of() : form.roles(),
                "", form.version());
    }
}
