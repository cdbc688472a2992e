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
import clinic.letdown.account.Account;

/** One line of an appointment's history: booked, moved from one time to another, cancelled (by whom, why), ... */
@Entity
public class AppointmentChange extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointment_id")
    public Appointment appointment;

    @Column(nullable = false)
    public Instant changedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by")
    public Account changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ChangeAction action;

    public Instant fromStartsAt;

    public Instant toStartsAt;

    @Column(length = Appointment.MAX_REASON)
    public String reason;

    public static List<AppointmentChange> of(long appointmentId) {
        return find("from AppointmentChange c join fetch c.changedBy where c.appointment.id = ?1 order by c.changedAt, c.id",
                appointmentId).list();
    }
}
