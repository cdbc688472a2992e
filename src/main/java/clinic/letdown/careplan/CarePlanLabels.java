package clinic.letdown.careplan;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;
import clinic.letdown.web.EnumLabels;

/**
 * {@code {plan.status.label}}, {@code {goal.status.label}} and {@code {activity.status.label}} in
 * templates: the words of {@link CarePlanMessages#status}, {@link CarePlanMessages#goalStatus} and
 * {@link CarePlanMessages#activityStatus}, worked out once per constant ({@link EnumLabels}).
 */
@TemplateExtension
public class CarePlanLabels {

    private static final EnumLabels<CarePlanStatus> PLAN_STATUSES = new EnumLabels<>(CarePlanStatus.class,
            s -> MessageBundles.get(CarePlanMessages.class).status(s));
    private static final EnumLabels<GoalStatus> GOAL_STATUSES = new EnumLabels<>(GoalStatus.class,
            s -> MessageBundles.get(CarePlanMessages.class).goalStatus(s));
    private static final EnumLabels<ActivityStatus> ACTIVITY_STATUSES = new EnumLabels<>(ActivityStatus.class,
            s -> MessageBundles.get(CarePlanMessages.class).activityStatus(s));

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
