package clinic.letdown.appointment;

import java.time.Duration;

/**
 * A configured length of time (clinic.appointments.*) as the portal says it: whole days from two
 * days up ("60 days"), else hours and minutes ("24 hours", "1 hour 30 minutes", "15 minutes").
 */
public record TimeSpan(long days, long hours, long minutes) {

    public static TimeSpan of(Duration d) {
        long totalMinutes = Math.max(0, d.toMinutes());
        if (totalMinutes >= 2 * 24 * 60 && totalMinutes % (24 * 60) == 0) {
            return new TimeSpan(totalMinutes / (24 * 60), 0, 0);
        }
        return new TimeSpan(0, totalMinutes / 60, totalMinutes % 60);
    }

    /** In the words of the request's language. */
    public String in(AppointmentMessages m) {
        StringBuilder words = new StringBuilder();
        if (days > 0) {
            words.append(m.spanDays((int) days));
        }
        if (hours > 0) {
            words.append(words.isEmpty() ? "" : " ").append(m.spanHours((int) hours));
        }
        if (minutes > 0 || words.isEmpty()) {
            words.append(words.isEmpty() ? "" : " ").append(m.spanMinutes((int) minutes));
        }
        return words.toString();
    }
}
