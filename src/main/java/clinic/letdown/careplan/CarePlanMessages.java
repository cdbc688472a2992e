package clinic.letdown.careplan;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words about care plans that Java code or several templates put on pages. */
@MessageBundle("planMsg")
public interface CarePlanMessages {

    @Message("{#when status}{#is DRAFT}Draft{#is ACTIVE}Active{#is ON_HOLD}On hold{#is COMPLETED}Completed"
            + "{#is REVOKED}Revoked{/when}")
    String status(CarePlanStatus status);

    @Message("{#when status}{#is ACTIVE}Activate plan{#is ON_HOLD}Put on hold{#is COMPLETED}Mark completed"
            + "{#is REVOKED}Revoke plan{#else}{status}{/when}")
    String moveTo(CarePlanStatus status);

    @Message("{#when status}{#is ON_HOLD}Put it on hold: it can be resumed later{#is COMPLETED}Mark it completed"
            + "{#is REVOKED}Revoke it{#else}{status}{/when}")
    String previousPlanFate(CarePlanStatus status);

    @Message("{#when status}{#is IN_PROGRESS}In progress{#is ACHIEVED}Achieved{#is NOT_ACHIEVED}Not achieved"
            + "{#is CANCELLED}Cancelled{/when}")
    String goalStatus(GoalStatus status);

    @Message("{#when status}{#is NOT_STARTED}Not started{#is IN_PROGRESS}In progress{#is COMPLETED}Completed"
            + "{#is STOPPED}Stopped{/when}")
    String activityStatus(ActivityStatus status);

    @Message("Letdown care plan")
    String defaultTitle();

    @Message("Please fill this in.")
    String required();

    @Message("At most 200 characters.")
    String max200();

    @Message("Enter a real date, for example 2026-03-14.")
    String badDate();

    @Message("The end cannot come before the start.")
    String endBeforeStart();

    @Message("Choose only difficulties from the list.")
    String unknownFactor();

    @Message("Describe the goal, or remove it.")
    String goalDescriptionRequired();

    @Message("At most 300 characters.")
    String max300();

    @Message("At most 120 characters.")
    String max120();

    @Message("At most 4,000 characters.")
    String max4000();

    @Message("Write the instructions for the client, or remove the activity.")
    String instructionsRequired();

    @Message("Choose a status from the list.")
    String badStatus();

    @Message("That strategy is not in the library.")
    String unknownStrategy();

    @Message("This strategy has been retired from the library; remove the activity or choose another strategy.")
    String retiredStrategy();

    @Message("Choose a strategy to add.")
    String chooseStrategy();

    @Message("A plan has at most 20 goals and 20 activities.")
    String tooManyRows();

    @Message("\"{name}\" appears in the client's letdown log, so it stays in the plan: set its status to Stopped instead.")
    String activityInLog(String name);

    @Message("Not saved yet: the change is shown below. Save the plan to keep it.")
    String unsaved();

    @Message("Someone else changed this plan while you were editing it. Their version is saved; your changes are shown below - check them and save again.")
    String staleEdit();

    @Message("This plan is {status} and can no longer be changed.")
    String notEditable(String status);

    @Message("The plan was changed by someone else since you opened it: check it below and try again.")
    String staleStatus();

    @Message("A {from} plan cannot become {to}.")
    String transitionNotAllowed(String from, String to);

    @Message("Add at least one goal and one activity before activating the plan.")
    String needsGoalAndActivity();

    @Message("{name} is discharged: activate a plan only for a client in care.")
    String clientDischarged(String name);

    @Message("Another plan of this client was activated a moment ago, by someone else: \"{title}\". Only one plan can be active at a time; decide below what to do with it.")
    String activatedMeanwhile(String title);

    @Message("Another change to this client's plans was being saved at the same moment, so nothing was changed. Check the plans and try again.")
    String busy();

    @Message("Choose what happens to the plan that is active now.")
    String choosePrevious();

    @Message("Draft plan \"{title}\" created. Check it, then activate it when it is ready for the client.")
    String created(String title);

    @Message("Plan \"{title}\" saved.")
    String saved(String title);

    @Message("Plan \"{title}\" is now {status}.")
    String statusChanged(String title, String status);
}
