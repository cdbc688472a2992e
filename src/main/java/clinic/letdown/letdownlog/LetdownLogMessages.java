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
}
