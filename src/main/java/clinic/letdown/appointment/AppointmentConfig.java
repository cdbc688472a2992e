package clinic.letdown.appointment;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code clinic.appointments.*} keys: what clients may book and cancel themselves, the video link. */
@ConfigMapping(prefix = "clinic.appointments")
public interface AppointmentConfig {

    /** A client books no sooner than this before the appointment ... */
    @WithDefault("PT24H")
    Duration bookFrom();

    /** ... and no further ahead than this. */
    @WithDefault("P60D")
    Duration bookUntil();

    /** A client cancels in the portal until this long before; later she is asked to call the clinic. */
    @WithDefault("PT24H")
    Duration cancelCutoff();

    /**
     * The clinic's fixed meeting room for telehealth appointments booked without a link, e.g.
     * "https://meet.example.org/letdown-{token}" ({token}: a random word per appointment). None: the consultant pastes one.
     */
    Optional<String> videoLinkPattern();

    /** The video link is shown to the client from this long before the start. */
    @WithDefault("PT15M")
    Duration videoLinkShownBefore();

    /** The day-before reminder goes out at this time (the clinic's zone) on the day before. */
    @WithDefault("09:00")
    java.time.LocalTime reminderTime();

    /** How often due reminders are looked for ("off" in the tests: they send on demand). */
    @WithDefault("30s")
    String reminderEvery();
}
