package clinic.letdown.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.ClientSearch;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/** /appointments/{id}: one appointment, its history, and what can be done with it: check in, move, cancel, no-show. */
@Path("/appointments")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class AppointmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Appointment a, List<AppointmentChange> history, CancelForm cancel,
                FormErrors errors, List<Reminder> reminders, boolean optedOut);

        static native TemplateInstance edit(BookingPage page);

        static native TemplateInstance pick(String start, String consultant, String q, List<ClientSearch.Row> clients);
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

    /** From a free slot of the calendar: find the client, then her booking form with the slot filled in. */
    @GET
    @Path("new")
    public TemplateInstance pick(@QueryParam("start") String start, @QueryParam("consultant") String consultant,
            @QueryParam("q") String q) {
        String query = FormFields.trimmedOrEmpty(q);
        List<ClientSearch.Row> clients = List.of();
        if (!query.isEmpty() && query.length() <= 100) {
            clients = new ClientSearch(query, ClientStatus.ACTIVE, null).page(0, 20, LocalDate.now(clock.withZone(Formats.ZONE)))
                    .items();
            audit.record(AuditAction.VIEW, RecordType.CLIENT, null, "client search to book");
        }
        String slot = start == null || start.length() > 40 ? "" : start;
        Long consultantId = FormFields.id(consultant);
        return Templates.pick(slot, consultantId == null ? "" : String.valueOf(consultantId), query, clients);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        Appointment a = Appointment.load(id);
        audit.record(AuditAction.VIEW, RecordType.APPOINTMENT, a.id, a.client.id, null);
        return show(a, CancelForm.blank(a.version), FormErrors.none());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        Appointment a = Appointment.load(id);
        audit.record(AuditAction.VIEW, RecordType.APPOINTMENT, a.id, a.client.id, "reschedule form");
        return Templates.edit(BookingPage.of(a.client, a, BookingForm.of(a, Formats.ZONE), FormErrors.none(), false,
                "/appointments/" + id));
    }

    @POST
    @Path("{id}")
    public Object reschedule(@PathParam("id") long id, @BeanParam BookingForm form) {
        Appointment a = Appointment.load(id);
        FormErrors errors = FormErrors.none();
        Bookings.Request request = form.check(a.client, AppointmentType.offered(), Account.consultantNames(),
                ClinicLocation.offered(), Formats.ZONE, errors, messages);
        boolean offerOverride = false;
        if (request != null) {
            try {
                Appointment moved = bookings.reschedule(id, form.version(), request, currentUser.id());
                return Flash.redirect("/appointments/" + id, messages.rescheduled(Formats.shown(moved.startsAt)));
            } catch (BookingRefused refused) {
                errors.add(FormErrors.FORM, AppointmentWords.refusal(messages, refused.reason));
                offerOverride = refused.overridable() && request.consultantId() == currentUser.id();
            } catch (RuntimeException e) {
                if (!StaleEditException.isStale(e)) {
                    throw e;
                }
                errors.add(FormErrors.FORM, StaleEditException.message());
                form = form.withVersion(Appointment.load(id).version);
            }
        }
        return Templates.edit(BookingPage.of(a.client, a, form, errors, offerOverride, "/appointments/" + id));
    }

    @POST
    @Path("{id}/cancel")
    public Object cancel(@PathParam("id") long id, @BeanParam CancelForm form) {
        Appointment a = Appointment.load(id);
        FormErrors errors = FormErrors.none();
        String reason = form.check(errors, messages);
        if (reason != null) {
            try {
                bookings.cancel(id, form.version(), reason, currentUser.id());
                return Flash.redirect("/appointments/" + id, messages.cancelled());
            } catch (BookingRefused refused) {
                errors.add(FormErrors.FORM, AppointmentWords.refusal(messages, refused.reason));
            } catch (RuntimeException e) {
                if (!StaleEditException.isStale(e)) {
                    throw e;
                }
                errors.add(FormErrors.FORM, StaleEditException.message());
            }
            a = Appointment.load(id);
            form = new CancelForm(form.reason(), String.valueOf(a.version));
        }
        return show(a, form, errors);
    }

    private static TemplateInstance show(Appointment a, CancelForm cancel, FormErrors errors) {
        return Templates.show(a, AppointmentChange.of(a.id), cancel, errors, Reminder.of(a.id),
                ReminderOptOut.optedOut(a.client.id));
    }

    @POST
    @Path("{id}/check-in")
    public Object checkIn(@PathParam("id") long id, @RestForm String version) {
        return mark(id, version, AppointmentStatus.CHECKED_IN, messages.checkedIn());
    }

    @POST
    @Path("{id}/no-show")
    public Object noShow(@PathParam("id") long id, @RestForm String version) {
        return mark(id, version, AppointmentStatus.NO_SHOW, messages.markedNoShow());
    }

    private Object mark(long id, String version, AppointmentStatus status, String done) {
        Appointment.load(id);
        String page = "/appointments/" + id;
        try {
            return StaleEditException.acted(() -> bookings.mark(id, FormFields.orEmpty(version), status, currentUser.id()),
                    () -> Flash.redirect(page, done), page, messages.staleEdit());
        } catch (BookingRefused refused) {
            return Flash.redirect(page, AppointmentWords.refusal(messages, refused.reason));
        }
    }
}
