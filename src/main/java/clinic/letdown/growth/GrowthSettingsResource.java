package clinic.letdown.growth;

import java.util.List;

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
import clinic.letdown.web.Choice;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/** /admin/growth: the clinic's growth thresholds and whether clients see their baby's weights. */
@Path("/admin/growth")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class GrowthSettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(GrowthSettingsForm form, FormErrors errors, List<Choice> visibility,
                GrowthThresholds defaults);
    }

    @Inject
    GrowthService growth;

    @Inject
    @InRequestLanguage
    GrowthMessages messages;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance form() {
        GrowthSettings settings = GrowthSettings.current();
        audit.record(AuditAction.VIEW, RecordType.GROWTH_SETTINGS, GrowthSettings.ID, null);
        return form(GrowthSettingsForm.of(settings), FormErrors.none());
    }

    @POST
    public Object save(@BeanParam GrowthSettingsForm form) {
        FormErrors errors = FormErrors.none();
        GrowthSettingsForm.Data data = form.check(errors, messages);
        if (data != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> growth.saveSettings(version, data), errors)) {
                return Flash.redirect("/admin/growth", messages.settingsSaved());
            }
            form = form.withVersion(growth.currentSettingsVersion());
        }
        return form(form, errors);
    }

    private TemplateInstance form(GrowthSettingsForm form, FormErrors errors) {
        return Templates.form(form, errors, List.of(new Choice(GrowthSettingsForm.SHOWN, messages.weightsShown()),
                new Choice(GrowthSettingsForm.HIDDEN, messages.weightsHidden())), GrowthThresholds.DEFAULTS);
    }
}
