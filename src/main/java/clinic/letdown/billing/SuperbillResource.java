package clinic.letdown.billing;

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
import clinic.letdown.consultation.Consultation;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/**
 * /consultations/{id}/superbill: the visit's superbill (the form until one is prepared) and its
 * correction; its PDF is {@link SuperbillPdfResource}.
 */
@Path("/consultations/{id}/superbill")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class SuperbillResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(SuperbillPages.View view);

        static native TemplateInstance form(SuperbillPages.FormPage page);
    }

    @Inject
    BillingService billing;

    @Inject
    SuperbillPages pages;

    @Inject
    @InRequestLanguage
    BillingMessages messages;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance show(@PathParam("id") long id) {
        Consultation consultation = Consultation.load(id);
        Superbill bill = Superbill.forConsultation(id);
        if (bill == null) {
            audit.record(AuditAction.VIEW, RecordType.CONSULTATION, id, consultation.client.id, "superbill form");
            return Templates.form(pages.form(consultation,
                    SuperbillForm.fresh(SuperbillPages.usualPlace(consultation)), FormErrors.none()));
        }
        audit.record(AuditAction.VIEW, RecordType.SUPERBILL, bill.id, consultation.client.id, null);
        return Templates.show(pages.view(consultation, bill));
    }

    @GET
    @Path("edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Consultation consultation = Consultation.load(id);
        Superbill bill = Superbill.forConsultation(id);
        if (bill == null) {
            return show(id);
        }
        audit.record(AuditAction.VIEW, RecordType.SUPERBILL, bill.id, consultation.client.id, "edit form");
        return Templates.form(pages.form(consultation, SuperbillForm.of(bill), FormErrors.none()));
    }

    @POST
    public Object save(@PathParam("id") long id, @BeanParam SuperbillForm form) {
        Consultation consultation = Consultation.load(id);
        FormErrors errors = FormErrors.none();
        SuperbillForm.Data data = form.check(errors, messages);
        if (data != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> billing.saveSuperbill(id, version, data), errors)) {
                return Flash.redirect("/consultations/" + id + "/superbill", messages.superbillSaved());
            }
            form = form.withVersion(billing.superbillVersion(id));
        }
        return Templates.form(pages.form(consultation, form, errors));
    }

    static TemplateInstance page(SuperbillPages.View view) {
        return Templates.show(view);
    }
}
