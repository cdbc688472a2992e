package clinic.letdown.careplan;

import io.quarkus.qute.TemplateData;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Language;

/** The rows of the plan builder as typed, each with its own errors (keyed by the plain field name). */
public final class PlanRows {

    private PlanRows() {
    }

    /** A goal row; {@code id} is empty for a goal not saved yet. */
    @TemplateData
    public record GoalRow(String id, String description, String target, String dueOn, String status,
            FormErrors errors) {

        static GoalRow blank() {
            return new GoalRow("", "", "", "", GoalStatus.IN_PROGRESS.name(), FormErrors.none());
        }

        static GoalRow of(Goal goal) {
            return new GoalRow(String.valueOf(goal.id), goal.description, FormFields.orEmpty(goal.target),
                    FormFields.orEmpty(goal.dueOn), goal.status.name(), FormErrors.none());
        }

        boolean isBlank() {
            return id.isBlank() && description.isBlank() && target.isBlank() && dueOn.isBlank();
        }
    }

    /** An activity row; {@code strategy} is null when the submitted id names no strategy. */
    @TemplateData
    public record ActivityRow(String id, String strategyId, Strategy strategy, String instructions, String frequency,
            String status, FormErrors errors) {

        static ActivityRow of(Activity activity) {
            return new ActivityRow(String.valueOf(activity.id), String.valueOf(activity.strategy.id), activity.strategy,
                    activity.instructions, FormFields.orEmpty(activity.frequency), activity.status.name(), FormErrors.none());
        }

        /** A new activity with the library's instructions and usual frequency, ready to personalise. */
        static ActivityRow fromLibrary(Strategy strategy, Language language) {
            return new ActivityRow("", String.valueOf(strategy.id), strategy, strategy.instructionsIn(language),
                    FormFields.orEmpty(strategy.usualFrequencyIn(language)), ActivityStatus.NOT_STARTED.name(),
                    FormErrors.none());
        }

        public boolean isNew() {
            return id.isBlank();
        }
    }
}
