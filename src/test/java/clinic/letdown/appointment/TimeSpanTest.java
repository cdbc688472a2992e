package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How a configured length is split into the words the portal says (a cut-off other than the default one). */
class TimeSpanTest {

    @Test
    void wholeDaysFromTwoDaysUpElseHoursAndMinutes() {
        assertEquals(new TimeSpan(0, 24, 0), TimeSpan.of(Duration.ofHours(24)), "the default cut-off: 24 hours");
        assertEquals(new TimeSpan(60, 0, 0), TimeSpan.of(Duration.ofDays(60)));
        assertEquals(new TimeSpan(2, 0, 0), TimeSpan.of(Duration.ofHours(48)));
        assertEquals(new TimeSpan(0, 36, 0), TimeSpan.of(Duration.ofHours(36)));
        assertEquals(new TimeSpan(0, 1, 30), TimeSpan.of(Duration.ofMinutes(90)));
        assertEquals(new TimeSpan(0, 0, 15), TimeSpan.of(Duration.ofMinutes(15)));
        assertEquals(new TimeSpan(0, 0, 0), TimeSpan.of(Duration.ofSeconds(20)), "less than a minute says 0 minutes");
    }

    @Test
    void thePartsAreSaidInOrderAndOnlyWhenThereAreAny() {
        AppointmentMessages words = (AppointmentMessages) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {AppointmentMessages.class},
                (proxy, method, args) -> args[0] + " " + method.getName().substring("span".length()).toLowerCase());
        assertEquals("1 hours 30 minutes", TimeSpan.of(Duration.ofMinutes(90)).in(words));
        assertEquals("12 hours", TimeSpan.of(Duration.ofHours(12)).in(words));
        assertEquals("3 days", TimeSpan.of(Duration.ofDays(3)).in(words));
        assertEquals("0 minutes", TimeSpan.of(Duration.ZERO).in(words));
    }
}
