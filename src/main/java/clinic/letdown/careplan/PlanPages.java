package clinic.letdown.careplan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.client.Client;
import clinic.letdown.consultation.ConsultationLabels;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.web.Choice;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** Builds the plan builder page for both of its URLs (new plan, edit plan). */
@ApplicationScoped
class PlanPages {

    /** How many of the first suggestions a new plan starts with. */
    static final int PRESELECTED_SUGGESTIONS = 3;

    /** Default length of a new plan's period. */
    static final int DEFAULT_WEEKS = 4;

    @Inject
    @InRequestLanguage
    CarePlanMessages messages;

    @Inject
    ClinicClock clinicClock;

    /** A fresh plan for the client: today's period, her latest difficulties and the first suggestions. */
    PlanFormPage fresh(Client client) {
        LatestDifficulties difficulties = LatestDifficulties.of(client.id);
        List<StrategySuggestions.Suggestion> suggestions = StrategySuggestions.forDifficulties(difficulties);
        LocalDate start = clinicClock.today();
        // her plan's title is hers to read: in her language, as are the activities' instructions
        String title = RequestLanguage.words(CarePlanMessages.class, client.language).defaultTitle();
        CarePlanForm form = CarePlanForm.of(title, start.toString(),
                start.plusWeeks(DEFAULT_WEEKS).toString(),
                difficulties.factors().stream().map(f -> f.factor().name()).toList(), "0");
        PlanBuilder builder = PlanBuilder.fresh(suggestions, PRESELECTED_SUGGESTIONS, messages, client);
        return page(client, null, form, builder, difficulties, suggestions, FormErrors.none(), false);
    }

    PlanFormPage existing(CarePlan plan) {
        CarePlanForm form = CarePlanForm.of(plan.title, Formats.inputValue(plan.periodStart),
                Formats.inputValue(plan.periodEnd), plan.addressedFactors().stream().map(Enum::name).toList(),
                String.valueOf(plan.version));
        return withErrors(plan.client, plan, form, PlanBuilder.of(plan, messages), FormErrors.none());
    }

    /** The builder as typed, with the errors of its values. */
    PlanFormPage withErrors(Client client, CarePlan plan, CarePlanForm form, PlanBuilder builder, FormErrors errors) {
        return typed(client, plan, form, builder, errors, false);
    }

    /** The builder after a row was added or removed: the page says nothing is saved yet. */
    PlanFormPage afterRowAction(Client client, CarePlan plan, CarePlanForm form, PlanBuilder builder,
            FormErrors errors) {
        return typed(client, plan, form, builder, errors, true);
    }

    private PlanFormPage typed(Client client, CarePlan plan, CarePlanForm form, PlanBuilder builder, FormErrors errors,
            boolean unsaved) {
        LatestDifficulties difficulties = LatestDifficulties.of(client.id);
        return page(client, plan, form, builder, difficulties, StrategySuggestions.forDifficulties(difficulties), errors,
                unsaved);
    }

    private PlanFormPage page(Client client, CarePlan plan, CarePlanForm form, PlanBuilder builder,
            LatestDifficulties difficulties, List<StrategySuggestions.Suggestion> suggestions, FormErrors errors,
            boolean unsaved) {
        List<Choice> library = Strategy.listActive().stream().map(s -> new Choice(String.valueOf(s.id), s.getShownName())).toList();
        List<Choice> factors = Arrays.stream(DifficultyFactor.values())
                .map(f -> new Choice(f.name(), ConsultationLabels.label(f))).toList();
        List<Choice> goalStatuses = Arrays.stream(GoalStatus.values())
                .map(s -> new Choice(s.name(), messages.goalStatus(s))).toList();
        List<Choice> activityStatuses = Arrays.stream(ActivityStatus.values())
                .map(s -> new Choice(s.name(), messages.activityStatus(s))).toList();
        CarePlan active = CarePlan.findActiveFor(client.id);
        CarePlan otherActive = active == null || (plan != null && active.id.equals(plan.id)) ? null : active;
        return new PlanFormPage(client, plan, otherActive, form, builder.goals, builder.activities, difficulties, suggestions, library,
                factors, goalStatuses, activityStatuses, errors, unsaved);
    }
}
