package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Everyone's week counts a day as her own calendar lists it: the same free time, from the appointments' times alone. */
class DaySummaryTest {

    static final ZoneId ZONE = DaylightSavingTest.NEW_YORK;
    static final LocalDate DAY = LocalDate.of(2026, 6, 10);
    final List<WorkingHours> hours = DaylightSavingTest.hours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    Instant at(int hour) {
        return ZonedDateTime.of(DAY, LocalTime.of(hour, 0), ZONE).toInstant();
    }

    @Test
    void bookingsTimeOffAndFreeTimeAsTheDayPlanHasThem() {
        Appointment booked = DaylightSavingTest.appointment(at(10), 60);
        TimeOff off = new TimeOff();
        off.startsAt = at(15);
        off.endsAt = at(17);
        DaySummary summary = DaySummary.of(DAY, ZONE, hours,
                List.of(new Appointment.Held(1, booked.startsAt, booked.endsAt)), List.of(off), null);
        DayPlan plan = DayPlan.of(DAY, ZONE, hours, List.of(booked), List.of(off), null);

        assertEquals(1, summary.booked());
        assertEquals(60 + 240, summary.freeMinutes(), "09:00-10:00 and 11:00-15:00");
        assertEquals(plan.freeMinutes(), summary.freeMinutes());
        assertTrue(summary.hasTimeOff());
    }

    @Test
    void noFreeTimeInThePastAndNoneShorterThanTheShortestBooking() {
        Appointment longOne = DaylightSavingTest.appointment(at(9).plusSeconds(10 * 60), 460);
        DaySummary summary = DaySummary.of(DAY, ZONE, hours,
                List.of(new Appointment.Held(1, longOne.startsAt, longOne.endsAt)), List.of(), null);
        assertEquals(0, summary.freeMinutes(), "the 10 minutes before it and the 10 after are too short to offer");
        assertFalse(summary.hasTimeOff());
        assertEquals(60, DaySummary.of(DAY, ZONE, hours, List.of(), List.of(), at(16)).freeMinutes(), "from now (16:00) on");
    }
}
