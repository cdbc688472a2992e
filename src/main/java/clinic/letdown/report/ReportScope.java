package clinic.letdown.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a report covers: the days {@code from} to {@code to} (both included, in the clinic's time
 * zone) and, optionally, only the clients assigned to one consultant. Knows how to restrict and
 * bind the report's SQL to that scope.
 */
public record ReportScope(LocalDate from, LocalDate to, Long consultantId, String consultantName, ZoneId zone) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** A calendar month of the range (the first and last may be partial) and where it starts. */
    public record Month(LocalDate first, String label, Instant start) {
    }

    /** The first instant of the range. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range (exclusive end). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    public boolean filtered() {
        return consultantId != null;
    }

    /** The months the range touches, oldest first. */
    public List<Month> months() {
        List<Month> months = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.isBefore(from) ? from : month;
            months.add(new Month(month, MONTH.format(month), first.atStartOfDay(zone).toInstant()));
        }
        return months;
    }

    /**
     * SQL that keeps only rows of the chosen consultant's clients, given the column holding the
     * client id; empty when no consultant is chosen.
     */
    String clientFilter(String clientIdColumn) {
        return filtered()
                ? " JOIN client scope_client ON scope_client.id = " + clientIdColumn
                        + " AND scope_client.consultant_id = :consultant"
                : "";
    }

    /** The filter as URL query parameters, for links to the CSV of each table. */
    public String query() {
        String query = "from=" + from + "&to=" + to;
        return consultantId == null ? query
                : query + "&consultant=" + URLEncoder.encode(consultantId.toString(), StandardCharsets.UTF_8);
    }

    /** The filter as the audit trail records it with an export. */
    public String auditDetail() {
        return "from=" + from + " to=" + to + " consultant=" + (consultantId == null ? "all" : consultantId);
    }

    /** Part of a download's file name, e.g. "2026-01-01_2026-03-31" or "2026-01-01_2026-03-31_consultant-12". */
    public String fileNamePart() {
        return from + "_" + to + (consultantId == null ? "" : "_consultant-" + consultantId);
    }
}
