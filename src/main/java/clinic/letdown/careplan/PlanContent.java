package clinic.letdown.careplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import clinic.letdown.consultation.DifficultyFactor;

/** A validated plan as the builder sends it: what the service stores. Row ids are null for new rows. */
public record PlanContent(String title, LocalDate periodStart, LocalDate periodEnd, Set<DifficultyFactor> factors,
        List<GoalInput> goals, List<ActivityInput> activities) {

    public record GoalInput(Long id, String description, String target, LocalDate dueOn, GoalStatus status) {
    }

    /** For an existing activity the strategy is the stored one; {@code strategyId} matters for new rows. */
    public record ActivityInput(Long id, long strategyId, String instructions, String frequency, ActivityStatus status) {
    }
}
