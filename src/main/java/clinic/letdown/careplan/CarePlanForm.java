package clinic.letdown.careplan;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

/**
 * The plan builder as typed: the plan's fields, one entry per goal row and per activity row in
 * page order (the same name repeats on every row), and the button pressed when it was not "save"
 * (add or remove a row: the page comes back with every typed value, nothing saved yet).
 */
@TemplateData
public record CarePlanForm(
        @RestForm String title,
        @RestForm String periodStart,
        @RestForm String periodEnd,
        @RestForm List<String> factors,
        @RestForm String version,
        @RestForm List<String> goalId,
        @RestForm List<String> goalDescription,
        @RestForm List<String> goalTarget,
        @RestForm List<String> goalDueOn,
        @RestForm List<String> goalStatus,
        @RestForm List<String> activityId,
        @RestForm List<String> activityStrategy,
        @RestForm List<String> activityInstructions,
        @RestForm List<String> activityFrequency,
        @RestForm List<String> activityStatus,
        @RestForm String addGoal,
        @RestForm String removeGoal,
        @RestForm String addActivity,
        @RestForm String addOtherActivity,
        @RestForm String otherStrategy,
        @RestForm String removeActivity) {

    /** Most rows a plan may have of each kind; a plan handout stays readable. */
    public static final int MAX_ROWS = 20;

    public static CarePlanForm of(String title, String periodStart, String periodEnd, List<String> factors, String version) {
        return new CarePlanForm(title, periodStart, periodEnd, factors, version, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                null, null);
    }

    /** The same typed values, to be saved over the plan's current version. */
    public CarePlanForm withVersion(long current) {
        return new CarePlanForm(title, periodStart, periodEnd, factors, String.valueOf(current), goalId, goalDescription,
                goalTarget, goalDueOn, goalStatus, activityId, activityStrategy, activityInstructions, activityFrequency,
                activityStatus, null, null, null, null, null, null);
    }

    /** The factors ticked, for the checkboxes. */
    public List<String> selectedFactors() {
        return factors == null ? List.of() : factors;
    }

    /** The number of goal rows sent: the longest of the row lists (a shorter list is padded with blanks). */
    int goalRowCount() {
        return Math.min(MAX_ROWS + 1, max(goalId, goalDescription, goalTarget, goalDueOn, goalStatus));
    }

    int activityRowCount() {
        return Math.min(MAX_ROWS + 1, max(activityId, activityStrategy, activityInstructions, activityFrequency,
                activityStatus));
    }

    /** Which button was pressed, if not the save button. */
    boolean isRowAction() {
        return present(addGoal) || present(removeGoal) || present(addActivity) || present(addOtherActivity)
                || present(removeActivity);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @SafeVarargs
    private static int max(List<String>... lists) {
        int max = 0;
        for (List<String> list : lists) {
            max = Math.max(max, list == null ? 0 : list.size());
        }
        return max;
    }
}
