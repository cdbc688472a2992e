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

    // ------------------------------------------------------------ the care plan pages and the client's printed copy

    @Message("Care plan for {name}")
    String handoutTitle(String name);

    @Message("Back to the plan")
    String backToPlan();

    @Message("Print")
    String print();

    @Message("Use your browser's Print command (Ctrl+P or ⌘P) for a clean paper copy.")
    String printHelp();

    @Message("This plan is {status}: check that this is the copy you mean to give.")
    String notActiveCopy(String status);

    @Message("Your letdown care plan")
    String yourCarePlan();

    @Message("From {start} to {end}")
    String fromTo(String start, String end);

    @Message("From {start}")
    String from(String start);

    @Message("This plan helps with:")
    String helpsWith();

    @Message("Your goals")
    String yourGoals();

    @Message("How we will know:")
    String howWeKnow();

    @Message("By {date}")
    String by(String date);

    @Message("What to do")
    String whatToDo();

    @Message("How often: {frequency}")
    String howOften(String frequency);

    @Message("Follow-up")
    String followUp();

    @Message("Your next follow-up is on")
    String nextFollowUpOn();

    @Message("Your consultant will agree the next follow-up with you.")
    String followUpAgreed();

    @Message("Keep a note of how letdown goes, and bring your questions. Call the clinic if feeding becomes painful or your baby is not feeding well.")
    String followUpAdvice();

    @Message("Your consultant:")
    String yourConsultant();

    @Message("Printed from the plan of {date}.")
    String printedFrom(String date);

    @Message("Edit plan")
    String editPlan();

    @Message("Printable copy for the client")
    String printable();

    @Message("Plan details")
    String planDetails();

    @Message("Client")
    String client();

    @Message("Period")
    String period();

    @Message("no start date")
    String noStart();

    @Message("to")
    String to();

    @Message("open-ended")
    String openEnded();

    @Message("Addresses")
    String addresses();

    @Message("no difficulty chosen")
    String noDifficultyChosen();

    @Message("Written by")
    String writtenBy();

    @Message("Last changed")
    String lastChanged();

    @Message("Goals")
    String goals();

    @Message("No goal yet.")
    String noGoal();

    @Message("Goal")
    String goal();

    @Message("Measurable target")
    String measurableTarget();

    @Message("Target")
    String target();

    @Message("Due")
    String due();

    @Message("Status")
    String statusLabel();

    @Message("Activities")
    String activities();

    @Message("retired from the library")
    String retiredFromLibrary();

    @Message("No activity yet.")
    String noActivity();

    @Message("Her whole letdown log")
    String wholeLog();

    @Message("Status history")
    String statusHistory();

    @Message("When")
    String when();

    @Message("Change")
    String change();

    @Message("By")
    String changedBy();

    @Message("Created as {status}")
    String createdAs(String status);

    @Message("Another plan is active")
    String anotherActive();

    @Message("{name} already has an active plan:")
    String anotherActiveText(String name);

    @Message("Only one plan can be active at a time. What should happen to it when this plan is activated?")
    String anotherActiveQuestion();

    @Message("The plan active now")
    String planActiveNow();

    @Message("Activate this plan")
    String activateThis();

    @Message("Cancel")
    String cancel();

    @Message("This is final: a completed or revoked plan can no longer be changed or activated again. Set the status of each goal first if it is not up to date.")
    String finalWarning();

    @Message("Yes: {action}")
    String yesMove(String action);

    @Message("{name} has an active plan:")
    String otherActiveNotice(String name);

    @Message("When you activate this one, you choose what becomes of it.")
    String otherActiveChoose();

    @Message("Plan")
    String plan();

    @Message("Title")
    String title();

    @Message("Starts on")
    String startsOn();

    @Message("Ends on")
    String endsOn();

    @Message("Leave empty if open-ended.")
    String endsOnHelp();

    @Message("Difficulties it addresses")
    String difficultiesAddressed();

    @Message("What the client wants to reach, how you will both know (a measurable target) and by when. Empty goal rows are ignored.")
    String goalsHelp();

    @Message("Goal {number}")
    String goalNumber(int number);

    @Message("For example: letdown within 2 minutes on 5 of 7 days.")
    String targetHelp();

    @Message("Due on")
    String dueOn();

    @Message("Remove goal {number}")
    String removeGoal(int number);

    @Message("Add a goal")
    String addGoal();

    @Message("The instructions come from the library: personalise them for {name}, one step per line, in plain words. She sees them on her printed plan and in the portal.")
    String activitiesHelp(String name);

    @Message("Activity {number}:")
    String activityNumber(int number);

    @Message("unknown strategy")
    String unknownStrategyLabel();

    @Message("Instructions for the client")
    String instructionsForClient();

    @Message("How often")
    String howOftenLabel();

    @Message("Remove activity {number}")
    String removeActivity(int number);

    @Message("No activity yet: add a suggested strategy above, or one from the library.")
    String noActivityYet();

    @Message("Add a strategy from the library")
    String addFromLibrary();

    @Message("Choose a strategy")
    String chooseStrategyBlank();

    @Message("Add activity")
    String addActivity();

    @Message("Suggested strategies")
    String suggested();

    @Message("No difficulty is recorded for {name} yet, so nothing can be suggested: record her difficulties at a consultation, or add strategies from the library below.")
    String noDifficulty(String name);

    @Message("Ranked for {name}'s latest difficulties")
    String rankedFor(String name);

    @Message("consultation of {date}")
    String consultationOf(String date);

    @Message("severity times how directly each strategy addresses it.")
    String rankedHow();

    @Message("No active strategy of the library addresses these difficulties.")
    String noneAddresses();

    @Message("addresses")
    String addressesShort();

    @Message("score {score}")
    String score(int score);

    @Message("In the plan")
    String inThePlan();

    @Message("Add")
    String add();

    @Message("Care plan")
    String carePlan();

    @Message(", from {start} to {end}, by {author}.")
    String summaryPeriod(String start, String end, String author);

    @Message(", from {start}, by {author}.")
    String summaryFrom(String start, String author);

    @Message(", by {author}.")
    String summaryBy(String author);

    @Message("Goals:")
    String goalsColon();

    @Message("(target: {target})")
    String targetIs(String target);

    @Message(", by {date}")
    String byDate(String date);

    @Message("Activities:")
    String activitiesColon();

    @Message("No active care plan.")
    String noActivePlan();

    @Message("Care plans")
    String carePlans();

    @Message("Start a care plan")
    String startPlan();

    @Message("No care plan yet.")
    String noPlan();

    @Message("Care plans, newest first")
    String plansCaption();

    @Message("Edit {title}")
    String editNamed(String title);

    @Message("Edit care plan")
    String editCarePlan();

    @Message("for {name}")
    String forName(String name);

    @Message("Save plan")
    String savePlan();

    @Message("New care plan")
    String newCarePlan();

    @Message("Create draft plan")
    String createDraft();
}
