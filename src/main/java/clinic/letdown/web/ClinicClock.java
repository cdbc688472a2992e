package clinic.letdown.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The clinic's date and wall-clock time now: the app's {@link Clock} read in the clinic's zone ({@link Formats#ZONE}). */
@ApplicationScoped
public class ClinicClock {

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Formats.ZONE));
    }
}
