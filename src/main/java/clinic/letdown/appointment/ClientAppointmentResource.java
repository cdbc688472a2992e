package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/**
 * /clients/{id}/appointments/new: book an appointment for a client, from her page, from a free slot
 * of the calendar (?start=&consultant=) or from a charted follow-up date (?kind=FOLLOW_UP&date=).
 */
@Path("/clients/{clientId}/appointments")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ClientAppointmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(BookingPage page);
    }

    @Inject
    Bookings bookings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @InRequestLanguage
    AppointmentMessages messages;

    @GET
    @Path("new")
    public TemplateInstance createForm(@PathParam("clientId") long clientId, @QueryParam("type") String type,
            @QueryParam("kind") String kind, @QueryParam("date") String date, @QueryParam("start") String start,
            @QueryParam("consultant") String consultant) {
        Client client = Client.load(clientId);
        audit.record(AuditAction.VIEW, RecordType.APPOINTMENT, null, clientId, "booking form");
        Long typeId = FormFields.id(type);
        if (typeId == null && VisitKind.ofName(kind) != null) {
            AppointmentType forKind = AppointmentType.forVisitKind(kind);
            typeId = forKind == null ? null : forKind.id;
        }
        Long consultantId = FormFields.id(consultant);
        if (consultantId == null) {
            consultantId = client.consultant != null && client.consultant.enabled ? client.consultant.id : currentUser.id();
        }
        LocalDate day = FormFields.parseDate(date == null ? "" : date);
        LocalTime time = null;
        Instant startsAt = FormFields.instant(start);
        if (startsAt != null) {
            ZonedDateTime local = startsAt.atZone(Formats.ZONE);
            day = local.toLocalDate();
            time = local.toLocalTime();
        }
        if (day == null) {
            day = LocalDate.now(clock.withZone(Formats.ZONE)).plusDays(1);
        }
        ClinicLocation firstPlace = ClinicLocation.offered().stream().findFirst().orElse(null);
        Long babyId = client.babies.size() == 1 ? client.babies.get(0).id : null;
        BookingForm form = BookingForm.blank(typeId, babyId, consultantId, firstPlace == null ? null : firstPlace.id, day,
                time);
        return Templates.form(BookingPage.of(client, null, form, FormErrors.none(), false, action(clientId)));
    }

    @POST
    public Object create(@PathParam("clientId") long clientId, @BeanParam BookingForm form) {
        Client client = Client.load(clientId);
        FormErrors errors = FormErrors.none();
        Bookings.Request request = form.check(client, AppointmentType.offered(), Account.consultantNames(),
                ClinicLocation.offered(), Formats.ZONE, errors, messages);
        boolean offerOverride = false;
        if (request != null) {
            try {
                Appointment a = bookings.book(request, currentUser.id());
                return Flash.redirect("/appointments/" + a.id, messages.booked(Formats.shown(a.startsAt)));
            } catch (BookingRefused refused) {
                errors.add(FormErrors.FORM, AppointmentWords.refusal(messages, refused.reason));
                offerOverride = refused.overridable() && request.consultantId() == currentUser.id();
            }
        }
        return Templates.form(BookingPage.of(client, null, form, errors, offerOverride, action(clientId)));
    }

    private static String action(long clientId) {
        return "/clients/" + clientId + "/appointments";
    }
}
