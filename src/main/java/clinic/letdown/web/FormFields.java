package clinic.letdown.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the typed text of number and date fields (forms bind strings so that "abc" comes back as
 * typed): a blank field is null, anything unreadable or out of range is a message on its field.
 */
public final class FormFields {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
    private static final Pattern ONE_DECIMAL = Pattern.compile("[+-]?\\d{1,6}([.,]\\d)?");

    private FormFields() {
    }

    public static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    /** A stored value as its form field shows it: empty for null. */
    public static String orEmpty(Object stored) {
        return stored == null ? "" : stored.toString();
    }

    /** The typed text trimmed, or empty for a field that was not sent. */
    public static String trimmedOrEmpty(String raw) {
        return raw == null ? "" : raw.trim();
    }

    /** One row's entry of a field that repeats per row (parallel lists), or empty when it was not sent. */
    public static String entryAt(List<String> entries, int row) {
        return entries == null || row >= entries.size() || entries.get(row) == null ? "" : entries.get(row);
    }

    /** The trimmed text, or null when blank. */
    public static String text(String raw) {
        return isBlank(raw) ? null : raw.strip();
    }

    /**
     * A whole number between min and max, or null when blank.
     * @param notANumber shown for "abc" or "1.5"
     * @param outOfRange shown for a number outside min..max
     */
    public static Integer integer(String raw, String field, int min, int max, FormErrors errors, String notANumber,
            String outOfRange) {
        if (isBlank(raw)) {
            return null;
        }
        String typed = raw.strip().replace(" ", "");
        if (!WHOLE_NUMBER.matcher(typed).matches()) {
            errors.add(field, notANumber);
            return null;
        }
        try {
            int value = Integer.parseInt(typed);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException tooLong) {
            // falls through: a number, but far out of range
        }
        errors.add(field, outOfRange);
        return null;
    }

    /**
     * A number with at most one decimal ("49.5" or "49,5") between min and max, or null when blank.
     * @param notANumber shown for "abc", "1e3" or "49.55"
     * @param outOfRange shown for a number outside min..max
     */
    public static BigDecimal oneDecimal(String raw, String field, BigDecimal min, BigDecimal max, FormErrors errors,
            String notANumber, String outOfRange) {
        if (isBlank(raw)) {
            return null;
        }
        String typed = raw.strip().replace(" ", "");
        if (!ONE_DECIMAL.matcher(typed).matches()) {
            errors.add(field, notANumber);
            return null;
        }
        BigDecimal value = new BigDecimal(typed.replace(',', '.')).setScale(1);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.add(field, outOfRange);
            return null;
        }
        return value;
    }

    /**
     * The years a typed date may have. Outside them a date parses ("+999999999-12-31") but has no
     * next day and no database timestamp, so it is refused like a malformed one.
     */
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2999;

    /** A date typed as yyyy-mm-dd (what {@code <input type="date">} sends), or null when blank. */
    public static LocalDate date(String raw, String field, FormErrors errors, String invalid) {
        if (isBlank(raw)) {
            return null;
        }
        LocalDate date = parseDate(raw);
        if (date == null) {
            errors.add(field, invalid);
        }
        return date;
    }

    /** A yyyy-mm-dd date within the years a person may mean, or null. */
    public static LocalDate parseDate(String raw) {
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            return date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date and time typed as yyyy-mm-ddThh:mm (what {@code <input type="datetime-local">} sends), or null when blank. */
    public static LocalDateTime dateTime(String raw, String field, FormErrors errors, String invalid) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, invalid);
            return null;
        }
    }

    /**
     * A moment as links and hidden fields carry it ({@code Instant.toString()}, e.g. a free slot's start),
     * or null when blank, longer than any such moment or unreadable.
     */
    public static Instant instant(String raw) {
        if (isBlank(raw) || raw.length() > 40) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole-number id from a select, or null when blank or not a number (the caller reports it). */
    public static Long id(String raw) {
        if (isBlank(raw) || !WHOLE_NUMBER.matcher(raw.strip()).matches()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
