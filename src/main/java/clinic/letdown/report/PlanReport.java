package clinic.letdown.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.careplan.CarePlanLabels;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.GoalStatus;
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

    /** Goals due in the period by outcome; cancelled ones are counted apart, they are no longer due. */
    public ReportTable goals(ReportScope scope) {
        Map<GoalStatus, Long> counts = counts(GoalStatus.class, GOALS, scope);
        List<GoalStatus> due = List.of(GoalStatus.ACHIEVED, GoalStatus.NOT_ACHIEVED, GoalStatus.IN_PROGRESS);
        ShareTable table = new ShareTable(due.stream().mapToLong(status -> counts.getOrDefault(status, 0L)).sum());
        due.forEach(status -> table.part(labels.outcome(status), counts.getOrDefault(status, 0L)));
        return table.whole(msg.goalsDue())
                .outside(labels.outcome(GoalStatus.CANCELLED), counts.getOrDefault(GoalStatus.CANCELLED, 0L))
                .build("goals", msg.goalsTitle(), new ShareTable.Headings(msg.status(), msg.goals(),
                        msg.shareOfGoalsDue()), msg.goalsChart());
    }

    public ReportTable plans(ReportScope scope) {
        return ShareTable.eachOf(CarePlanStatus.values(), counts(CarePlanStatus.class, PLANS, scope),
                CarePlanLabels::label).build("plans", msg.plansTitle(),
                        new ShareTable.Headings(msg.status(), msg.plans(), msg.share()), msg.plansChart());
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
