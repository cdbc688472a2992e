package clinic.letdown.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.InRequestLanguage;

/** Care plans and their goals: goals due in the period by outcome, plans started in it by status. */
@ApplicationScoped
public class PlanReport {

    static final String GOALS = """
            SELECT g.status, COUNT(*)
            FROM goal g
            JOIN care_plan cp ON cp.id = g.care_plan_id %s
            WHERE g.due_on >= :firstDay AND g.due_on <= :lastDay
            GROUP BY g.status
            """;

    static final String PLANS = """
            SELECT cp.status, COUNT(*)
            FROM care_plan cp %s
            WHERE cp.created_at >= :rangeStart AND cp.created_at < :rangeEnd
            GROUP BY cp.status
            """;

    @Inject
    ReportSql sql;

    @Inject
    @InRequestLanguage
    ReportMessages msg;

    @Inject
    ReportLabels labels;

    public ReportTable goals(ReportScope scope) {
        Map<GoalStatus, Long> counts = counts(GoalStatus.class, GOALS, scope);
        long achieved = counts.getOrDefault(GoalStatus.ACHIEVED, 0L);
        long notAchieved = counts.getOrDefault(GoalStatus.NOT_ACHIEVED, 0L);
        long inProgress = counts.getOrDefault(GoalStatus.IN_PROGRESS, 0L);
        long due = achieved + notAchieved + inProgress;
        List<List<Cell>> rows = List.of(
                List.of(Cell.text(labels.of(GoalStatus.ACHIEVED)), Cell.count(achieved), Cell.percent(achieved, due)),
                List.of(Cell.text(labels.of(GoalStatus.NOT_ACHIEVED)), Cell.count(notAchieved),
                        Cell.percent(notAchieved, due)),
                List.of(Cell.text(labels.of(GoalStatus.IN_PROGRESS)), Cell.count(inProgress),
                        Cell.percent(inProgress, due)),
                List.of(Cell.text(msg.goalsDue()), Cell.count(due), Cell.percent(due, due)),
                List.of(Cell.text(labels.of(GoalStatus.CANCELLED)),
                        Cell.count(counts.getOrDefault(GoalStatus.CANCELLED, 0L)), Cell.decimal(null)));
        return new ReportTable("goals", msg.goalsTitle(),
                List.of(ReportTable.label(msg.status()), ReportTable.number(msg.goals()),
                        ReportTable.number(msg.shareOfGoalsDue())),
                rows, Charts.bars(msg.goalsTitle(), msg.goalsChart(), rows, 1, 3), null);
    }

    public ReportTable plans(ReportScope scope) {
        Map<CarePlanStatus, Long> counts = counts(CarePlanStatus.class, PLANS, scope);
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        List<List<Cell>> rows = new ArrayList<>();
        for (CarePlanStatus status : CarePlanStatus.values()) {
            long n = counts.getOrDefault(status, 0L);
            rows.add(List.of(Cell.text(labels.of(status)), Cell.count(n), Cell.percent(n, all)));
        }
        return new ReportTable("plans", msg.plansTitle(),
                List.of(ReportTable.label(msg.status()), ReportTable.number(msg.plans()),
                        ReportTable.number(msg.share())),
                rows, Charts.bars(msg.plansTitle(), msg.plansChart(), rows, 1, rows.size()), null);
    }

    private <E extends Enum<E>> Map<E, Long> counts(Class<E> type, String statement, ReportScope scope) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (Object[] row : sql.rows(statement.formatted(scope.clientFilter("cp.client_id")), scope)) {
            E status = ReportLabels.parse(type, row[0]);
            if (status != null) {
                counts.merge(status, ReportSql.count(row[1]), Long::sum);
            }
        }
        return counts;
    }
}
