package clinic.letdown.consultation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words about consultations that Java code puts on pages: labels of the clinical vocabulary, checks, flash messages. */
@MessageBundle("consultationMsg")
public interface ConsultationMessages {

    @Message("{#when kind}{#is INITIAL}Initial consultation{#is FOLLOW_UP}Follow-up{#is TELEHEALTH}Telehealth visit{#is PHONE}Phone call{/when}")
    String kind(ConsultationKind kind);

    @Message("{#when factor}{#is STRESS}Stress{#is FATIGUE}Fatigue{#is ANXIETY}Anxiety{#is PAIN}Pain{#is DISTRACTIONS}Distractions{#is MEDICAL_CONDITION}Medical condition{#is MEDICATION}Medication{#is OTHER}Other{/when}")
    String factor(DifficultyFactor factor);

    @Message("{#when sign}{#is TINGLING}Tingling{#is WARMTH}Warmth{#is LEAKING_OTHER_BREAST}Leaking from the other breast{#is MORE_SWALLOWING}Baby swallowing more often{#is NONE_FELT}None felt{/when}")
    String sign(LetdownSign sign);

    @Message("{#when trigger}{#is BABY_SUCKING}Baby sucking or nipple stimulation{#is BABY_CRY}Baby's cry{#is SIGHT_OR_SMELL_OF_BABY}Sight or smell of the baby{#is THINKING_OF_BABY}Thinking about the baby{#is USUAL_FEEDING_TIME}Usual feeding time{/when}")
    String trigger(LetdownTrigger trigger);

    @Message("{name}, born {date}")
    String babyBorn(String name, String date);

    @Message("{#switch key}"
            + "{#case 'L0'}0: too sleepy or reluctant, no latch achieved"
            + "{#case 'L1'}1: repeated attempts; holds nipple in mouth; stimulated to suck"
            + "{#case 'L2'}2: grasps breast, tongue down, lips flanged, rhythmic sucking"
            + "{#case 'A0'}0: none"
            + "{#case 'A1'}1: a few, with stimulation"
            + "{#case 'A2'}2: spontaneous and intermittent (under 24 h old) or frequent (over 24 h)"
            + "{#case 'T0'}0: inverted"
            + "{#case 'T1'}1: flat"
            + "{#case 'T2'}2: everted after stimulation"
            + "{#case 'C0'}0: engorged, cracked, bleeding, large blisters or bruises; severe discomfort"
            + "{#case 'C1'}1: filling, reddened, small blisters or bruises; mild to moderate discomfort"
            + "{#case 'C2'}2: soft, non-tender"
            + "{#case 'H0'}0: full assist (staff holds the infant at the breast)"
            + "{#case 'H1'}1: minimal assist; taught one side, the parent does the other"
            + "{#case 'H2'}2: no assist; the parent positions and holds the infant"
            + "{/switch}")
    String latchOption(String key);

    @Message("Not scored")
    String notScored();

    @Message("Choose the kind of visit.")
    String kindRequired();

    @Message("Enter the date and time of the visit.")
    String startedAtRequired();

    @Message("Enter a date and time such as 2026-03-14 10:30.")
    String invalidDateTime();

    @Message("The visit cannot be in the future.")
    String startedAtInFuture();

    @Message("The visit date is too long ago.")
    String startedAtTooOld();

    @Message("Enter a date as year-month-day, for example 2026-03-28.")
    String invalidDate();

    @Message("The follow-up cannot be before the visit.")
    String followUpBeforeVisit();

    @Message("The follow-up is more than a year away.")
    String followUpTooFar();

    @Message("Enter a whole number.")
    String notANumber();

    @Message("Enter a whole number from {min} to {max}.")
    String between(int min, int max);

    @Message("Choose 0, 1 or 2.")
    String latchItem();

    @Message("Score all five LATCH items, or none of them.")
    String latchIncomplete();

    @Message("Enter both test weights, before and after the feed.")
    String testWeightsTogether();

    @Message("Before and after weights differ by more than a feed can: check both.")
    String testWeightsImplausible();

    @Message("Choose this baby from the list.")
    String noBaby();

    @Message("Choose a sign from the list.")
    String unknownSign();

    @Message("Choose a trigger from the list.")
    String unknownTrigger();

    @Message("\"None felt\" cannot go with other signs.")
    String noneFeltWithOthers();

    @Message("Choose a factor from the list.")
    String unknownFactor();

    @Message("Choose the factor this row is about.")
    String factorRequired();

    @Message("Give the severity from 0 to 10.")
    String severityRequired();

    @Message("Name the {factor} in the detail.")
    String detailRequired(String factor);

    @Message("At most 500 characters.")
    String detailTooLong();

    @Message("{factor} is listed twice; keep one row for it.")
    String factorTwice(String factor);

    @Message("At most {max} difficulties in one consultation.")
    String tooManyDifficulties(int max);

    @Message("Someone else changed this consultation while you were editing. Their changes are saved; yours are shown below: check them and save again.")
    String staleConsultation();

    @Message("Consultation of {date} charted.")
    String created(String date);

    @Message("Consultation of {date} saved.")
    String saved(String date);

    // ---- re-scoring a follow-up's difficulties (issue 24)

    @Message("At the previous visit: severity {severity}. Score it again (0 = resolved) or remove it.")
    String carriedFrom(int severity);

    @Message("Remove this difficulty")
    String removeRow();

    @Message("A follow-up starts with the difficulties of the previous visit: score each again, 0 when it is resolved, or tick remove.")
    String rescoreHelp();

    @Message("no measurable transfer: re-weigh")
    String noMeasurableTransfer();

    @Message("The plan has been shared with {name} in the clinic's portal.")
    String planSharedInPortal(String name);

    @Message("The plan has not been shared with {name} through the portal (she has no portal account): give her the printed plan.")
    String planNotSharedNoPortal(String name);

    @Message("No care plan has been shared with {name} yet.")
    String noPlanShared(String name);
    // ------------------------------------------------------------ the consultation pages and the charting form

    @Message("Edit")
    String edit();

    @Message("Physician report")
    String physicianReport();

    @Message("Visit")
    String visit();

    @Message("Client")
    String client();

    @Message("Baby")
    String baby();

    @Message("Consultant")
    String consultant();

    @Message("Reason")
    String reason();

    @Message("Follow-up")
    String followUp();

    @Message("none planned")
    String nonePlanned();

    @Message("Measurements")
    String measurements();

    @Message("Letdown difficulties")
    String difficulties();

    @Message("Notes")
    String notes();

    @Message("Subjective")
    String subjective();

    @Message("Objective")
    String objective();

    @Message("Assessment")
    String assessment();

    @Message("Plan")
    String plan();

    @Message("Charted {date}.")
    String charted(String date);

    @Message("Charted {date}, last changed {changed}.")
    String chartedChanged(String date, String changed);

    @Message("not scored")
    String notScoredLower();

    @Message("Infant weight")
    String infantWeight();

    @Message("Test weights")
    String testWeights();

    @Message("{before} g before, {after} g after the feed: {ml} ml transferred")
    String transferred(String before, String after, int ml);

    @Message("Pain")
    String pain();

    @Message("Letdown signs")
    String signs();

    @Message("Triggers")
    String triggers();

    @Message("none recorded")
    String noneRecorded();

    @Message("None recorded.")
    String noneRecordedCap();

    @Message("Factor")
    String factorLabel();

    @Message("Severity (0-10)")
    String severity();

    @Message("Detail")
    String detail();

    @Message("{name} is discharged. You can still chart a visit; reactivate her on her page if she is back in care.")
    String dischargedNotice(String name);

    @Message("The visit")
    String theVisit();

    @Message("Kind of visit")
    String kindOfVisit();

    @Message("Date and time")
    String dateTime();

    @Message("Reason for the visit (the concern)")
    String reasonLabel();

    @Message("One line, for example: letdown slow to come; painful latch on the left.")
    String reasonHelp();

    @Message("Notes (SOAP)")
    String soap();

    @Message("Subjective: what the parent reports")
    String subjectiveLabel();

    @Message("Objective: what you observed")
    String objectiveLabel();

    @Message("Follow-up date")
    String followUpDate();

    @Message("Leave empty when no follow-up is planned.")
    String followUpHelp();

    @Message("More difficulty rows")
    String moreRows();

    @Message("Cancel")
    String cancel();

    @Message("LATCH score")
    String latchScore();

    @Message("Score each item 0, 1 or 2 (Jensen, Wallace and Kelsay, 1994), or leave all five unscored.")
    String latchHelp();

    @Message("L: latch")
    String latchL();

    @Message("A: audible swallowing")
    String latchA();

    @Message("T: type of nipple")
    String latchT();

    @Message("C: comfort (breast and nipple)")
    String latchC();

    @Message("H: hold (positioning)")
    String latchH();

    @Message("LATCH total:")
    String latchTotal();

    @Message("not all items scored")
    String notAllScored();

    @Message("Weights and pain")
    String weightsAndPain();

    @Message("Test weighing: same clothes and diaper before and after the feed; 1 g gained is about 1 ml of milk.")
    String testWeighHelp();

    @Message("Infant weight (g)")
    String infantWeightG();

    @Message("Before the feed (g)")
    String beforeFeed();

    @Message("After the feed (g)")
    String afterFeed();

    @Message("Pain (0-10)")
    String painLabel();

    @Message("0 no pain, 10 worst imaginable.")
    String painHelp();

    @Message("Milk transfer:")
    String milkTransfer();

    @Message("enter both weights")
    String enterBoth();

    @Message("Letdown signs observed")
    String signsObserved();

    @Message("Letdown triggers that work for her")
    String triggersWork();

    @Message("One row per factor that makes letdown hard, with its severity from 0 (none) to 10 (worst). Name the condition or the medicine in the detail. Empty rows are ignored.")
    String rowsHelp();

    @Message("Difficulty {number}")
    String difficultyNumber(int number);

    @Message("(none)")
    String noneOption();

    @Message("Need more rows? Use \"More difficulty rows\" below the form: nothing is saved or lost.")
    String moreRowsHelp();

    @Message("Edit consultation")
    String editConsultation();

    @Message("Consultation of {date}")
    String consultationOf(String date);

    @Message("Save changes")
    String saveChanges();

    @Message("Chart a consultation")
    String chartConsultation();

    @Message("Save consultation")
    String saveConsultation();

    // ------------------------------------------------------------ the physician report (a letter in the language chosen for it)

    @Message("Physician report")
    String reportTitle();

    @Message("Letter in:")
    String letterIn();

    @Message("Print")
    String print();

    @Message("Use your browser's Print to print or save as PDF; the page prints as a one-page letter.")
    String printHelp();

    @Message("To the physician of {name}")
    String toPhysicianOf(String name);

    @Message("the baby of {name}")
    String babyOf(String name);

    @Message("Lactation consultation: {name}")
    String subject(String name);

    @Message("(born {date})")
    String clientBorn(String date);

    @Message("Dear Doctor,")
    String dear();

    @Message("I saw {client} on {date} ({kind}). This letter summarises what I found and what we agreed.")
    String iSaw(String client, String date, String kind);

    @Message("I saw {client} and {baby} on {date} ({kind}). This letter summarises what I found and what we agreed.")
    String iSawBoth(String client, String baby, String date, String kind);

    @Message("Concern")
    String concern();

    @Message("Breastfeeding and milk letdown.")
    String defaultConcern();

    @Message("Findings")
    String findings();

    @Message("What makes letdown difficult")
    String whatMakesDifficult();

    @Message("Plan and follow-up")
    String planAndFollowUp();

    @Message("No plan recorded.")
    String noPlanRecorded();

    @Message("Care plan in place")
    String carePlanInPlace();

    @Message("Follow-up planned on")
    String followUpPlannedOn();

    @Message("No follow-up planned.")
    String noFollowUpPlanned();

    @Message("Please contact us with any question.")
    String contactUs();

    @Message("Kind regards,")
    String regards();

    // ------------------------------------------------------------ the letter's recipient

    @Message("To the physician of {name}, born {date}")
    String toPhysicianOfBorn(String name, String date);
}
