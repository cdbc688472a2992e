package clinic.letdown.appointment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.web.Formats;
import clinic.letdown.web.StaleEditException;

/**
 * Books, moves, cancels and closes appointments. No double booking, ever: each booking or move
 * locks the consultant's account row (and the room's row) for the rest of its transaction before it
 * looks for an overlapping appointment, so two bookings of one slot, on one node or on two, run
 * the check one after the other and the second sees the first.
 */
@ApplicationScoped
public class Bookings {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What is asked for, checked by the form. */
    public record Request(long clientId, Long babyId, long typeId, long consultantId, long locationId, Instant startsAt,
            String videoLink, boolean outsideHoursConfirmed) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AppointmentConfig config;

    @Inject
    Reminders reminders;

    ZoneId zone = Formats.ZONE;

    @Transactional
    public Appointment book(Request r, long byAccountId) {
        Client client = Client.findById(r.clientId());
        if (client == null) {
            throw new NotFoundException();
        }
        AppointmentType type = AppointmentType.load(r.typeId());
        Instant end = r.startsAt().plusSeconds(60L * type.minutes);
        ClinicLocation location = lockAndCheck(r, end, null, byAccountId);
        Appointment a = new Appointment();
        a.client = client;
        a.baby = babyOf(client, r.babyId());
        a.type = type;
        a.consultant = em.getReference(Account.class, r.consultantId());
        a.location = location;
        a.startsAt = r.startsAt();
        a.endsAt = end;
        a.videoLink = videoLink(type, r.videoLink());
        a.bookedBy = em.getReference(Account.class, byAccountId);
        a.createdAt = Instant.now(clock);
        a.updatedAt = a.createdAt;
        a.persist();
        history(a, byAccountId, ChangeAction.BOOKED, null, a.startsAt, null);
        reminders.plan(a, Reminder.Kind.BOOKED);
        audit.record(AuditAction.CREATE, RecordType.APPOINTMENT, a.id, client.id, "booked " + a.startsAt);
        return a;
    }

    /** Moves it (time, consultant, place, type) and keeps where it was in its history. */
    @Transactional
    public Appointment reschedule(long id, String version, Request r, long byAccountId) {
        Appointment a = Appointment.load(id);
        StaleEditException.check(a.version, version);
        if (!a.isOpen()) {
            throw new BookingRefused(BookingRefused.Reason.CLOSED);
        }
        AppointmentType type = AppointmentType.load(r.typeId());
        Instant end = r.startsAt().plusSeconds(60L * type.minutes);
        ClinicLocation location = lockAndCheck(r, end, a.id, byAccountId);
        Instant from = a.startsAt;
        a.baby = babyOf(a.client, r.babyId());
        a.type = type;
        a.consultant = em.getReference(Account.class, r.consultantId());
        a.location = location;
        a.startsAt = r.startsAt();
        a.endsAt = end;
        a.videoLink = type.telehealth ? (r.videoLink() == null ? a.videoLink : r.videoLink()) : null;
        if (type.telehealth && a.videoLink == null) {
            a.videoLink = videoLink(type, null);
        }
        a.updatedAt = Instant.now(clock);
        history(a, byAccountId, ChangeAction.RESCHEDULED, from, a.startsAt, null);
        em.flush();
        reminders.plan(a, Reminder.Kind.CHANGED);
        audit.record(AuditAction.UPDATE, RecordType.APPOINTMENT, a.id, a.client.id, "moved " + from + " -> " + a.startsAt);
        em.flush();
        return a;
    }

    @Transactional
    public Appointment cancel(long id, String version, String reason, long byAccountId) {
        Appointment a = Appointment.load(id);
        StaleEditException.check(a.version, version);
        if (!a.isOpen()) {
            throw new BookingRefused(BookingRefused.Reason.CLOSED);
        }
        a.status = AppointmentStatus.CANCELLED;
        a.cancelledBy = em.getReference(Account.class, byAccountId);
        a.cancelledAt = Instant.now(clock);
        a.cancelReason = reason;
        a.updatedAt = a.cancelledAt;
        history(a, byAccountId, ChangeAction.CANCELLED, a.startsAt, null, reason);
        em.flush();
        reminders.plan(a, Reminder.Kind.CANCELLED);
        audit.record(AuditAction.UPDATE, RecordType.APPOINTMENT, a.id, a.client.id, "cancelled");
        em.flush();
        return a;
    }

    /** Checked in, no-show or completed: a step along the way, from an open appointment only. */
    @Transactional
    public Appointment mark(long id, String version, AppointmentStatus status, long byAccountId) {
        Appointment a = Appointment.load(id);
        if (version != null) {
            StaleEditException.check(a.version, version);
        }
        if (!a.isOpen() || status == AppointmentStatus.CHECKED_IN && a.status != AppointmentStatus.BOOKED) {
            throw new BookingRefused(BookingRefused.Reason.CLOSED);
        }
        a.status = status;
        a.updatedAt = Instant.now(clock);
        ChangeAction action = switch (status) {
            case CHECKED_IN -> ChangeAction.CHECKED_IN;
            case NO_SHOW -> ChangeAction.NO_SHOW;
            case COMPLETED -> ChangeAction.COMPLETED;
            default -> throw new IllegalArgumentException(status.name());
        };
        history(a, byAccountId, action, null, null, null);
        audit.record(AuditAction.UPDATE, RecordType.APPOINTMENT, a.id, a.client.id, status.name().toLowerCase());
        em.flush();
        return a;
    }

    /**
     * Locks the consultant's row (and a room's), then refuses an overlap, hours or time off. The
     * locks hold until the transaction ends, after the new times are written.
     */
    private ClinicLocation lockAndCheck(Request r, Instant end, Long self, long byAccountId) {
        Account consultant;
        ClinicLocation location;
        try {
            consultant = em.find(Account.class, r.consultantId(), LockModeType.PESSIMISTIC_WRITE);
            location = em.find(ClinicLocation.class, r.locationId(),
                    LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.PessimisticLockException | jakarta.persistence.LockTimeoutException e) {
            throw new BookingRefused(BookingRefused.Reason.CALENDAR_BUSY);
        }
        if (consultant == null || location == null) {
            throw new NotFoundException();
        }
        if (overlaps("a.consultant.id", r.consultantId(), r.startsAt(), end, self)) {
            throw new BookingRefused(BookingRefused.Reason.CONSULTANT_BUSY);
        }
        if (location.isRoom() && overlaps("a.location.id", location.id, r.startsAt(), end, self)) {
            throw new BookingRefused(BookingRefused.Reason.ROOM_BUSY);
        }
        boolean herOwn = r.consultantId() == byAccountId;
        if (!(herOwn && r.outsideHoursConfirmed())) {
            BookingRefused.Reason outside = Availability.check(r.startsAt(), end, WorkingHours.of(r.consultantId()),
                    TimeOff.overlapping(List.of(r.consultantId()), r.startsAt(), end), zone);
            if (outside != null) {
                throw new BookingRefused(outside);
            }
        }
        return location;
    }

    private boolean overlaps(String column, long id, Instant start, Instant end, Long self) {
        return em.createQuery("select count(a) from Appointment a where " + column + " = :id"
                + " and a.status in " + AppointmentStatus.HOLDING_TIME_LITERALS
                + " and a.startsAt < :end and a.endsAt > :start and a.startsAt > :earliest and a.id <> :self", Long.class)
                .setParameter("id", id)
                .setParameter("end", end).setParameter("start", start)
                .setParameter("earliest", start.minus(Appointment.LONGEST))
                .setParameter("self", self == null ? -1L : self).getSingleResult() > 0;
    }

    private static Baby babyOf(Client client, Long babyId) {
        if (babyId == null) {
            return null;
        }
        return client.babies.stream().filter(b -> b.id.equals(babyId)).findFirst().orElseThrow(NotFoundException::new);
    }

    private String videoLink(AppointmentType type, String typed) {
        if (!type.telehealth) {
            return null;
        }
        if (typed != null) {
            return typed;
        }
        return config.videoLinkPattern().filter(p -> !p.isBlank())
                .map(p -> p.replace("{token}", HexFormat.of().formatHex(randomBytes(8)))).orElse(null);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private void history(Appointment a, long by, ChangeAction action, Instant from, Instant to, String reason) {
        AppointmentChange c = new AppointmentChange();
        c.appointment = a;
        c.changedAt = Instant.now(clock);
        c.changedBy = em.getReference(Account.class, by);
        c.action = action;
        c.fromStartsAt = from;
        c.toStartsAt = to;
        c.reason = reason;
        c.persist();
    }
}
