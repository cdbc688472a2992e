package clinic.letdown.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.careplan.StrategyTally;
import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.InRequestLanguage;
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

    /**
     * The strategy's name and retired flag by subqueries, not a join: H2 would drive the statement
     * from the strategy table and read every activity of each strategy, not only the period's plans'.
     */
    static final String MOST_ASSIGNED = """
            SELECT (SELECT s.name FROM strategy s WHERE s.id = a.strategy_id) AS name,
                   (SELECT s.retired FROM strategy s WHERE s.id = a.strategy_id),
                   COUNT(DISTINCT a.care_plan_id) AS plans, COUNT(DISTINCT cp.client_id)
            FROM care_plan cp %s
            JOIN activity a ON a.care_plan_id = cp.id
            WHERE cp.created_at >= :rangeStart AND cp.created_at < :rangeEnd AND cp.status <> 'DRAFT'
            GROUP BY a.strategy_id
            ORDER BY plans DESC, name
            """;

    /**
     * For each strategy, the period's entries of the clients with that strategy in a (non-draft)
     * plan, split by whether an activity of that strategy was tried before the entry: the period's
     * rows of {@code log_entry_strategy} ({@link StrategyTally}), one per entry and strategy of the
     * client's plans, counted per strategy and minutes until letdown (a few hundred buckets), and
     * the clients among them (in the bucket without minutes, where they add nothing to the
     * entries). The medians come from running sums over the buckets: the mean of the values at
     * positions floor((n+1)/2) and floor(n/2)+1 of the n entries where letdown came, as
     * PERCENTILE_CONT(0.5) would give. The strategy's name by subqueries: H2 runs a derived table
     * or common table expression again for each row of whatever it is joined to. Each %1$s is the
     * consultant filter on l.
     */
    static final String LETDOWN = """
            WITH bucket AS (
                SELECT u.strategy_id, u.minutes, SUM(u.tried_n) AS tried_n, SUM(u.other_n) AS other_n,
                       SUM(u.clients_n) AS clients_n
                FROM (SELECT l.strategy_id, l.minutes_to_letdown AS minutes,
                             SUM(CASE WHEN l.tried THEN 1 ELSE 0 END) AS tried_n,
                             SUM(CASE WHEN l.tried THEN 0 ELSE 1 END) AS other_n, 0 AS clients_n
                      FROM log_entry_strategy l %1$s
                      WHERE l.occurred_at >= :rangeStart AND l.occurred_at < :rangeEnd
                      GROUP BY l.strategy_id, l.minutes_to_letdown
                      UNION ALL
                      SELECT l.strategy_id, NULL, 0, 0, COUNT(DISTINCT l.client_id)
                      FROM log_entry_strategy l %1$s
                      WHERE l.occurred_at >= :rangeStart AND l.occurred_at < :rangeEnd
                      GROUP BY l.strategy_id) u
                GROUP BY u.strategy_id, u.minutes
            ), running AS (
                SELECT b.strategy_id, b.minutes, b.tried_n, b.other_n, b.clients_n,
                       SUM(b.tried_n) OVER (PARTITION BY b.strategy_id ORDER BY b.minutes
                                            ROWS UNBOUNDED PRECEDING) AS tried_upto,
                       SUM(b.other_n) OVER (PARTITION BY b.strategy_id ORDER BY b.minutes
                                            ROWS UNBOUNDED PRECEDING) AS other_upto,
                       SUM(CASE WHEN b.minutes IS NULL THEN 0 ELSE b.tried_n END)
                           OVER (PARTITION BY b.strategy_id) AS tried_timed,
                       SUM(CASE WHEN b.minutes IS NULL THEN 0 ELSE b.other_n END)
                           OVER (PARTITION BY b.strategy_id) AS other_timed
                FROM bucket b
            ), stats AS (
                SELECT r.strategy_id,
                   MAX(r.clients_n) AS clients,
                   SUM(r.tried_n) AS tried_entries,
                   (MIN(CASE WHEN r.minutes IS NOT NULL AND r.tried_timed > 0
                             AND r.tried_upto >= FLOOR((r.tried_timed + 1) / 2.0) THEN r.minutes END)
                    + MIN(CASE WHEN r.minutes IS NOT NULL AND r.tried_timed > 0
                               AND r.tried_upto >= FLOOR(r.tried_timed / 2.0) + 1 THEN r.minutes END)) / 2
                       AS tried_median,
                   SUM(CASE WHEN r.minutes IS NULL THEN r.tried_n ELSE 0 END) AS tried_missed,
                   SUM(r.other_n) AS other_entries,
                   (MIN(CASE WHEN r.minutes IS NOT NULL AND r.other_timed > 0
                             AND r.other_upto >= FLOOR((r.other_timed + 1) / 2.0) THEN r.minutes END)
                    + MIN(CASE WHEN r.minutes IS NOT NULL AND r.other_timed > 0
                               AND r.other_upto >= FLOOR(r.other_timed / 2.0) + 1 THEN r.minutes END)) / 2
                       AS other_median,
                   SUM(CASE WHEN r.minutes IS NULL THEN r.other_n ELSE 0 END) AS other_missed
                FROM running r
                GROUP BY r.strategy_id
            )
            SELECT (SELECT s.name FROM strategy s WHERE s.id = st.strategy_id) AS name,
                   (SELECT s.retired FROM strategy s WHERE s.id = st.strategy_id),
                   st.clients, st.tried_entries, st.tried_median, st.tried_missed,
                   st.other_entries, st.other_median, st.other_missed
            FROM stats st
            ORDER BY st.clients DESC, name
            """;

    @Inject
    ReportSql sql;

    @Inject
    @InRequestLanguage
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
        return ReportTable.withBars("strategies", msg.strategiesTitle(),
                List.of(ReportTable.label(msg.strategy()), ReportTable.number(msg.plans()),
                        ReportTable.number(msg.shareOfPlans()), ReportTable.number(msg.clients())),
                rows, Charts.bars(msg.strategiesTitle(), msg.strategiesChart(), rows, 1, 20));
    }

    public ReportTable letdown(ReportScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        List<BarChart.Row> bars = new ArrayList<>();
        for (Object[] row : sql.rows(LETDOWN.formatted(scope.clientFilter("l.client_id")), scope)) {
            String name = name(row);
            Cell triedMedian = Cell.decimal(ReportSql.decimal(row[4]));
            Cell otherMedian = Cell.decimal(ReportSql.decimal(row[7]));
            rows.add(List.of(Cell.text(name), Cell.count(ReportSql.count(row[2])),
                    Cell.count(ReportSql.count(row[3])), triedMedian, Cell.count(ReportSql.count(row[5])),
                    Cell.count(ReportSql.count(row[6])), otherMedian, Cell.count(ReportSql.count(row[8]))));
            if (rows.size() <= 10) {
                String shortName = Charts.shortLabel(name, Charts.MAX_LABEL - 12);
                bars.add(minutesBar(msg.triedBar(shortName), triedMedian));
                bars.add(minutesBar(msg.notTriedBar(shortName), otherMedian));
            }
        }
        return ReportTable.withBars("strategy-letdown", msg.strategyLetdownTitle(),
                List.of(ReportTable.label(msg.strategy()), ReportTable.number(msg.clients()),
                        ReportTable.number(msg.entriesTried()), ReportTable.number(msg.medianTried()),
                        ReportTable.number(msg.didNotComeTried()), ReportTable.number(msg.entriesNotTried()),
                        ReportTable.number(msg.medianNotTried()), ReportTable.number(msg.didNotComeNotTried())),
                rows, BarChart.of(msg.strategyLetdownTitle(), msg.strategyLetdownChart(),
                        bars.stream().filter(bar -> bar != null).toList()));
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
