package clinic.letdown.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.account.Account;

/**
 * The times a client may book with her consultant: starts on a half-hour grid inside the free
 * time of the calendar (working hours less appointments and time off) where the whole appointment fits.
 */
public final class FreeSlots {

    static final Duration STEP = Duration.ofMinutes(30);

    /** One day's bookable starts. */
    @TemplateData
    public record Day(LocalDate day, List<Instant> starts) {
    }

    private FreeSlots() {
    }

    /** At most {@code limit} starts from {@code from} to {@code until}, by day. */
    public static List<Day> of(Account.Named consultant, int minutes, Instant from, Instant until, ZoneId zone, int limit) {
        LocalDate first = from.atZone(zone).toLocalDate();
        LocalDate last = until.atZone(zone).toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        Calendar calendar = Calendar.of(List.of(consultant), days, zone, from);
        List<Day> result = new ArrayList<>();
        int found = 0;
        for (DayPlan plan : calendar.columns().get(0).days()) {
            List<Instant> starts = new ArrayList<>();
            for (DayPlan.Entry free : plan.freeEntries()) {
                for (Instant s = alignUp(free.start(), zone); !s.plusSeconds(60L * minutes).isAfter(free.end())
                        && !s.isAfter(until) && found < limit; s = s.plus(STEP)) {
                    starts.add(s);
                    found++;
                }
            }
            if (!starts.isEmpty()) {
                result.add(new Day(plan.day(), starts));
            }
        }
        return result;
    }

    /** Whether a start is one of the bookable ones. */
    public static boolean offers(List<Day> days, Instant start) {
        return days.stream().anyMatch(d -> d.starts().contains(start));
    }

    /** The next half hour by the wall clock (9:10 becomes 9:30; 9:00 stays). */
    static Instant alignUp(Instant t, ZoneId zone) {
        var local = t.atZone(zone);
        int minute = local.getMinute();
        var aligned = local.withSecond(0).withNano(0);
        if (minute % 30 != 0 || local.getSecond() != 0 || local.getNano() != 0) {
            aligned = aligned.withMinute(minute - minute % 30).plusMinutes(30);
        }
        return aligned.toInstant();
    }
}
