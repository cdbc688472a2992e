package clinic.letdown.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.chart.LineChart;

/**
 * The clinic's activity in a period: new, active and followed-up clients, and consultations by
 * kind and by month.
 */
@ApplicationScoped
public class ActivityReport {

    /**
     * Per client seen in the period: how many consultations, and whether any came before the
     * period (if not, the client is new: her first consultation is in the period).
     */
    static final String CLIENTS = """
            SELECT COUNT(*),
                   SUM(CASE WHEN seen.visits >= 2 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM consultation earlier
                                             WHERE earlier.client_id = seen.client_id
                                               AND earlier.started_at < :rangeStart) THEN 1 ELSE 0 END),
                   SUM(seen.visits)
            FROM (SELECT c.client_id, COUNT(*) AS visits
                  FROM consultation c %s
                  WHERE c.started_at >= :rangeStart AND c.started_at < :rangeEnd
                  GROUP BY c.client_id) seen
            """;

    /** Consultations per month bucket (a CASE over the month boundaries) and kind. */
    static final String BY_MONTH_AND_KIND = """
            SELECT bucketed.month_index, bucketed.kind, COUNT(*)
            FROM (SELECT %s AS month_index, c.kind
                  FROM consultation c %s
                  WHERE c.started_at >= :rangeStart AND c.started_at < :rangeEnd) bucketed
            GROUP BY bucketed.month_index, bucketed.kind
            """;

    @Inject
    ReportSql sql;

    @Inject
    @InRequestLanguage
    ReportMessages msg;

    @Inject
    ReportLabels labels;

    public ReportTable summary(ReportScope scope) {
        Object[] row = sql.rows(CLIENTS.formatted(scope.clientFilter("c.client_id")), scope).get(0);
        List<List<Cell>> rows = List.of(
                List.of(Cell.text(msg.newClients()), Cell.count(ReportSql.count(row[2]))),
                List.of(Cell.text(msg.activeClients()), Cell.count(ReportSql.count(row[0]))),
                List.of(Cell.text(msg.followedUpClients()), Cell.count(ReportSql.count(row[1]))),
                List.of(Cell.text(msg.consultations()), Cell.count(ReportSql.count(row[3]))));
        return ReportTable.withBars("activity", msg.activityTitle(),
                List.of(ReportTable.label(msg.figure()), ReportTable.number(msg.number())), rows,
                Charts.bars(msg.activityTitle(), msg.activityChart(), rows, 1, rows.size()));
    }

    /** Consultations by kind and by month come from one pass over the period's consultations. */
    public List<ReportTable> consultations(ReportScope scope) {
        List<ReportScope.Month> months = scope.months();
        Map<String, Object> boundaries = new HashMap<>();
        StringBuilder bucket = new StringBuilder(months.size() == 1 ? "0" : "CASE");
        for (int i = 1; i < months.size(); i++) {
            bucket.append(" WHEN c.started_at < :month").append(i).append(" THEN ").append(i - 1);
            boundaries.put("month" + i, months.get(i).start());
        }
        if (months.size() > 1) {
            bucket.append(" ELSE ").append(months.size() - 1).append(" END");
        }
        List<EnumMap<ConsultationKind, Long>> counts = new ArrayList<>();
        months.forEach(m -> counts.add(new EnumMap<>(ConsultationKind.class)));
        for (Object[] row : sql.rows(BY_MONTH_AND_KIND.formatted(bucket, scope.clientFilter("c.client_id")), scope,
                boundaries)) {
            ConsultationKind kind = ReportLabels.parse(ConsultationKind.class, row[1]);
            if (kind != null) {
                counts.get(((Number) row[0]).intValue()).merge(kind, ReportSql.count(row[2]), Long::sum);
            }
        }
        return List.of(byKind(counts), byMonth(months, counts));
    }

    private ReportTable byKind(List<EnumMap<ConsultationKind, Long>> counts) {
        EnumMap<ConsultationKind, Long> totals = new EnumMap<>(ConsultationKind.class);
        counts.forEach(month -> month.forEach((kind, n) -> totals.merge(kind, n, Long::sum)));
        return ShareTable.eachOf(ConsultationKind.values(), totals, labels::shortName).build("consultations-by-kind",
                msg.kindsTitle(), new ShareTable.Headings(msg.kind(), msg.consultations(), msg.share()),
                msg.kindsChart());
    }

    private ReportTable byMonth(List<ReportScope.Month> months, List<EnumMap<ConsultationKind, Long>> counts) {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(ReportTable.label(msg.month()));
        for (ConsultationKind kind : ConsultationKind.values()) {
            columns.add(ReportTable.number(labels.shortName(kind)));
        }
        columns.add(ReportTable.number(msg.total()));
        List<List<Cell>> rows = new ArrayList<>();
        Map<ConsultationKind, List<LineChart.Point>> points = new EnumMap<>(ConsultationKind.class);
        List<LineChart.Point> totals = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            ReportScope.Month month = months.get(i);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(month.label()));
            long total = 0;
            for (ConsultationKind kind : ConsultationKind.values()) {
                long n = counts.get(i).getOrDefault(kind, 0L);
                total += n;
                row.add(Cell.count(n));
                points.computeIfAbsent(kind, k -> new ArrayList<>()).add(point(month.first(), month.label(), n));
            }
            row.add(Cell.count(total));
            totals.add(point(month.first(), month.label(), total));
            rows.add(row);
        }
        LineChart.Builder chart = LineChart.builder(msg.monthsTitle(), msg.monthsChart()).yLabel(msg.consultations());
        chart.line(msg.total(), totals);
        points.forEach((kind, series) -> chart.line(labels.shortName(kind), series));
        return ReportTable.withLines("consultations-by-month", msg.monthsTitle(), columns, rows, chart.build());
    }

    private static LineChart.Point point(LocalDate month, String label, long consultations) {
        return new LineChart.Point(month.toEpochDay(), label, consultations, label + ": " + consultations);
    }
}
