package clinic.letdown.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** When a consultant works: her weekly hours in the clinic's zone, less her time off. */
public final class Availability {

    /** A stretch of time [start, end). */
    public record Span(Instant start, Instant end) {
        public boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && end.isAfter(otherStart);
        }

        public boolean contains(Instant otherStart, Instant otherEnd) {
            return !otherStart.isBefore(start) && !otherEnd.isAfter(end);
        }
    }

    private Availability() {
    }

    /**
     * Her working spans on a day, as instants: the wall-clock hours placed on that date in the zone,
     * so 9:00-17:00 is 8 hours on a normal day and on the day the clocks change alike. Stretches
     * that touch (9:00-12:00, 12:00-17:00) are one span, so an appointment may run across the join.
     */
    public static List<Span> workingSpans(LocalDate day, List<WorkingHours> hours, ZoneId zone) {
        List<Span> spans = new ArrayList<>();
        for (WorkingHours h : hours) {
            if (h.weekday == day.getDayOfWeek().getValue() && h.startsAt.isBefore(h.endsAt)) {
                spans.add(new Span(ZonedDateTime.of(day, h.startsAt, zone).toInstant(),
                        ZonedDateTime.of(day, h.endsAt, zone).toInstant()));
            }
        }
        spans.sort((a, b) -> a.start().compareTo(b.start()));
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                joined.set(joined.size() - 1, new Span(last.start(), span.end().isAfter(last.end()) ? span.end() : last.end()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** The minutes of her working spans on a day that none of the spans off covers (her time off). */
    public static long workingMinutes(LocalDate day, List<WorkingHours> hours, List<Span> off, ZoneId zone) {
        long minutes = 0;
        for (Span work : workingSpans(day, hours, zone)) {
            for (Span left : DayPlan.gaps(work, off, null)) {
                minutes += java.time.Duration.between(left.start(), left.end()).toMinutes();
            }
        }
        return minutes;
    }

    /** Null when [start, end) lies in her working hours and not in her time off; else why not. */
    public static BookingRefused.Reason check(Instant start, Instant end, List<WorkingHours> hours, List<TimeOff> off,
            ZoneId zone) {
        for (TimeOff t : off) {
            if (t.startsAt.isBefore(end) && t.endsAt.isAfter(start)) {
                return BookingRefused.Reason.TIME_OFF;
            }
        }
        LocalDate day = start.atZone(zone).toLocalDate();
        for (Span span : workingSpans(day, hours, zone)) {
            if (span.contains(start, end)) {
                return null;
            }
        }
        return BookingRefused.Reason.OUTSIDE_HOURS;
    }
}
