package clinic.letdown.appointment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client who asked, in the portal, for no appointment reminders by email. */
@Entity
public class ReminderOptOut extends PanacheEntityBase {

    @Id
    public Long clientId;

    @Column(nullable = false)
    public Instant optedOutAt;

    public static boolean optedOut(long clientId) {
        return findById(clientId) != null;
    }
}
