package clinic.letdown.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.appointment.Appointment;
import clinic.letdown.client.Client;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/** /clients/{id}/consultations: charting a new visit for a client. */
@Path("/clients/{clientId}/consultations")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ClientConsultationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ChartingPage page, Long appointmentId);
    }

    @Inject
    ConsultationService consultations;

    @Inject
    ChartingPages pages;

    @Inject
    @InRequestLanguage
    ConsultationMessages messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @GET
    @Path("new")
    public TemplateInstance createForm(@PathParam("clientId") long clientId, @QueryParam("appointment") String appointment) {
        Client client = Client.load(clientId);
        Appointment from = openAppointment(clientId, appointment);
        if (from != null) {
            // "Chart this visit": the kind, the baby and the time of the appointment
            LocalDateTime start = LocalDateTime.ofInstant(from.startsAt, Formats.ZONE).truncatedTo(ChronoUnit.MINUTES);
            ConsultationForm form = ConsultationForm.blank(start,
                    from.baby != null ? from.baby.id : Consultation.usualBabyId(client))
                    .withKind(ConsultationKind.valueOf(from.type.visitKind));
            return Templates.form(pages.page(client, null, form, FormErrors.none()), from.id);
        }
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(clock), Formats.ZONE).truncatedTo(ChronoUnit.MINUTES);
        ConsultationForm form = ConsultationForm.blank(now, Consultation.usualBabyId(client));
        if (Consultation.count("client.id", clientId) > 0) {
            form = form.withKind(ConsultationKind.FOLLOW_UP);
        }
        return Templates.form(pages.page(client, null, form, FormErrors.none()), null);
    }

    /** Her open appointment with this id, or null (another client's, a closed one or none: charted as a plain visit). */
    private static Appointment openAppointment(long clientId, String raw) {
        Long id = clinic.letdown.web.FormFields.id(raw);
        if (id == null) {
            return null;
        }
        Appointment a = Appointment.find("from Appointment a join fetch a.type left join fetch a.baby where a.id = ?1", id)
                .firstResult();
        return a != null && a.client.id == clientId && a.isOpen() ? a : null;
    }

    @POST
    public Object create(@PathParam("clientId") long clientId, @BeanParam ConsultationForm form, @RestForm String more,
            @RestForm String appointment) {
        Client client = Client.load(clientId);
        Appointment from = openAppointment(clientId, appointment);
        Long appointmentId = from == null ? null : from.id;
        if (more != null) {
            return Templates.form(pages.withMoreRows(client, null, form), appointmentId);
        }
        FormErrors errors = FormErrors.of(validator.validate(form));
        ConsultationForm.Data data = form.check(errors, client.babies, Instant.now(clock), messages);
        if (data == null) {
            return Templates.form(pages.page(client, null, form, errors), appointmentId);
        }
        Consultation consultation = consultations.create(clientId, currentUser.id(), data, appointmentId);
        return Flash.redirect("/consultations/" + consultation.id, messages.created(Formats.shown(consultation.startedAt)));
    }
}
