package clinic.letdown.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.appointment.Appointment;
import clinic.letdown.appointment.AppointmentConfig;
import clinic.letdown.appointment.AppointmentMessages;
import clinic.letdown.appointment.AppointmentType;
import clinic.letdown.appointment.AppointmentWords;
import clinic.letdown.appointment.BookingRefused;
import clinic.letdown.appointment.Bookings;
import clinic.letdown.appointment.ClinicLocation;
import clinic.letdown.appointment.FreeSlots;
import clinic.letdown.appointment.LocationKind;
import clinic.letdown.appointment.PortalTimes;
import clinic.letdown.appointment.ReminderChoice;
import clinic.letdown.appointment.ReminderOptOut;
import clinic.letdown.appointment.TimeSpan;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/**
 * /portal/appointments: her coming and past appointments (the place, or the video link from a
 * little before the start), booking the types the clinic lets clients book in her consultant's
 * free time within the clinic's window, and cancelling until the cut-off.
 */
@Path("/portal/appointments")
@RolesAllowed(Role.CLIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PortalAppointmentsResource {

    static final int SLOTS_SHOWN = 40;

    /** One of her appointments as the portal shows it. */
    @TemplateData
    public record Row(Appointment a, boolean videoShown, boolean cancellable) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Client me, List<Row> coming, List<Row> past, List<AppointmentType> types,
                AppointmentType chosen, List<FreeSlots.Day> slots, String consultantName, String error,
                boolean remindersOff, PortalTimes times);
    }

    @Inject
    MyClient myClient;

    @Inject
    CurrentUser currentUser;

    @Inject
    Bookings bookings;

    @Inject
    AppointmentConfig config;

    @Inject
    ReminderChoice reminderChoice;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @InRequestLanguage
    AppointmentMessages messages;

    @GET
    public TemplateInstance page(@QueryParam("type") String type) {
        return page(myClient.get(), type, null);
    }

    @POST
    public Object book(@RestForm String type, @RestForm String start) {
        Client me = myClient.get();
        AppointmentType chosen = bookable(type);
        Instant startsAt = FormFields.instant(start);
        if (chosen == null || startsAt == null || me.consultant == null || !me.isActive()) {
            return page(me, type, messages.slotGone());
        }
        Account.Named consultant = new Account.Named(me.consultant.id, me.consultant.displayName);
        if (!FreeSlots.offers(slots(consultant, chosen), startsAt)) {
            return page(me, type, messages.slotGone());
        }
        for (ClinicLocation place : places(chosen)) {
            try {
                Appointment a = bookings.book(new Bookings.Request(me.id, null, chosen.id, consultant.id(), place.id,
                        startsAt, null, false), currentUser.id());
                return Flash.redirect("/portal/appointments", messages.booked(Formats.shown(a.startsAt)));
            } catch (BookingRefused refused) {
                if (refused.reason != BookingRefused.Reason.ROOM_BUSY) {
                    return page(me, type, messages.slotGone());
                }
            }
        }
        return page(me, type, messages.slotGone());
    }

    @POST
    @Path("{id}/cancel")
    public Object cancel(@PathParam("id") long id, @RestForm String version) {
        Client me = myClient.get();
        Appointment a = Appointment.load(id);
        if (a.client.id != me.id) {
            throw new NotFoundException();
        }
        if (!a.isOpen() || !cancellable(a)) {
            return Flash.redirect("/portal/appointments",
                    messages.tooLateToCancel(TimeSpan.of(config.cancelCutoff()).in(messages)));
        }
        try {
            return StaleEditException.acted(() -> bookings.cancel(id, version, messages.cancelledByClient(), currentUser.id()),
                    () -> Flash.redirect("/portal/appointments", messages.cancelled()), "/portal/appointments",
                    messages.staleEdit());
        } catch (BookingRefused refused) {
            return Flash.redirect("/portal/appointments", AppointmentWords.refusal(messages, refused.reason));
        }
    }

    /** Her choice: appointment emails on or off. */
    @POST
    @Path("reminders")
    public Object reminders(@RestForm String emails) {
        Client me = myClient.get();
        if (!"on".equals(emails) && !"off".equals(emails)) {
            return Flash.redirect("/portal/appointments");
        }
        reminderChoice.choose(me.id, "off".equals(emails));
        return Flash.redirect("/portal/appointments#reminders", messages.remindersSaved());
    }

    private TemplateInstance page(Client me, String type, String error) {
        Instant now = Instant.now(clock);
        List<Row> coming = new ArrayList<>();
        List<Row> past = new ArrayList<>();
        for (Appointment a : Appointment.ofClient(me.id)) {
            Row row = new Row(a, a.type.telehealth && a.isOpen() && a.videoLink != null
                    && !now.isBefore(a.startsAt.minus(config.videoLinkShownBefore())) && now.isBefore(a.endsAt),
                    a.isOpen() && cancellable(a));
            if (a.endsAt.isAfter(now) && a.isOpen()) {
                coming.add(0, row);
            } else if (past.size() < 20) {
                past.add(row);
            }
        }
        List<AppointmentType> types = AppointmentType.<AppointmentType>list("active = true and clientBookable = true order by name, id");
        AppointmentType chosen = bookable(type);
        List<FreeSlots.Day> slots = List.of();
        String consultantName = me.consultant == null ? null : me.consultant.displayName;
        if (chosen != null && me.consultant != null && me.isActive()) {
            slots = slots(new Account.Named(me.consultant.id, me.consultant.displayName), chosen);
        }
        audit.record(AuditAction.VIEW, RecordType.APPOINTMENT, null, me.id, "portal appointments");
        return Templates.page(me, coming, past, types, chosen, slots, consultantName, error,
                ReminderOptOut.optedOut(me.id), PortalTimes.of(config, messages));
    }

    private boolean cancellable(Appointment a) {
        return Instant.now(clock).plus(config.cancelCutoff()).isBefore(a.startsAt);
    }

    private List<FreeSlots.Day> slots(Account.Named consultant, AppointmentType type) {
        Instant now = Instant.now(clock);
        return FreeSlots.of(consultant, type.minutes, now.plus(config.bookFrom()), now.plus(config.bookUntil()), Formats.ZONE,
                SLOTS_SHOWN);
    }

    /** Telehealth happens in the telehealth "room"; other visits in a clinic room, the first one free. */
    private static List<ClinicLocation> places(AppointmentType type) {
        LocationKind kind = type.telehealth ? LocationKind.TELEHEALTH : LocationKind.ROOM;
        return ClinicLocation.offered().stream().filter(l -> l.kind == kind).toList();
    }

    private static AppointmentType bookable(String raw) {
        Long id = FormFields.id(raw);
        if (id == null) {
            return null;
        }
        AppointmentType t = AppointmentType.findById(id);
        return t != null && t.active && t.clientBookable ? t : null;
    }
}
