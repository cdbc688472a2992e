package clinic.letdown.consultation;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.growth.BabyGrowth;
import clinic.letdown.growth.GrowthReadModel;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Language;
import clinic.letdown.web.RequestLanguage;
import clinic.letdown.web.StaleEditException;
import clinic.letdown.web.pdf.PdfRenderer;

/** /consultations/{id}: a charted visit, its correction, and the physician report. */
@Path("/consultations")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ConsultationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Consultation consultation);

        static native TemplateInstance form(ChartingPage page);

        static native TemplateInstance report(Consultation consultation, CarePlan activePlan, BabyGrowth growth);
    }

    @Inject
    ConsultationService consultations;

    @Inject
    ChartingPages pages;

    @Inject
    @InRequestLanguage
    ConsultationMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    GrowthReadModel growth;

    @Inject
    Validator validator;

    @Inject
    PdfRenderer pdf;

    @Inject
    Clock clock;

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        Consultation consultation = Consultation.load(id);
        audit.record(AuditAction.VIEW, RecordType.CONSULTATION, id, consultation.client.id, null);
        return Templates.show(consultation);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Consultation consultation = Consultation.load(id);
        audit.record(AuditAction.VIEW, RecordType.CONSULTATION, id, consultation.client.id, "edit form");
        ConsultationForm form = ConsultationForm.of(consultation);
        return Templates.form(pages.page(consultation.client, consultation, form, FormErrors.none()));
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam ConsultationForm form, @RestForm String more) {
        Consultation consultation = Consultation.load(id);
        if (more != null) {
            return Templates.form(pages.withMoreRows(consultation.client, consultation, form));
        }
        FormErrors errors = FormErrors.of(validator.validate(form));
        ConsultationForm.Data data = form.check(errors, consultation.client.babies, Instant.now(clock), messages);
        if (data != null) {
            try {
                consultations.update(id, form.version(), data);
                return Flash.redirect("/consultations/" + id, messages.saved(Formats.shown(data.startedAt())));
            } catch (RuntimeException e) {
                if (!StaleEditException.isStale(e)) {
                    throw e;
                }
                errors.add(FormErrors.FORM, messages.staleConsultation());
                form = form.withVersion(consultations.currentVersion(id));
            }
        }
        return Templates.form(pages.page(consultation.client, consultation, form, errors));
    }

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Path("{id}/report")
    public TemplateInstance report(@PathParam("id") long id, @QueryParam("language") String letterLanguage) {
        Consultation consultation = Consultation.load(id);
        // the letter is in the language the consultant chooses for the physician, English unless she picks another
        Language letter = Language.ofTag(letterLanguage);
        requestLanguage.speak(letter == null ? Language.DEFAULT : letter);
        audit.record(AuditAction.PRINT, RecordType.CONSULTATION, id, consultation.client.id, "physician report");
        return reportPage(consultation);
    }

    /** The same letter as a PDF (web/pdf), for the baby's doctor. */
    @GET
    @Path("{id}/report.pdf")
    @Produces(PdfRenderer.MEDIA_TYPE)
    public Response reportPdf(@PathParam("id") long id) {
        Consultation consultation = Consultation.load(id);
        audit.record(AuditAction.PRINT, RecordType.CONSULTATION, id, consultation.client.id, "physician report PDF");
        return pdf.download(reportPage(consultation),
                "physician-report-" + consultation.startedAt.atZone(Formats.ZONE).toLocalDate() + ".pdf");
    }

    private TemplateInstance reportPage(Consultation consultation) {
        return Templates.report(consultation, CarePlan.findActiveWithDetailsFor(consultation.client.id),
                growth.forLetter(consultation));
    }
}
