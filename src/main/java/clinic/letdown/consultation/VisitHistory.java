package clinic.letdown.consultation;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Client;
import clinic.letdown.web.chart.LineChart;

/**
 * What the client's page shows: her record, the timeline of visits (newest first), the latest
 * difficulties with their change since the visit before, the charts with their tables, and the
 * next follow-up.
 */
@TemplateData
public record VisitHistory(Client client, List<Consultation> consultations, List<LatestDifficulty> latestDifficulties,
        LineChart severityChart, List<String> severityDates, List<SeverityRow> severityRows,
        LocalDate nextFollowUp, boolean followUpOverdue) {

    /** A difficulty of the latest visit; previous is its severity at the visit before, if recorded then. */
    @TemplateData
    public record LatestDifficulty(LetdownDifficulty difficulty, Integer previous) {
        public Integer change() {
            return previous == null ? null : difficulty.severity - previous;
        }

        public boolean better() {
            return change() != null && change() < 0;
        }

        public boolean worse() {
            return change() != null && change() > 0;
        }
    }

    /** One factor's severities, one value per visit of {@link #severityDates} ("" when not recorded). */
    @TemplateData
    public record SeverityRow(String factor, List<String> values) {
    }

    public Consultation latest() {
        return consultations.isEmpty() ? null : consultations.get(0);
    }

    public boolean hasSeverities() {
        return !severityRows.isEmpty();
    }
}
