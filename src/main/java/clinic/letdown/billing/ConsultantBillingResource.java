package clinic.letdown.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/** /account/billing: the signed-in consultant's credentials and NPI, as superbills show them. */
@Path("/account/billing")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ConsultantBillingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ConsultantBillingForm form, FormErrors errors);
    }

    @Inject
    BillingService billing;

    @Inject
    CurrentUser currentUser;

    @Inject
    @InRequestLanguage
    BillingMessages messages;

    @GET
    public TemplateInstance form() {
        return Templates.form(ConsultantBillingForm.of(ConsultantBilling.of(currentUser.id())), FormErrors.none());
    }

    @POST
    public Object save(@BeanParam ConsultantBillingForm form) {
        FormErrors errors = FormErrors.none();
        ConsultantBillingForm.Data data = form.check(errors, messages);
        if (data != null) {
            String version = FormFields.orEmpty(form.version());
            if (StaleEditException.saved(() -> billing.saveProfile(currentUser.id(), version, data), errors)) {
                return Flash.redirect("/account/billing", messages.profileSaved());
            }
            form = form.withVersion(billing.profileVersion(currentUser.id()));
        }
        return Templates.form(form, errors);
    }
}
