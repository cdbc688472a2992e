package clinic.letdown.careplan;

import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Choice;

/**
 * A status change that needs one more answer before it happens: what becomes of the plan that is
 * active now ({@code otherPlan} set, {@code choices} its possible fates), or a confirmation of a
 * final status.
 *
 * @param problem why the question is asked (again), or null
 */
@TemplateData
public record StatusQuestion(CarePlanStatus target, CarePlan otherPlan, List<Choice> choices, String problem) {

    /** What the active plan may become when another one is activated. */
    static final List<CarePlanStatus> PREVIOUS_PLAN_FATES = List.of(CarePlanStatus.ON_HOLD, CarePlanStatus.COMPLETED,
            CarePlanStatus.REVOKED);
}
