package clinic.letdown.careplan;

import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.careplan.PlanRows.ActivityRow;
import clinic.letdown.careplan.PlanRows.GoalRow;
import clinic.letdown.careplan.StrategySuggestions.Suggestion;
import clinic.letdown.client.Client;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.web.Choice;
import clinic.letdown.web.FormErrors;

/**
 * Everything the plan builder page shows. {@code plan} is null while the plan is being created.
 *
 * @param otherActivePlan the client's active plan when it is not this one, or null
 * @param unsaved a row was added or removed: the page says that nothing is saved yet
 */
@TemplateData
public record PlanFormPage(Client client, CarePlan plan, CarePlan otherActivePlan, CarePlanForm form, List<GoalRow> goals,
        List<ActivityRow> activities, LatestDifficulties difficulties, List<Suggestion> suggestions,
        List<Choice> libraryStrategies, List<Choice> factorChoices, List<Choice> goalStatuses,
        List<Choice> activityStatuses, FormErrors errors, boolean unsaved) {

    /** Where the form posts: creation under the client, changes to the plan itself. */
    public String action() {
        return plan == null ? "/clients/" + client.id + "/careplans" : "/careplans/" + plan.id;
    }

    /** Where "Cancel" leads: back to the client or to the plan. */
    public String cancel() {
        return plan == null ? "/clients/" + client.id : "/careplans/" + plan.id;
    }

    public boolean inPlan(Strategy strategy) {
        return activities.stream().anyMatch(a -> a.strategy() != null && a.strategy().id.equals(strategy.id));
    }

    public boolean isNew() {
        return plan == null;
    }
}
