package clinic.letdown.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.web.Hql;
import clinic.letdown.account.Account;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;

/** A booked visit (FHIR Appointment): a client (and maybe one of her babies) with a consultant, somewhere, from one instant to another. */
@Entity
public class Appointment extends PanacheEntity {

    public static final int MAX_REASON = 500;
    public static final int MAX_LINK = 500;
    /** No appointment is longer: the overlap check only looks this far back for one still running. */
    public static final Duration LONGEST = Duration.ofHours(12);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "baby_id")
    public Baby baby;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    public AppointmentType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultant_id")
    public Account consultant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id")
    public ClinicLocation location;

    @Column(nullable = false)
    public Instant startsAt;

    @Column(nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(length = MAX_LINK)
    public String videoLink;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cancelled_by")
    public Account cancelledBy;

    public Instant cancelledAt;

    @Column(length = MAX_REASON)
    public String cancelReason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booked_by")
    public Account bookedBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    private static final String WITH_PARTS = "from Appointment a join fetch a.client join fetch a.type"
            + " join fetch a.consultant join fetch a.location left join fetch a.baby left join fetch a.cancelledBy ";

    /** The appointment with its client, type, consultant, place and baby, or 404. */
    public static Appointment load(long id) {
        return Appointment.<Appointment>find(WITH_PARTS + "where a.id = ?1", id).singleResultOptional()
                .orElseThrow(NotFoundException::new);
    }

    /** The consultants' appointments (any status) that start in [from, to), with their parts, in one statement. */
    public static List<Appointment> startingBetween(Collection<Long> consultantIds, Instant from, Instant to) {
        return find(WITH_PARTS + "where " + Hql.idIn("a.consultant.id", consultantIds, 1)
                + " and a.startsAt >= ?2 and a.startsAt < ?3 order by a.startsAt, a.id",
                Hql.oneOrMany(consultantIds), from, to).list();
    }

    /** A consultant's time an appointment holds: all everyone's week needs of it (no client, type or place). */
    public record Held(long consultantId, Instant startsAt, Instant endsAt) {
    }

    /** The time the consultants' appointments starting in [from, to) hold, in one statement of three columns. */
    public static List<Held> heldBetween(Collection<Long> consultantIds, Instant from, Instant to) {
        return getEntityManager().createQuery("select a.consultant.id, a.startsAt, a.endsAt from Appointment a"
                + " where " + Hql.idIn("a.consultant.id", consultantIds, 1) + " and a.startsAt >= ?2 and a.startsAt < ?3"
                + " and a.status in " + AppointmentStatus.HOLDING_TIME_LITERALS, Object[].class)
                .setParameter(1, Hql.oneOrMany(consultantIds)).setParameter(2, from).setParameter(3, to).getResultStream()
                .map(row -> new Held((Long) row[0], (Instant) row[1], (Instant) row[2])).toList();
    }

    /** A client's appointments, latest first. */
    public static List<Appointment> ofClient(long clientId) {
        return find(WITH_PARTS + "where a.client.id = ?1 order by a.startsAt desc, a.id desc", clientId).list();
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }

    public boolean isCheckedIn() {
        return status == AppointmentStatus.CHECKED_IN;
    }

    public boolean isOpen() {
        return status == AppointmentStatus.BOOKED || status == AppointmentStatus.CHECKED_IN;
    }
}
