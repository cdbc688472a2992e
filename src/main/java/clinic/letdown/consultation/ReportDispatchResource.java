package clinic.letdown.consultation;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.consent.ConsentMessages;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;

/**
 * /consultations/{id}/report/sent: marking the physician report sent, which only a sharing consent
 * in force allows (issue 24); each time is kept with the consent it relied on.
 */
@Path("/consultations/{id}/report/sent")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ReportDispatchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Consultation consultation, ReportSharing.State sharing, String sentTo,
                FormErrors errors);
    }

    @Inject
    ReportSharing reportSharing;

    @Inject
    CurrentUser currentUser;

    @Inject
    @InRequestLanguage
    ConsentMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance form(@PathParam("id") long id) {
        Consultation consultation = Consultation.load(id);
        audit.record(AuditAction.VIEW, RecordType.CONSULTATION, id, consultation.client.id, "physician report: mark sent");
        return Templates.form(consultation, reportSharing.of(consultation), "", FormErrors.none());
    }

    @POST
    public Object markSent(@PathParam("id") long id, @RestForm String sentTo) {
        Consultation consultation = Consultation.load(id);
        ReportSharing.State sharing = reportSharing.of(consultation);
        FormErrors errors = FormErrors.none();
        String to = FormFields.text(sentTo);
        if (!sharing.isAllowed()) {
            errors.add(FormErrors.FORM, messages.cannotSend());
        }
        if (to == null || to.length() > 200) {
            errors.add("sentTo", messages.sentToRequired());
        }
        if (errors.any()) {
            return Templates.form(consultation, sharing, sentTo, errors);
        }
        record(consultation.id, sharing, to);
        return Flash.redirect("/consultations/" + id + "/report", messages.markedSent());
    }

    @Transactional
    void record(long consultationId, ReportSharing.State sharing, String to) {
        Consultation consultation = Consultation.load(consultationId);
        ReportDispatch dispatch = new ReportDispatch();
        dispatch.consultation = consultation;
        dispatch.client = consultation.client;
        dispatch.consent = sharing.consent();
        dispatch.sentAt = Instant.now(clock);
        dispatch.sentBy = Account.findById(currentUser.id());
        dispatch.sentTo = to;
        dispatch.persist();
        audit.record(AuditAction.UPDATE, RecordType.CONSULTATION, consultationId, consultation.client.id,
                "physician report marked sent under consent " + sharing.consent().id);
    }
}
