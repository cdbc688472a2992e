package clinic.letdown.letdownlog;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the letdown log (its form, history and charts) that Java code puts on pages. */
@MessageBundle("logMsg")
public interface LetdownLogMessages {

    /** A client logs "none felt" in her own words; every other sign reads as the consultant charts it. */
    @Message("Nothing I could feel")
    String noneFelt();

    @Message("{#when kind}{#is FEEDING}Feeding{#is PUMPING}Pumping{/when}")
    String feedKind(FeedKind kind);

    // ------------------------------------------------------------ the log form

    @Message("Enter the date and time, e.g. 2026-05-03 14:05.")
    String occurredAtInvalid();

    @Message("That is in the future. Log a feed or pumping session that already happened.")
    String occurredAtFuture();

    @Message("That is more than a year ago. Log sessions from the past year.")
    String occurredAtTooOld();

    @Message("Choose feeding or pumping.")
    String feedKindRequired();

    @Message("How many minutes until letdown? Or tick \"Letdown did not come\".")
    String minutesRequired();

    @Message("Either the minutes or \"Letdown did not come\", not both.")
    String minutesAndNoLetdown();

    @Message("Enter minutes as a number, e.g. 2 or 3.5.")
    String minutesInvalid();

    @Message("Between 0 and 120 minutes.")
    String minutesRange();

    @Message("Choose a number from 0 to 10.")
    String scaleInvalid();

    @Message("Enter millilitres as a whole number, e.g. 60.")
    String pumpedInvalid();

    @Message("Between 0 and 1,000 ml.")
    String pumpedRange();

    @Message("Millilitres are only for pumping sessions: choose \"Pumping\" or leave this empty.")
    String pumpedOnlyWhenPumping();

    @Message("Choose signs from the list.")
    String signUnknown();

    @Message("\"Nothing I could feel\" cannot go with other signs.")
    String signNoneWithOthers();

    @Message("Choose activities from your current plan.")
    String activityUnknown();

    @Message("At most 1,000 characters.")
    String noteTooLong();

    @Message("Saved: {when}. Thank you, every entry helps you and your consultant see what works.")
    String entrySaved(String when);

    @Message("Your care with the clinic has ended, so new log entries are closed. Your plans and your log stay here for you to read.")
    String dischargedNoNewEntries();

    // ------------------------------------------------------------ charts (titles, descriptions, point labels)

    @Message("Minutes until letdown")
    String minutesChartTitle();

    @Message("Minutes until letdown for each logged session, oldest on the left. Sessions where letdown did not come are left out of the line. The same data is in the table below.")
    String minutesChartDescription();

    @Message("Stress and pain")
    String stressPainChartTitle();

    @Message("Stress and pain from 0 (none) to 10 (worst) for each logged session, oldest on the left. The same data is in the table below.")
    String stressPainChartDescription();

    @Message("Stress")
    String stressLine();

    @Message("Pain")
    String painLine();

    @Message("{when}: {minutes} min")
    String minutesPoint(String when, String minutes);

    @Message("{when}: {value} of 10")
    String scalePoint(String when, String value);

    // ------------------------------------------------------------ the log page, its form and history

    @Message("Letdown log")
    String logTitle();

    @Message("Log a feed or pumping session")
    String formTitle();

    @Message("When")
    String when();

    @Message("Now, or change it to log an earlier session.")
    String whenHelp();

    @Message("Feeding or pumping")
    String feedingOrPumping();

    @Message("Minutes until letdown")
    String minutesUntilLetdown();

    @Message("From the start of the feed or pumping, e.g. 2 or 3.5.")
    String minutesHelp();

    @Message("Letdown did not come")
    String noLetdown();

    @Message("What did you try before it?")
    String whatTried();

    @Message("From your plan.")
    String fromYourPlan();

    @Message("Stress")
    String stress();

    @Message("0 calm")
    String stressLow();

    @Message("10 very stressed")
    String stressHigh();

    @Message("Pain")
    String pain();

    @Message("0 no pain")
    String painLow();

    @Message("10 worst pain")
    String painHigh();

    @Message("Signs you noticed")
    String signsNoticed();

    @Message("Millilitres pumped")
    String pumpedMl();

    @Message("Only when pumping.")
    String pumpedHelp();

    @Message("Note")
    String note();

    @Message("Anything you want your consultant to know (optional).")
    String noteHelp();

    @Message("Save entry")
    String saveEntry();

    @Message("Your care with the clinic has ended, so new log entries are closed. Your log and your trend stay here for you to read. If you need help again, contact the clinic.")
    String closed();

    @Message("Your entries")
    String yourEntries();

    @Message("No entries yet.")
    String noEntries();

    @Message("Pages of your entries")
    String entryPages();

    @Message("not noted")
    String notNoted();

    @Message("{#when kind}{#is FEEDING}feeding{#is PUMPING}pumping{/when}")
    String feedKindLower(FeedKind kind);

    @Message("Letdown after")
    String letdownAfter();

    @Message("Tried")
    String tried();

    @Message("{value} of 10")
    String ofTen(Object value);

    @Message("Signs")
    String signs();

    @Message("Pumped")
    String pumped();

    // ------------------------------------------------------------ trends and "what helps you"

    @Message("Your letdown over time")
    String yourTrendTitle();

    @Message("Letdown over time")
    String trendTitle();

    @Message("Nothing logged yet.")
    String nothingLogged();

    @Message("Your trend appears here once you log your feeds.")
    String trendAppears();

    @Message("The latest {shown} of {total} logged sessions.")
    String latestOf(int shown, int total);

    @Message("Stress and pain")
    String stressAndPain();

    @Message("0 none, 10 worst")
    String noneToWorst();

    @Message("Show the same data as a table")
    String showTable();

    @Message("Logged sessions, oldest first")
    String tableCaption();

    @Message("Session")
    String session();

    @Message("Stress (0-10)")
    String stressColumn();

    @Message("Pain (0-10)")
    String painColumn();

    @Message("did not come")
    String didNotCome();

    @Message("What helps you")
    String whatHelpsYou();

    @Message("What goes with faster letdown for her")
    String whatHelpsHer();

    @Message("For each activity in your plan: how long letdown usually took when you tried it before a feed, and when you did not. \"Usually\" is the median, the middle value. It shows once you have logged at least {min} timed sessions with the activity and {min} without.")
    String helpsYouExplained(int min);

    @Message("For each activity of the plan \"{plan}\": the median minutes until letdown on sessions where she tried it, against sessions where she did not. Medians show once each side has at least {min} timed sessions; sessions where letdown did not come are counted apart.")
    String helpsHerExplained(String plan, int min);

    @Message("For each activity of the plan \"{plan}\": the median minutes until letdown on sessions where she tried it, against sessions where she did not, counted from {since} when the plan began. Medians show once each side has at least {min} timed sessions; sessions where letdown did not come are counted apart.")
    String helpsHerExplainedSince(String plan, String since, int min);

    @Message("The plan has no activities yet.")
    String planWithoutActivities();

    @Message("Median minutes until letdown with and without each activity")
    String comparisonCaption();

    @Message("Activity")
    String activity();

    @Message("When tried")
    String whenTried();

    @Message("When not tried")
    String whenNotTried();

    @Message("What it shows")
    String whatItShows();

    @Message("Letdown came {minutes} min faster")
    String faster(String minutes);

    @Message("Letdown came {minutes} min slower")
    String slower(String minutes);

    @Message("{#if you}when you tried it.{#else}when she tried it.{/if}")
    String whenSheTried(boolean you);

    @Message("No difference:")
    String noDifference();

    @Message("the median is {minutes} min either way.")
    String sameMedian(String minutes);

    @Message("Not enough entries yet: {tried} tried, {notTried} not tried (at least {min} each are needed).")
    String notEnough(int tried, int notTried, int min);

    @Message("{#if you}This shows what went together for you, not proof that one causes the other.{#else}This shows what went together for her, not proof that one causes the other.{/if}")
    String notProof(boolean you);

    @Message("median,")
    String median();

    @Message("{#if count == 1}{count} session timed{#else}{count} sessions timed{/if}")
    String sessionsTimed(int count);

    @Message("{count} without letdown")
    String withoutLetdown(int count);

    // ------------------------------------------------------------ her log as the consultant reads it

    @Message("Letdown log of {name}")
    String logOf(String name);

    @Message("Discharged: her log is closed to new entries.")
    String herLogClosed();

    @Message("Entries")
    String entries();

    @Message("She has not logged anything yet.")
    String nothingYet();

    @Message("Pages of entries")
    String entryPagesStaff();
}
