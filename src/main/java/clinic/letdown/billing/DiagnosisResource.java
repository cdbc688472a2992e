package clinic.letdown.billing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** /admin/diagnoses: the clinic's curated ICD-10-CM list for superbills. */
@Path("/admin/diagnoses")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class DiagnosisResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DiagnosisCode> codes, DiagnosisForm form, FormErrors errors);

        static native TemplateInstance form(DiagnosisCode code, DiagnosisForm form, FormErrors errors, List<Choice> statuses);
    }

    @Inject
    BillingService billing;

    @Inject
    @InRequestLanguage
    BillingMessages messages;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance list() {
        audit.record(AuditAction.VIEW, RecordType.DIAGNOSIS_CODE, null, "diagnosis list");
        return Templates.list(DiagnosisCode.all(), DiagnosisForm.empty(), FormErrors.none());
    }

    @POST
    public Object create(@BeanParam DiagnosisForm form) {
        FormErrors errors = FormErrors.none();
        DiagnosisForm.Data data = form.check(errors, messages, null);
        if (data == null) {
            return Templates.list(DiagnosisCode.all(), form, errors);
        }
        DiagnosisCode code = billing.saveDiagnosis(null, null, data);
        return Flash.redirect("/admin/diagnoses", messages.codeAdded(code.code));
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(@PathParam("id") long id) {
        DiagnosisCode code = DiagnosisCode.load(id);
        return Templates.form(code, DiagnosisForm.of(code), FormErrors.none(), FeeResource.statuses(messages));
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam DiagnosisForm form) {
        DiagnosisCode code = DiagnosisCode.load(id);
        FormErrors errors = FormErrors.none();
        DiagnosisForm.Data data = form.check(errors, messages, id);
        if (data != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> billing.saveDiagnosis(id, version, data), errors)) {
                return Flash.redirect("/admin/diagnoses", messages.codeSaved(data.code()));
            }
            form = form.withVersion(billing.diagnosisVersion(id));
            code = DiagnosisCode.load(id);
        }
        return Templates.form(code, form, errors, FeeResource.statuses(messages));
    }
}
