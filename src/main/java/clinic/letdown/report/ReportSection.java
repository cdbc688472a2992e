package clinic.letdown.report;

import java.util.List;
import java.util.Optional;

/**
 * The report pages, each one URL with the same filter: activity and caseload at
 * {@code /admin/reports}, then {@code /admin/reports/outcomes} and {@code /admin/reports/strategies}.
 */
public enum ReportSection {
    ACTIVITY("", List.of("activity", "consultations-by-kind", "consultations-by-month", "caseload")),
    OUTCOMES("outcomes", List.of("intake", "outcomes", "goals", "plans")),
    STRATEGIES("strategies", List.of("strategies", "strategy-letdown")),
    APPOINTMENTS("appointments", List.of("appointments-by-status", "appointment-rates"));

    /** The path under /admin/reports, empty for the first page. */
    public final String path;
    public final List<String> tables;

    ReportSection(String path, List<String> tables) {
        this.path = path;
        this.tables = tables;
    }

    /** Every page, for the tabs. */
    public List<ReportSection> all() {
        return List.of(values());
    }

    public String url() {
        return path.isEmpty() ? "/admin/reports" : "/admin/reports/" + path;
    }

    public static Optional<ReportSection> byPath(String path) {
        for (ReportSection section : values()) {
            if (section.path.equals(path)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The page that shows a table. */
    public static ReportSection of(String table) {
        for (ReportSection section : values()) {
            if (section.tables.contains(table)) {
                return section;
            }
        }
        throw new IllegalArgumentException(table);
    }
}
