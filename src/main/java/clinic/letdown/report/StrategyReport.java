package clinic.letdown.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.chart.BarChart;

/**
 * The strategy library at work: which strategies plans include most, and how fast letdown comes
 * on log entries where a strategy was tried against entries of the same clients where it was not.
 * Draft plans do not count: nothing in them has been assigned yet.
 */
@ApplicationScoped
public class StrategyReport {

    static final String PLANS_STARTED = """
            SELECT COUNT(*)
            FROM care_plan cp %s
            WHERE cp.created_at >= :rangeStart AND cp.created_at < :rangeEnd AND cp.status <> 'DRAFT'
            """;

    static final String MOST_ASSIGNED = """
            SELECT s.name, s.retired, assigned.plans, assigned.clients
            FROM (SELECT a.strategy_id, COUNT(DISTINCT a.care_plan_id) AS plans, COUNT(DISTINCT cp.client_id) AS clients
                  FROM care_plan cp %s
                  JOIN activity a ON a.care_plan_id = cp.id
                  WHERE cp.created_at >= :rangeStart AND cp.created_at < :rangeEnd AND cp.status <> 'DRAFT'
                  GROUP BY a.strategy_id) assigned
            JOIN strategy s ON s.id = assigned.strategy_id
            ORDER BY assigned.plans DESC, s.name
            """;

    /**
     * For each strategy in a (non-draft) plan of a client who logged in the period: her entries of
     * the period split by whether an activity of that strategy was tried before it. The medians
     * leave out entries where letdown did not come (PERCENTILE_CONT ignores NULLs).
     */
    static final String LETDOWN = """
            WITH range_entry AS (
                SELECT e.id, e.client_id, e.minutes_to_letdown
                FROM letdown_log_entry e %s
                WHERE e.occurred_at >= :rangeStart AND e.occurred_at < :rangeEnd
            ), planned AS (
                SELECT DISTINCT cp.client_id, a.strategy_id
                FROM care_plan cp
                JOIN activity a ON a.care_plan_id = cp.id
                WHERE cp.status <> 'DRAFT' AND cp.client_id IN (SELECT re.client_id FROM range_entry re)
            ), tried AS (
                SELECT DISTINCT lea.entry_id, ta.strategy_id
                FROM range_entry re
                JOIN log_entry_activity lea ON lea.entry_id = re.id
                JOIN activity ta ON ta.id = lea.activity_id
            )
            SELECT s.name, s.retired, stats.clients,
                   stats.tried_entries, stats.tried_median, stats.tried_missed,
                   stats.other_entries, stats.other_median, stats.other_missed
            FROM (SELECT p.strategy_id,
                         COUNT(DISTINCT p.client_id) AS clients,
                         COUNT(t.entry_id) AS tried_entries,
                         PERCENTILE_CONT(0.5) WITHIN GROUP (
                             ORDER BY CASE WHEN t.entry_id IS NOT NULL THEN e.minutes_to_letdown END) AS tried_median,
                         SUM(CASE WHEN t.entry_id IS NOT NULL AND e.minutes_to_letdown IS NULL THEN 1 ELSE 0 END)
                             AS tried_missed,
                         SUM(CASE WHEN t.entry_id IS NULL THEN 1 ELSE 0 END) AS other_entries,
                         PERCENTILE_CONT(0.5) WITHIN GROUP (
                             ORDER BY CASE WHEN t.entry_id IS NULL THEN e.minutes_to_letdown END) AS other_median,
                         SUM(CASE WHEN t.entry_id IS NULL AND e.minutes_to_letdown IS NULL THEN 1 ELSE 0 END)
                             AS other_missed
                  FROM planned p
                  JOIN range_entry e ON e.client_id = p.client_id
                  LEFT JOIN tried t ON t.entry_id = e.id AND t.strategy_id = p.strategy_id
                  GROUP BY p.strategy_id) stats
            JOIN strategy s ON s.id = stats.strategy_id
            ORDER BY stats.clients DESC, s.name
            """;

    @Inject
    ReportSql sql;

    @Inject
    ReportMessages msg;

    public ReportTable mostAssigned(ReportScope scope) {
        long plans = ReportSql.count(sql.rows(PLANS_STARTED.formatted(scope.clientFilter("cp.client_id")), scope)
                .get(0)[0]);
        List<List<Cell>> rows = new ArrayList<>();
        for (Object[] row : sql.rows(MOST_ASSIGNED.formatted(scope.clientFilter("cp.client_id")), scope)) {
            long withIt = ReportSql.count(row[2]);
            rows.add(List.of(Cell.text(name(row)), Cell.count(withIt), Cell.percent(withIt, plans),
                    Cell.count(ReportSql.count(row[3]))));
        }
        return new ReportTable("strategies", msg.strategiesTitle(),
                List.of(ReportTable.label(msg.strategy()), ReportTable.number(msg.plans()),
                        ReportTable.number(msg.shareOfPlans()), ReportTable.number(msg.clients())),
                rows, Charts.bars(msg.strategiesTitle(), msg.strategiesChart(), rows, 1, 20), null);
    }

    public ReportTable letdown(ReportScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        List<BarChart.Row> bars = new ArrayList<>();
        for (Object[] row : sql.rows(LETDOWN.formatted(scope.clientFilter("e.client_id")), scope)) {
            String name = name(row);
            Cell triedMedian = Cell.decimal(ReportSql.decimal(row[4]));
            Cell otherMedian = Cell.decimal(ReportSql.decimal(row[7]));
            rows.add(List.of(Cell.text(name), Cell.count(ReportSql.count(row[2])),
                    Cell.count(ReportSql.count(row[3])), triedMedian, Cell.count(ReportSql.count(row[5])),
                    Cell.count(ReportSql.count(row[6])), otherMedian, Cell.count(ReportSql.count(row[8]))));
            if (rows.size() <= 10) {
                bars.add(minutesBar(msg.triedBar(name), triedMedian));
                bars.add(minutesBar(msg.notTriedBar(name), otherMedian));
            }
        }
        return new ReportTable("strategy-letdown", msg.strategyLetdownTitle(),
                List.of(ReportTable.label(msg.strategy()), ReportTable.number(msg.clients()),
                        ReportTable.number(msg.entriesTried()), ReportTable.number(msg.medianTried()),
                        ReportTable.number(msg.didNotComeTried()), ReportTable.number(msg.entriesNotTried()),
                        ReportTable.number(msg.medianNotTried()), ReportTable.number(msg.didNotComeNotTried())),
                rows, BarChart.of(msg.strategyLetdownTitle(), msg.strategyLetdownChart(),
                        bars.stream().filter(bar -> bar != null).toList()),
                null);
    }

    private BarChart.Row minutesBar(String label, Cell median) {
        return median.isBlank() ? null
                : new BarChart.Row(label, Charts.value(median), msg.minutes(median.shown()));
    }

    private String name(Object[] row) {
        String name = (String) row[0];
        return Boolean.TRUE.equals(row[1]) ? msg.retiredStrategy(name) : name;
    }
}
