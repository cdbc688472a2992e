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
}
