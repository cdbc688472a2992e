package clinic.letdown.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** How dates and numbers look on every page: one place, so they look the same everywhere. */
@TemplateExtension
public class Formats {

    /** The clinic's time zone ({@link ClinicZone}, CLINIC_TIME_ZONE): where timestamps are shown and dates begin. */
    public static final ZoneId ZONE = ClinicZone.configured();

    /** "24 Nov 2026" in English, "24 nov 2026" in Spanish: the day first in both, so neither reads it wrong. */
    private static final Map<Language, DateTimeFormatter> DATE = inEachLanguage("d MMM yyyy");
    private static final Map<Language, DateTimeFormatter> DAY = inEachLanguage("d MMM");
    private static final Map<Language, DateTimeFormatter> DATE_TIME = inEachLanguage("d MMM yyyy, HH:mm");
    private static final DateTimeFormatter INPUT_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** "24 Nov 2026, 14:05" in the clinic's time zone, in the request's language. */
    public static String shown(Instant instant) {
        return instant == null ? "" : DATE_TIME.get(Language.current()).format(instant.atZone(ZONE));
    }

    public static String shown(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.get(Language.current()).format(dateTime);
    }

    /** "24 Nov 2026". */
    public static String shown(LocalDate date) {
        return date == null ? "" : DATE.get(Language.current()).format(date);
    }

    /** "24 Nov": a day without its year, where space is short (chart axes). */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.get(Language.current()).format(date);
    }

    private static Map<Language, DateTimeFormatter> inEachLanguage(String pattern) {
        Map<Language, DateTimeFormatter> formats = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            formats.put(language, DateTimeFormatter.ofPattern(pattern, language.locale));
        }
        return formats;
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

    /** 1234567 as "1,234,567", the commas placed by hand: {@code String.format} is slow for a page's many numbers. */
    public static String grouped(Number number) {
        if (number == null) {
            return "";
        }
        String digits = Long.toString(Math.abs(number.longValue()));
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (number.longValue() < 0) {
            text.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    /**
     * 1.25 as "1.3": one decimal, for means and medians; halves round up, as {@code "%.1f"} does
     * (both start from the shortest decimal form of the double: 1.15 gives "1.2").
     */
    public static String oneDecimal(Number number) {
        return number == null ? ""
                : BigDecimal.valueOf(number.doubleValue()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
