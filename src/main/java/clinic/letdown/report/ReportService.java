package clinic.letdown.report;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Computes the report's tables, those of one page or one for a CSV download. */
@ApplicationScoped
public class ReportService {

    /** The names of the tables in URLs, {@code /admin/reports/<name>.csv}. */
    public static final List<String> TABLES = List.of(ReportSection.values()).stream()
            .flatMap(section -> section.tables.stream()).toList();

    @Inject
    ReportSql sql;

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

    /** One transaction: the statements share a connection and its settings. */
    @Transactional
    public Report report(ReportSection section, ReportScope scope) {
        sql.tuneForReports();
        List<ReportTable> tables = switch (section) {
            case ACTIVITY -> {
                List<ReportTable> consultations = activity.consultations(scope);
                yield List.of(activity.summary(scope), consultations.get(0), consultations.get(1),
                        caseload.caseload(scope));
            }
            case OUTCOMES -> List.of(difficulties.intake(scope, newClients(scope)), difficulties.outcomes(scope),
                    plans.goals(scope), plans.plans(scope));
            case STRATEGIES -> List.of(strategies.mostAssigned(scope), strategies.letdown(scope));
        };
        return new Report(scope, section, tables);
    }

    /** The named table, or empty for a name that is not one of {@link #TABLES}. */
    @Transactional
    public Optional<ReportTable> table(String name, ReportScope scope) {
        if (!TABLES.contains(name)) {
            return Optional.empty();
        }
        sql.tuneForReports();
        return Optional.of(switch (name) {
            case "activity" -> activity.summary(scope);
            case "consultations-by-kind" -> activity.consultations(scope).get(0);
            case "consultations-by-month" -> activity.consultations(scope).get(1);
            case "caseload" -> caseload.caseload(scope);
            case "intake" -> difficulties.intake(scope, newClients(scope));
            case "outcomes" -> difficulties.outcomes(scope);
            case "goals" -> plans.goals(scope);
            case "plans" -> plans.plans(scope);
            case "strategies" -> strategies.mostAssigned(scope);
            default -> strategies.letdown(scope);
        });
    }

    /** The first row of the activity table is the number of new clients. */
    private long newClients(ReportScope scope) {
        return Long.parseLong(activity.summary(scope).rows().get(0).get(1).csv());
    }
}
