package clinic.letdown.careplan;

import io.quarkus.qute.TemplateExtension;
import clinic.letdown.web.EnumLabels;

/**
 * {@code {plan.status.label}}, {@code {goal.status.label}} and {@code {activity.status.label}} in
 * templates: the words of {@link CarePlanMessages#status}, {@link CarePlanMessages#goalStatus} and
 * {@link CarePlanMessages#activityStatus}, worked out once per constant ({@link EnumLabels}).
 */
@TemplateExtension
public class CarePlanLabels {

    private static final EnumLabels<CarePlanStatus, CarePlanMessages> PLAN_STATUSES = new EnumLabels<>(
            CarePlanStatus.class, CarePlanMessages.class, CarePlanMessages::status);
    private static final EnumLabels<GoalStatus, CarePlanMessages> GOAL_STATUSES = new EnumLabels<>(
            GoalStatus.class, CarePlanMessages.class, CarePlanMessages::goalStatus);
    private static final EnumLabels<ActivityStatus, CarePlanMessages> ACTIVITY_STATUSES = new EnumLabels<>(
            ActivityStatus.class, CarePlanMessages.class, CarePlanMessages::activityStatus);

    public static String label(CarePlanStatus status) {
        return PLAN_STATUSES.of(status);
    }

    public static String label(GoalStatus status) {
        return GOAL_STATUSES.of(status);
    }

    public static String label(ActivityStatus status) {
        return ACTIVITY_STATUSES.of(status);
    }
}
