package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A client's coming appointments for her page ({@code inject:clientAppointments.upcoming(id)}): a read model. */
@Named("clientAppointments")
@ApplicationScoped
public class ClientAppointments {

    @Inject
    Clock clock;

    /** Her appointments from the start of today on (cancelled ones too: the page says so), soonest first. */
    public List<Appointment> upcoming(long clientId) {
        Instant since = Instant.now(clock).minus(12, ChronoUnit.HOURS);
        return Appointment.find("from Appointment a join fetch a.type join fetch a.consultant join fetch a.location"
                + " where a.client.id = ?1 and a.startsAt >= ?2 order by a.startsAt, a.id", clientId, since).page(0, 10)
                .list();
    }
}
