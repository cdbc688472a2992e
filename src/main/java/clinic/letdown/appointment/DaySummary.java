package clinic.letdown.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * One consultant's day in everyone's week: how many appointments hold her time, the free time left in
 * her working hours (counted as {@link DayPlan} lists it) and whether she has time off; built from the
 * times alone, no appointment loaded.
 */
@TemplateData
public record DaySummary(LocalDate day, long booked, long freeMinutes, boolean hasTimeOff) {

    /**
     * @param held her appointments that start on this day and hold time
     * @param off her time off overlapping the day
     */
    static DaySummary of(LocalDate day, ZoneId zone, List<WorkingHours> hours, List<Appointment.Held> held,
            List<TimeOff> off, Instant notBefore) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Availability.Span> busy = new ArrayList<>();
        for (Appointment.Held h : held) {
            busy.add(new Availability.Span(h.startsAt(), h.endsAt()));
        }
        boolean timeOff = false;
        for (TimeOff t : off) {
            Availability.Span within = DayPlan.offWithin(t, dayStart, dayEnd);
            if (within != null) {
                busy.add(within);
                timeOff = true;
            }
        }
        long free = 0;
        for (Availability.Span gap : DayPlan.freeStretches(day, zone, hours, busy, notBefore)) {
            free += Duration.between(gap.start(), gap.end()).toMinutes();
        }
        return new DaySummary(day, held.size(), free, timeOff);
    }
}
