package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The calendar across the clock changes, in a zone that has them (America/New_York: 8 March 2026
 * springs forward at 2:00, 1 November 2026 falls back at 2:00). Plain unit tests of the rules the
 * pages use, with the zone given, so they hold whatever the test machine's zone is.
 */
class DaylightSavingTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate SPRING = LocalDate.of(2026, 3, 8);
    static final LocalDate FALL = LocalDate.of(2026, 11, 1);

    @Test
    void aSixtyMinuteAppointmentAcrossEitherChangeLastsSixtyMinutes() {
        for (LocalDate day : List.of(SPRING, FALL)) {
            Instant start = ZonedDateTime.of(day, LocalTime.of(1, 30), NEW_YORK).toInstant();
            Appointment a = appointment(start, 60);
            assertEquals(Duration.ofMinutes(60), a.length(), day.toString());
            // shown by the wall clock: 1:30 to 3:30 in spring (an hour is skipped), 1:30 to 1:30 in the fall
            LocalTime end = a.endsAt.atZone(NEW_YORK).toLocalTime();
            assertEquals(day.equals(SPRING) ? LocalTime.of(3, 30) : LocalTime.of(1, 30), end, day.toString());
            DayPlan plan = DayPlan.of(day, NEW_YORK, hours(LocalTime.of(0, 0), LocalTime.of(6, 0)), List.of(a), List.of(),
                    null);
            // the working span 0:00-6:00 is 5 hours in spring and 7 in the fall; the appointment takes 60 minutes of it
            long working = day.equals(SPRING) ? 300 : 420;
            assertEquals(working - 60, plan.freeMinutes(), day.toString());
        }
    }

    @Test
    void theWeekOfEachChangeHasSevenDaysWithTheirWorkingHoursByTheWallClock() {
        for (LocalDate change : List.of(SPRING, FALL)) {
            List<LocalDate> week = Calendar.weekOf(change);
            assertEquals(7, week.size());
            assertEquals(java.time.DayOfWeek.MONDAY, week.get(0).getDayOfWeek());
            assertEquals(change, week.get(6), "the change falls on the Sunday that ends the week");
            for (LocalDate day : week) {
                DayPlan plan = DayPlan.of(day, NEW_YORK, hours(LocalTime.of(9, 0), LocalTime.of(17, 0)), List.of(),
                        List.of(), null);
                assertEquals(480, plan.freeMinutes(), day + ": 9:00 to 17:00 is 8 hours on every day of the week");
                DayPlan.Entry free = plan.entries().get(0);
                assertEquals(LocalTime.of(9, 0), free.start().atZone(NEW_YORK).toLocalTime(), day.toString());
                assertEquals(LocalTime.of(17, 0), free.end().atZone(NEW_YORK).toLocalTime(), day.toString());
            }
            // the days themselves: 23 hours in spring, 25 in the fall, 24 otherwise
            Duration changeDay = Duration.between(change.atStartOfDay(NEW_YORK), change.plusDays(1).atStartOfDay(NEW_YORK));
            assertEquals(change.equals(SPRING) ? Duration.ofHours(23) : Duration.ofHours(25), changeDay);
        }
    }

    @Test
    void anAppointmentOnTheChangeDayIsPlacedByItsLocalTimeAndLeavesTheRestFree() {
        Instant tenOClock = ZonedDateTime.of(FALL, LocalTime.of(10, 0), NEW_YORK).toInstant();
        DayPlan plan = DayPlan.of(FALL, NEW_YORK, hours(LocalTime.of(9, 0), LocalTime.of(17, 0)),
                List.of(appointment(tenOClock, 60)), List.of(), null);
        List<String> shown = new ArrayList<>();
        for (DayPlan.Entry e : plan.entries()) {
            shown.add(e.kind() + " " + e.start().atZone(NEW_YORK).toLocalTime() + "-" + e.end().atZone(NEW_YORK).toLocalTime());
        }
        assertEquals(List.of("FREE 09:00-10:00", "APPOINTMENT 10:00-11:00", "FREE 11:00-17:00"), shown);
        assertEquals(420, plan.freeMinutes());
    }

    @Test
    void workingHoursRefuseWhatCrossesTheirEndAndTimeOffRefusesWhatOverlapsIt() {
        List<WorkingHours> hours = hours(LocalTime.of(9, 0), LocalTime.of(17, 0));
        Instant start = ZonedDateTime.of(SPRING, LocalTime.of(16, 30), NEW_YORK).toInstant();
        assertEquals(BookingRefused.Reason.OUTSIDE_HOURS, Availability.check(start, start.plusSeconds(3600), hours,
                List.of(), NEW_YORK));
        assertEquals(null, Availability.check(start.minusSeconds(3600), start, hours, List.of(), NEW_YORK));
        TimeOff off = new TimeOff();
        off.startsAt = start.minusSeconds(7200);
        off.endsAt = start.minusSeconds(5400);
        assertEquals(BookingRefused.Reason.TIME_OFF, Availability.check(start.minusSeconds(7200), start.minusSeconds(3600),
                hours, List.of(off), NEW_YORK));
    }

    static Appointment appointment(Instant start, int minutes) {
        Appointment a = new Appointment();
        a.startsAt = start;
        a.endsAt = start.plusSeconds(60L * minutes);
        a.status = AppointmentStatus.BOOKED;
        return a;
    }

    static List<WorkingHours> hours(LocalTime from, LocalTime until) {
        List<WorkingHours> week = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            WorkingHours h = new WorkingHours();
            h.weekday = day;
            h.startsAt = from;
            h.endsAt = until;
            week.add(h);
        }
        return week;
    }
}
