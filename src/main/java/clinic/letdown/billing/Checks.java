package clinic.letdown.billing;

import java.util.Locale;

import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** The checks billing forms share: required text, NPI, tax ID, codes. */
final class Checks {

    private Checks() {
    }

    /** Trimmed text of at most {@code max} characters, or null with the message. */
    static String text(String raw, int max, String field, FormErrors errors, String message) {
        String text = FormFields.text(raw);
        if (text == null || text.length() > max) {
            errors.add(field, message);
            return null;
        }
        return text;
    }

    static String npi(String raw, String field, FormErrors errors, BillingMessages m) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        if (!Npi.isValid(digits)) {
            errors.add(field, m.npiInvalid());
            return null;
        }
        return digits;
    }

    /** An EIN: 9 digits, kept as NN-NNNNNNN. */
    static String taxId(String raw, String field, FormErrors errors, BillingMessages m) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{9}")) {
            errors.add(field, m.taxIdInvalid());
            return null;
        }
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }

    static String upper(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }
}
