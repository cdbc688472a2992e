package clinic.letdown.appointment;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An email about an appointment, to be sent once: on booking, change, cancellation, or the day before. */
@Entity
@jakarta.persistence.Table(name = "appointment_reminder")
public class Reminder extends PanacheEntity {

    public enum Kind {
        BOOKED, CHANGED, CANCELLED, DAY_BEFORE
    }

    public enum Status {
        PENDING, SENDING, SENT, FAILED, SKIPPED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_id")
    public Appointment appointment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    @Column(nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status = Status.PENDING;

    public int attempts;

    public Instant claimedUntil;

    public Instant sentAt;

    @Column(length = 500)
    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public static List<Reminder> of(long appointmentId) {
        return list("appointment.id = ?1 order by createdAt, id", appointmentId);
    }
}
