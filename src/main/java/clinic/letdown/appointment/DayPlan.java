package clinic.letdown.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * One consultant's day as the calendar shows it: her appointments, her time off and the free time
 * left in her working hours, in order. Built from rows read once for the whole view.
 */
@TemplateData
public record DayPlan(LocalDate day, List<Entry> entries, long freeMinutes) {

    public enum Kind {
        APPOINTMENT, FREE, OFF
    }

    /** One line of the day: an appointment, a stretch of free time or of time off. */
    @TemplateData
    public record Entry(Kind kind, Instant start, Instant end, Appointment appointment, String note) {
        public boolean isFree() {
            return kind == Kind.FREE;
        }

        public boolean isOff() {
            return kind == Kind.OFF;
        }

        public boolean isAppointment() {
            return kind == Kind.APPOINTMENT;
        }

        public long minutes() {
            return java.time.Duration.between(start, end).toMinutes();
        }
    }

    /** Free stretches shorter than this are not offered (nothing the clinic books is shorter). */
    static final long SHORTEST_FREE_MINUTES = 15;

    /**
     * @param appointments hers that start on this day (any status: cancelled ones are listed, and hold no time)
     * @param off her time off overlapping the day
     */
    public static DayPlan of(LocalDate day, ZoneId zone, List<WorkingHours> hours, List<Appointment> appointments,
            List<TimeOff> off, Instant notBefore) {
        List<Entry> entries = new ArrayList<>();
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Availability.Span> busy = new ArrayList<>();
        for (Appointment a : appointments) {
            entries.add(new Entry(Kind.APPOINTMENT, a.startsAt, a.endsAt, a, null));
            if (a.status.holdsTime()) {
                busy.add(new Availability.Span(a.startsAt, a.endsAt));
            }
        }
        for (TimeOff t : off) {
            Availability.Span within = offWithin(t, dayStart, dayEnd);
            if (within != null) {
                entries.add(new Entry(Kind.OFF, within.start(), within.end(), null, t.note));
                busy.add(within);
            }
        }
        long free = 0;
        for (Availability.Span gap : freeStretches(day, zone, hours, busy, notBefore)) {
            entries.add(new Entry(Kind.FREE, gap.start(), gap.end(), null, null));
            free += java.time.Duration.between(gap.start(), gap.end()).toMinutes();
        }
        entries.sort(Comparator.comparing(Entry::start).thenComparing(e -> e.kind().ordinal()));
        return new DayPlan(day, entries, free);
    }

    /** The part of her time off within the day, or null if none. */
    static Availability.Span offWithin(TimeOff t, Instant dayStart, Instant dayEnd) {
        Instant start = t.startsAt.isBefore(dayStart) ? dayStart : t.startsAt;
        Instant end = t.endsAt.isAfter(dayEnd) ? dayEnd : t.endsAt;
        return start.isBefore(end) ? new Availability.Span(start, end) : null;
    }

    /** The free time offered in her working hours: what nothing busy covers, from notBefore on, long enough to book. */
    static List<Availability.Span> freeStretches(LocalDate day, ZoneId zone, List<WorkingHours> hours,
            List<Availability.Span> busy, Instant notBefore) {
        List<Availability.Span> free = new ArrayList<>();
        for (Availability.Span work : Availability.workingSpans(day, hours, zone)) {
            for (Availability.Span gap : gaps(work, busy, notBefore)) {
                if (java.time.Duration.between(gap.start(), gap.end()).toMinutes() >= SHORTEST_FREE_MINUTES) {
                    free.add(gap);
                }
            }
        }
        return free;
    }

    /** The parts of a working span that nothing busy covers, from notBefore on (no free time in the past). */
    static List<Availability.Span> gaps(Availability.Span work, List<Availability.Span> busy, Instant notBefore) {
        List<Availability.Span> sorted = new ArrayList<>(busy);
        sorted.sort(Comparator.comparing(Availability.Span::start));
        List<Availability.Span> gaps = new ArrayList<>();
        Instant cursor = work.start();
        if (notBefore != null && notBefore.isAfter(cursor)) {
            cursor = notBefore;
        }
        for (Availability.Span b : sorted) {
            if (!b.end().isAfter(cursor) || !b.start().isBefore(work.end())) {
                continue;
            }
            if (b.start().isAfter(cursor)) {
                gaps.add(new Availability.Span(cursor, b.start()));
            }
            if (b.end().isAfter(cursor)) {
                cursor = b.end();
            }
        }
        if (cursor.isBefore(work.end())) {
            gaps.add(new Availability.Span(cursor, work.end()));
        }
        return gaps;
    }

    public List<Entry> freeEntries() {
        return entries.stream().filter(Entry::isFree).toList();
    }
}
