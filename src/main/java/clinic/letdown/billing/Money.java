package clinic.letdown.billing;

import java.math.BigDecimal;

import io.quarkus.qute.TemplateExtension;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;

/** Amounts in US dollars, stored as whole cents: typed as "45", "45.5" or "1,045.00", shown as "$1,045.00". */
@TemplateExtension
public final class Money {

    /** The largest amount a field takes: $99,999.99. */
    static final int MAX_CENTS = 9_999_999;

    private Money() {
    }

    /** {@code {cents.money}}: "$1,045.00". */
    public static String money(Integer cents) {
        return cents == null ? "" : money(cents.longValue());
    }

    /** {@code {cents.money}} for sums. */
    public static String money(Long cents) {
        if (cents == null) {
            return "";
        }
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + "$" + Formats.grouped(abs / 100) + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    /** {@code {instant.serviceDate}}: the day (in the clinic's time zone) a visit took place, as dates are shown. */
    public static String serviceDate(java.time.Instant instant) {
        return instant == null ? "" : Formats.shown(instant.atZone(Formats.ZONE).toLocalDate());
    }

    /** The plain amount of an input or a CSV cell ("1045.00"). */
    public static String inputValue(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** The cents of a typed amount, or null with the message at the field (blank is an error too). */
    static Integer cents(String raw, String field, FormErrors errors, String invalid) {
        if (FormFields.isBlank(raw)) {
            errors.add(field, invalid);
            return null;
        }
        String text = raw.strip().replace("$", "").replace(",", "").strip();
        if (!text.matches("[0-9]{1,5}(\\.[0-9]{1,2})?")) {
            errors.add(field, invalid);
            return null;
        }
        int cents = new BigDecimal(text).movePointRight(2).intValueExact();
        if (cents > MAX_CENTS) {
            errors.add(field, invalid);
            return null;
        }
        return cents;
    }
}
