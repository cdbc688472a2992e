package clinic.letdown.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How dates and numbers look on every page: one place, so they look the same everywhere. */
@TemplateExtension
public class Formats {

    /** The clinic's time zone: where timestamps are shown and dates begin. */
    public static final ZoneId ZONE = ZoneId.systemDefault();

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter INPUT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** "24 Nov 2026, 14:05" in the clinic's time zone. */
    public static String shown(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String shown(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** "24 Nov 2026". */
    public static String shown(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "24 Nov": a day without its year, where space is short (chart axes). */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The value of an {@code <input type="date">}. */
    public static String inputValue(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The value of an {@code <input type="datetime-local">}. */
    public static String inputValue(LocalDateTime dateTime) {
        return dateTime == null ? "" : INPUT_DATE_TIME.format(dateTime);
    }

    /** ISO form for {@code <time datetime>}. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** 1234567 as "1,234,567". */
    public static String grouped(Number number) {
        return number == null ? "" : String.format(Locale.ENGLISH, "%,d", number.longValue());
    }

    /** 1.25 as "1.3": one decimal, for means and medians. */
    public static String oneDecimal(Number number) {
        return number == null ? "" : String.format(Locale.ENGLISH, "%.1f", number.doubleValue());
    }
}
