package clinic.letdown.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Choice;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/**
 * The report's filter as typed in the URL ({@code ?from=&to=&consultant=}), kept for the form.
 * Missing or blank dates default to the last 90 days ending today (or ending on the given end).
 */
@TemplateData
public record ReportFilter(String from, String to, String consultant) {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_YEARS = 10;
    /** Longer than any real id; longer input is an error, not a parse attempt. */
    private static final int MAX_ID_LENGTH = 18;

    /** A staff member who can be chosen: id, name as shown. */
    public record Consultant(long id, String name) {
    }

    public static ReportFilter of(String from, String to, String consultant, LocalDate today) {
        String last = orDefault(to, today.toString());
        LocalDate typedEnd = FormFields.parseDate(last);
        LocalDate end = typedEnd == null ? today : typedEnd; // scope() reports a wrong date
        return new ReportFilter(orDefault(from, end.minusDays(DEFAULT_DAYS - 1).toString()), last,
                FormFields.trimmedOrEmpty(consultant));
    }

    /** The scope to report on, or empty with a message at each wrong field. */
    public Optional<ReportScope> scope(List<Consultant> consultants, ZoneId zone, FormErrors errors,
            ReportMessages msg) {
        LocalDate first = date(from, "from", errors, msg);
        LocalDate last = date(to, "to", errors, msg);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add("to", msg.toBeforeFrom());
            } else if (last.isAfter(first.plusYears(MAX_YEARS))) {
                errors.add("to", msg.rangeTooLong(MAX_YEARS));
            }
        }
        Consultant chosen = null;
        if (!consultant.isEmpty()) {
            chosen = consultants.stream().filter(c -> String.valueOf(c.id()).equals(consultant)).findFirst()
                    .orElse(null);
            if (chosen == null || consultant.length() > MAX_ID_LENGTH) {
                errors.add("consultant", msg.unknownConsultant());
            }
        }
        if (errors.any()) {
            return Optional.empty();
        }
        return Optional.of(new ReportScope(first, last, chosen == null ? null : chosen.id(),
                chosen == null ? null : chosen.name(), zone));
    }

    public static List<Choice> choices(List<Consultant> consultants) {
        return consultants.stream().map(c -> new Choice(String.valueOf(c.id()), c.name())).toList();
    }

    private static LocalDate date(String raw, String field, FormErrors errors, ReportMessages msg) {
        if (FormFields.isBlank(raw)) {
            errors.add(field, msg.badDate());
            return null;
        }
        return FormFields.date(raw, field, errors, msg.badDate());
    }

    private static String orDefault(String raw, String fallback) {
        return raw == null || raw.isBlank() ? fallback : raw.trim();
    }
}
