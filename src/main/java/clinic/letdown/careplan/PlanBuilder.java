package clinic.letdown.careplan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ws.rs.BadRequestException;

import clinic.letdown.careplan.PlanContent.ActivityInput;
import clinic.letdown.careplan.PlanContent.GoalInput;
import clinic.letdown.careplan.PlanRows.ActivityRow;
import clinic.letdown.careplan.PlanRows.GoalRow;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.client.Client;
import clinic.letdown.web.Language;

/**
 * The goal and activity rows of the plan builder between two page loads: read from the form,
 * changed by the add and remove buttons, validated into a {@link PlanContent} on save.
 */
final class PlanBuilder {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    final List<GoalRow> goals = new ArrayList<>();
    final List<ActivityRow> activities = new ArrayList<>();
    private final CarePlanMessages messages;
    /** The client's language: a strategy added to her plan starts from its instructions in it. */
    private Language language = Language.DEFAULT;

    private PlanBuilder(CarePlanMessages messages) {
        this.messages = messages;
    }

    /** Activities added from now on start from the library's text in the client's language. */
    PlanBuilder inLanguageOf(Client client) {
        this.language = client.language == null ? Language.DEFAULT : client.language;
        return this;
    }

    /** A new plan: the first suggestions as activities, two empty goals. */
    static PlanBuilder fresh(List<StrategySuggestions.Suggestion> suggestions, int preselected, CarePlanMessages messages,
            Client client) {
        PlanBuilder builder = new PlanBuilder(messages).inLanguageOf(client);
        suggestions.stream().limit(preselected)
                .forEach(s -> builder.activities.add(ActivityRow.fromLibrary(s.strategy(), builder.language)));
        builder.goals.add(GoalRow.blank());
        builder.goals.add(GoalRow.blank());
        return builder;
    }

    static PlanBuilder of(CarePlan plan, CarePlanMessages messages) {
        PlanBuilder builder = new PlanBuilder(messages);
        plan.goals.forEach(g -> builder.goals.add(GoalRow.of(g)));
        plan.activities.forEach(a -> builder.activities.add(ActivityRow.of(a)));
        return builder;
    }

    static PlanBuilder read(CarePlanForm form, CarePlanMessages messages) {
        PlanBuilder builder = new PlanBuilder(messages);
        for (int row = 0; row < form.goalRowCount(); row++) {
            builder.goals.add(new GoalRow(FormFields.entryAt(form.goalId(), row).trim(),
                    FormFields.entryAt(form.goalDescription(), row), FormFields.entryAt(form.goalTarget(), row),
                    FormFields.entryAt(form.goalDueOn(), row).trim(), FormFields.entryAt(form.goalStatus(), row).trim(),
                    FormErrors.none()));
        }
        int activityRows = form.activityRowCount();
        List<Long> strategyIds = new ArrayList<>();
        for (int row = 0; row < activityRows; row++) {
            strategyIds.add(parseId(FormFields.entryAt(form.activityStrategy(), row)));
        }
        Map<Long, Strategy> strategies = strategiesById(strategyIds);
        for (int row = 0; row < activityRows; row++) {
            Long strategyId = strategyIds.get(row);
            builder.activities.add(new ActivityRow(FormFields.entryAt(form.activityId(), row).trim(),
                    FormFields.entryAt(form.activityStrategy(), row).trim(),
                    strategyId == null ? null : strategies.get(strategyId),
                    FormFields.entryAt(form.activityInstructions(), row),
                    FormFields.entryAt(form.activityFrequency(), row),
                    FormFields.entryAt(form.activityStatus(), row).trim(), FormErrors.none()));
        }
        return builder;
    }

    /**
     * Applies the add or remove button that was pressed. {@code inLog} tells whether a saved activity
     * appears in the client's letdown log (such an activity is stopped, never removed).
     */
    void applyRowAction(CarePlanForm form, FormErrors errors, Predicate<Long> inLog) {
        if (CarePlanForm.present(form.addGoal())) {
            if (goals.size() >= CarePlanForm.MAX_ROWS) {
                errors.add(FormErrors.FORM, messages.tooManyRows());
            } else {
                goals.add(GoalRow.blank());
            }
        } else if (CarePlanForm.present(form.removeGoal())) {
            int index = parseIndex(form.removeGoal());
            if (index >= 0 && index < goals.size()) {
                goals.remove(index);
            }
        } else if (CarePlanForm.present(form.addActivity())) {
            addActivity(form.addActivity(), FormErrors.FORM, errors);
        } else if (CarePlanForm.present(form.addOtherActivity())) {
            addActivity(form.otherStrategy(), "otherStrategy", errors);
        } else if (CarePlanForm.present(form.removeActivity())) {
            int index = parseIndex(form.removeActivity());
            if (index >= 0 && index < activities.size()) {
                ActivityRow row = activities.get(index);
                Long id = row.isNew() ? null : parseId(row.id());
                if (id != null && inLog.test(id)) {
                    String name = row.strategy() == null ? "" : row.strategy().name;
                    errors.add(FormErrors.FORM, messages.activityInLog(name));
                    row.errors().add("activityStatus", messages.activityInLog(name));
                } else {
                    activities.remove(index);
                }
            }
        }
    }

    private void addActivity(String rawStrategyId, String field, FormErrors errors) {
        Long id = parseId(rawStrategyId);
        Strategy strategy = id == null ? null : Strategy.findById(id);
        if (activities.size() >= CarePlanForm.MAX_ROWS) {
            errors.add(FormErrors.FORM, messages.tooManyRows());
        } else if (strategy == null) {
            errors.add(field, rawStrategyId == null || rawStrategyId.isBlank() ? messages.chooseStrategy()
                    : messages.unknownStrategy());
        } else if (strategy.retired) {
            errors.add(field, messages.retiredStrategy());
        } else {
            activities.add(ActivityRow.fromLibrary(strategy, language));
        }
    }

    /** Checks every field; the content is complete only when {@code errors} stays empty. */
    PlanContent validate(CarePlanForm form, FormErrors errors) {
        String title = FormFields.trimmedOrEmpty(form.title());
        if (title.isEmpty()) {
            errors.add("title", messages.required());
        } else if (title.length() > 200) {
            errors.add("title", messages.max200());
        }
        LocalDate start = date(form.periodStart(), Presence.REQUIRED, "periodStart", errors, errors, "");
        LocalDate end = date(form.periodEnd(), Presence.OPTIONAL, "periodEnd", errors, errors, "");
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("periodEnd", messages.endBeforeStart());
        }
        Set<DifficultyFactor> factors = EnumSet.noneOf(DifficultyFactor.class);
        for (String name : form.factors() == null ? List.<String>of() : form.factors()) {
            try {
                factors.add(DifficultyFactor.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("factors", messages.unknownFactor());
            }
        }
        if (form.goalRowCount() > CarePlanForm.MAX_ROWS || form.activityRowCount() > CarePlanForm.MAX_ROWS) {
            errors.add(FormErrors.FORM, messages.tooManyRows());
        }
        List<GoalInput> goalInputs = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            GoalInput input = validate(goals.get(i), "goal-" + i + "-", errors);
            if (input != null) {
                goalInputs.add(input);
            }
        }
        List<ActivityInput> activityInputs = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            activityInputs.add(validate(activities.get(i), "activity-" + i + "-", errors));
        }
        return new PlanContent(title, start, end, factors, goalInputs, activityInputs);
    }

    /** Drops blank new rows (an unused empty goal is not an error). */
    private GoalInput validate(GoalRow row, String key, FormErrors errors) {
        if (row.isBlank()) {
            return null;
        }
        String description = row.description().strip();
        if (description.isEmpty()) {
            rowError(row.errors(), errors, key, "goalDescription", messages.goalDescriptionRequired());
        } else if (description.length() > 300) {
            rowError(row.errors(), errors, key, "goalDescription", messages.max300());
        }
        String target = row.target().strip();
        if (target.length() > 300) {
            rowError(row.errors(), errors, key, "goalTarget", messages.max300());
        }
        LocalDate due = date(row.dueOn(), Presence.OPTIONAL, "goalDueOn", row.errors(), errors, key);
        GoalStatus status = parse(GoalStatus.class, row.status());
        if (status == null) {
            rowError(row.errors(), errors, key, "goalStatus", messages.badStatus());
        }
        return new GoalInput(requiredId(row.id()), description, target.isEmpty() ? null : target, due, status);
    }

    private ActivityInput validate(ActivityRow row, String key, FormErrors errors) {
        if (row.strategy() == null) {
            rowError(row.errors(), errors, key, "activityInstructions", messages.unknownStrategy());
        } else if (row.isNew() && row.strategy().retired) {
            rowError(row.errors(), errors, key, "activityInstructions", messages.retiredStrategy());
        }
        String instructions = row.instructions().strip();
        if (instructions.isEmpty()) {
            rowError(row.errors(), errors, key, "activityInstructions", messages.instructionsRequired());
        } else if (instructions.length() > 4000) {
            rowError(row.errors(), errors, key, "activityInstructions", messages.max4000());
        }
        String frequency = row.frequency().strip();
        if (frequency.length() > 120) {
            rowError(row.errors(), errors, key, "activityFrequency", messages.max120());
        }
        ActivityStatus status = parse(ActivityStatus.class, row.status());
        if (status == null) {
            rowError(row.errors(), errors, key, "activityStatus", messages.badStatus());
        }
        return new ActivityInput(requiredId(row.id()), row.strategy() == null ? -1 : row.strategy().id, instructions,
                frequency.isEmpty() ? null : frequency, status);
    }

    private static void rowError(FormErrors rowErrors, FormErrors errors, String key, String field, String message) {
        rowErrors.add(field, message);
        errors.add(key + field, message);
    }

    /** Whether a blank field is an error. */
    private enum Presence {
        REQUIRED, OPTIONAL
    }

    /** A plan's dates have no row: {@code key} is empty and {@code fieldErrors} are the form's. */
    private LocalDate date(String raw, Presence presence, String field, FormErrors fieldErrors, FormErrors errors,
            String key) {
        String value = FormFields.trimmedOrEmpty(raw);
        if (value.isEmpty()) {
            if (presence == Presence.REQUIRED) {
                rowError(fieldErrors, errors, key, field, messages.required());
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                rowError(fieldErrors, errors, key, field, messages.badDate());
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            rowError(fieldErrors, errors, key, field, messages.badDate());
            return null;
        }
    }

    /**
     * Puts back the saved activities that the form left out although the client's letdown log
     * refers to them (they are stopped, never removed), each with an explanation.
     */
    void restoreLoggedActivities(CarePlan plan, Predicate<Long> inLog, FormErrors errors) {
        Set<String> sent = new java.util.HashSet<>();
        activities.forEach(a -> sent.add(a.id()));
        for (Activity activity : plan.activities) {
            if (!sent.contains(String.valueOf(activity.id)) && inLog.test(activity.id)) {
                ActivityRow row = ActivityRow.of(activity);
                String message = messages.activityInLog(activity.strategy.getShownName());
                row.errors().add("activityStatus", message);
                errors.add(FormErrors.FORM, message);
                activities.add(row);
            }
        }
    }

    /**
     * After a stale edit: rows whose saved goal or activity someone else removed meanwhile become
     * new rows, so that saving again keeps what was typed in them.
     */
    void forgetRowsNotIn(CarePlan plan) {
        Set<String> goalIds = new java.util.HashSet<>();
        plan.goals.forEach(g -> goalIds.add(String.valueOf(g.id)));
        Set<String> activityIds = new java.util.HashSet<>();
        plan.activities.forEach(a -> activityIds.add(String.valueOf(a.id)));
        goals.replaceAll(g -> g.id().isEmpty() || goalIds.contains(g.id()) ? g
                : new GoalRow("", g.description(), g.target(), g.dueOn(), g.status(), g.errors()));
        activities.replaceAll(a -> a.id().isEmpty() || activityIds.contains(a.id()) ? a
                : new ActivityRow("", a.strategyId(), a.strategy(), a.instructions(), a.frequency(), a.status(), a.errors()));
    }

    private static Map<Long, Strategy> strategiesById(List<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Strategy> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            Strategy.<Strategy>list("id in ?1", wanted).forEach(s -> byId.put(s.id, s));
        }
        return byId;
    }

    /** The id of a saved row; a row id that is not a number was not sent by our page. */
    private static Long requiredId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Long id = parseId(raw);
        if (id == null) {
            throw new BadRequestException();
        }
        return id;
    }

    static Long parseId(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int parseIndex(String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, FormFields.trimmedOrEmpty(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
