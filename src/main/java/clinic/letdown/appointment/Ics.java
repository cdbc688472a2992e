package clinic.letdown.appointment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** iCalendar (RFC 5545) text, built with ical4j: an appointment's invitation or cancellation, a consultant's feed. */
public final class Ics {

    /** One event as a calendar shows it. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
            int sequence, boolean cancelled) {
    }

    private Ics() {
    }

    /** A calendar of these events; method REQUEST, CANCEL or PUBLISH (null: none, as a feed). */
    public static String calendar(Method method, List<Event> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Letdown Clinic//Appointments//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(method);
        }
        for (Event e : events) {
            VEvent event = new VEvent(e.start(), e.end(), e.summary());
            event.add(new Uid(e.uid()));
            event.add(new DtStamp(stamp));
            event.add(new Sequence(e.sequence()));
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The appointment's id in every calendar it reaches. */
    public static String uid(Appointment a) {
        return "appointment-" + a.id + "@letdown.clinic";
    }
}
