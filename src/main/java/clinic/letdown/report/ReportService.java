package clinic.letdown.report;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Computes the report's tables, all of them for the page or one for a CSV download. */
@ApplicationScoped
public class ReportService {

    /** The names of the tables in URLs, {@code /admin/reports/<name>.csv}. */
    public static final List<String> TABLES = List.of("activity", "consultations-by-kind", "consultations-by-month",
            "caseload", "intake", "outcomes", "goals", "plans", "strategies", "strategy-letdown");

    @Inject
    ActivityReport activity;

    @Inject
    CaseloadReport caseload;

    @Inject
    DifficultyReport difficulties;

    @Inject
    PlanReport plans;

    @Inject
    StrategyReport strategies;

    /** One transaction: the statements share a connection. */
    @Transactional
    public Report report(ReportScope scope) {
        ReportTable summary = activity.summary(scope);
        List<ReportTable> consultations = activity.consultations(scope);
        return new Report(scope, summary, consultations.get(0), consultations.get(1), caseload.caseload(scope),
                difficulties.intake(scope, newClients(summary)), difficulties.outcomes(scope), plans.goals(scope),
                plans.plans(scope), strategies.mostAssigned(scope), strategies.letdown(scope));
    }

    /** The named table, or empty for a name that is not one of {@link #TABLES}. */
    @Transactional
    public Optional<ReportTable> table(String name, ReportScope scope) {
        return Optional.ofNullable(switch (name) {
            case "activity" -> activity.summary(scope);
            case "consultations-by-kind" -> activity.consultations(scope).get(0);
            case "consultations-by-month" -> activity.consultations(scope).get(1);
            case "caseload" -> caseload.caseload(scope);
            case "intake" -> difficulties.intake(scope, newClients(activity.summary(scope)));
            case "outcomes" -> difficulties.outcomes(scope);
            case "goals" -> plans.goals(scope);
            case "plans" -> plans.plans(scope);
            case "strategies" -> strategies.mostAssigned(scope);
            case "strategy-letdown" -> strategies.letdown(scope);
            default -> null;
        });
    }

    /** The first row of the activity table is the number of new clients. */
    private static long newClients(ReportTable summary) {
        return Long.parseLong(summary.rows().get(0).get(1).csv());
    }
}
