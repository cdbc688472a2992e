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
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/** /admin/billing: the clinic's name, address, NPI and tax ID on superbills. */
@Path("/admin/billing")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class BillingSettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(BillingSettingsForm form, FormErrors errors);
    }

    @Inject
    BillingService billing;

    @Inject
    @InRequestLanguage
    BillingMessages messages;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance form() {
        audit.record(AuditAction.VIEW, RecordType.BILLING_SETTINGS, BillingSettings.ID, null);
        return Templates.form(BillingSettingsForm.of(BillingSettings.current()), FormErrors.none());
    }

    @POST
    public Object save(@BeanParam BillingSettingsForm form) {
        FormErrors errors = FormErrors.none();
        BillingSettingsForm.Data data = form.check(errors, messages);
        if (data != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> billing.saveSettings(version, data), errors)) {
                return Flash.redirect("/admin/billing", messages.settingsSaved());
            }
            form = form.withVersion(billing.settingsVersion());
        }
        return Templates.form(form, errors);
    }
}
