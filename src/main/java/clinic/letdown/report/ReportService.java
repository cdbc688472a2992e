package clinic.letdown.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    @Inject
    AppointmentReport appointments;

    @Inject
    ConcurrentStatements concurrentStatements;

    /**
     * The page's tables, its statements run concurrently ({@link ConcurrentStatements}): each part below is one
     * statement (consultations by kind and by month come from one) or, for goals and plans, two
     * quick ones together.
     */
    public Report report(ReportSection section, ReportScope scope) {
        List<Supplier<List<ReportTable>>> parts = switch (section) {
            case ACTIVITY -> List.of(() -> List.of(activity.summary(scope)), () -> activity.consultations(scope),
                    () -> List.of(caseload.caseload(scope)));
            case OUTCOMES -> List.of(() -> List.of(difficulties.intake(scope)),
                    () -> List.of(difficulties.outcomes(scope)),
                    () -> List.of(plans.goals(scope), plans.plans(scope)));
            case STRATEGIES -> List.of(() -> List.of(strategies.mostAssigned(scope)),
                    () -> List.of(strategies.letdown(scope)));
            case APPOINTMENTS -> List.of(() -> appointments.tables(scope));
        };
        List<ReportTable> tables = concurrentStatements.runEachInItsOwnTransaction(parts).stream().flatMap(List::stream).toList();
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
            case "intake" -> difficulties.intake(scope);
            case "outcomes" -> difficulties.outcomes(scope);
            case "goals" -> plans.goals(scope);
            case "plans" -> plans.plans(scope);
            case "strategies" -> strategies.mostAssigned(scope);
            case "appointments-by-status" -> appointments.tables(scope).get(0);
            case "appointment-rates" -> appointments.tables(scope).get(1);
            default -> strategies.letdown(scope);
        });
    }
}
