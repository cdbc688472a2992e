package clinic.letdown.intake;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the intake questionnaire: sections, questions, answers, checks, the summary's flags. Spanish: messages/intakeMsg_es.properties. */
@MessageBundle("intakeMsg")
public interface IntakeMessages {

    @Message("{#when section}{#is BIRTH}The birth{#is FEEDING}Feeding so far{#is BREAST}Breast history{#is HEALTH}Your health{#is BABY}Your baby{#is HOPES}What you hope for{#is MOOD}How you have been feeling{/when}")
    String section(IntakeSection section);

    @Message("{#when answer}{#is YES}Yes{#is NO}No{#is UNSURE}Not sure{/when}")
    String answer(IntakeChoices.Answer answer);

    @Message("{#when mode}{#is VAGINAL}Vaginal birth{#is ASSISTED}Assisted vaginal birth (forceps or vacuum){#is PLANNED_CAESAREAN}Planned caesarean{#is UNPLANNED_CAESAREAN}Unplanned caesarean{/when}")
    String birthMode(IntakeChoices.BirthMode mode);

    @Message("{#when method}{#is BREAST}At the breast{#is EXPRESSED}Expressed breast milk{#is FORMULA}Formula{/when}")
    String feedingMethod(IntakeChoices.FeedingMethod method);

    @Message("{#when type}{#is HOSPITAL_GRADE}Hospital-grade (rented){#is DOUBLE_ELECTRIC}Double electric{#is SINGLE_ELECTRIC}Single electric{#is WEARABLE}Wearable{#is MANUAL}Hand pump{/when}")
    String pumpType(IntakeChoices.PumpType type);

    @Message("{#when surgery}{#is REDUCTION}Breast reduction{#is AUGMENTATION}Breast augmentation (implants){#is BIOPSY}Biopsy or lump removed{/when}")
    String surgery(IntakeChoices.BreastSurgery surgery);

    @Message("{#when condition}{#is THYROID}Thyroid disease{#is PCOS}Polycystic ovary syndrome (PCOS){#is DIABETES}Diabetes (including in pregnancy){#is HIGH_BLOOD_PRESSURE}High blood pressure{#is RETAINED_PLACENTA}Retained placenta{/when}")
    String condition(IntakeChoices.HealthCondition condition);

    @Message("{#when tie}{#is NOT_ASSESSED}Not checked{#is NO_TIE}Checked: no tongue-tie{#is TIE_FOUND}Checked: tongue-tie found{#is TIE_RELEASED}Tongue-tie released{/when}")
    String tongueTie(IntakeChoices.TongueTie tie);

    @Message("{#when score}{#is 0}Not at all{#is 1}Several days{#is 2}More than half the days{#is 3}Nearly every day{/when}")
    String phqOption(int score);

    @Message("Before your first visit")
    String title();

    @Message("Intake of {name}")
    String consultantTitle(String name);

    @Message("These questions help your consultant prepare for your first visit. Answer what you can; you can save each part and come back later. When you are done, send it to the clinic.")
    String intro();

    @Message("Part {number} of {count}")
    String sectionOf(int number, int count);

    @Message("saved")
    String saved();

    @Message("not answered yet")
    String notStarted();

    @Message("Answer")
    String open();

    @Message("Change")
    String change();

    @Message("Amend")
    String amend();

    @Message("Save and continue")
    String saveAndNext();

    @Message("Save")
    String saveAndBack();

    @Message("Back to all parts")
    String backToOverview();

    @Message("Send to the clinic")
    String submit();

    @Message("Once sent, your answers can no longer be changed here; tell your consultant if something changes.")
    String submitHelp();

    @Message("Mark as complete")
    String submitForHer();

    @Message("Sent to the clinic on {date}. Thank you.")
    String submitted(String date);

    @Message("Submitted on {date} by {who}.")
    String submittedStaff(String date, String who);

    @Message("Not submitted yet: she can still change it.")
    String draft();

    @Message("Saved: {section}.")
    String sectionSaved(String section);

    @Message("Thank you: your answers are with the clinic.")
    String thanks();

    @Message("The intake is marked complete.")
    String markedComplete();

    @Message("You have already sent your answers: they can no longer be changed here. Tell your consultant what changed.")
    String alreadySubmitted();

    @Message("Someone else saved this part meanwhile; your answers are kept here: check them and save again.")
    String stale();

    @Message("Tell us about you and your baby before your first visit")
    String offer();

    @Message("Continue your questions for the first visit")
    String offerContinue();

    @Message("No intake yet. You can fill it in with her.")
    String none();

    @Message("Fill in the intake with her")
    String fillWithHer();

    @Message("Full intake")
    String viewIntake();

    @Message("Intake")
    String summaryHeading();

    @Message("No answer flagged.")
    String noFlags();

    @Message("Flagged answers")
    String flagsHeading();

    @Message("not answered")
    String notAnswered();

    @Message("Talk with her about her mood at this visit, and consider a referral:")
    String moodSuggestion();

    @Message("Referral for mood and perinatal depression")
    String moodStrategy();

    @Message("Mood screen (PHQ-2) score {score} of 6 (positive from {cutOff}).")
    String flagMood(int score, int cutOff);

    @Message("Blood loss over {ml} ml at birth: milk may come in later or less.")
    String flagBloodLoss(int ml);

    @Message("Breast surgery: {what}.")
    String flagBreastSurgery(String what);

    @Message("Supplements: {ml} ml a day.")
    String flagSupplements(int ml);

    @Message("Supplements: formula (amount not given).")
    String flagFormula();

    @Message("Medications and supplements: {what}")
    String flagMedications(String what);

    @Message("Conditions that can affect supply: {what}.")
    String flagConditions(String what);

    @Message("Date of birth of your baby")
    String birthDateLabel();

    @Message("How was your baby born?")
    String birthModeLabel();

    @Message("Weeks of pregnancy at birth")
    String gestationLabel();

    @Message("A whole number from {min} to {max}; 40 is full term.")
    String gestationHelp(int min, int max);

    @Message("Did you lose more than {ml} ml of blood at the birth (a large bleed)?")
    String bloodLossLabel(int ml);

    @Message("Any complications at the birth?")
    String complicationsLabel();

    @Message("How is your baby fed now? (tick all that apply)")
    String feedingMethodsLabel();

    @Message("Supplement (expressed milk or formula) per day, in ml")
    String supplementLabel();

    @Message("About how much in 24 hours, 0 to {max} ml; 30 ml is about 1 ounce.")
    String supplementHelp(int max);

    @Message("Do you use nipple shields?")
    String shieldsLabel();

    @Message("Do you pump?")
    String pumpingLabel();

    @Message("Which pump?")
    String pumpTypeLabel();

    @Message("Have you had breast surgery? (tick all that apply)")
    String breastSurgeryLabel();

    @Message("Did your breasts change in pregnancy (grow, feel fuller or tender)?")
    String breastChangesLabel();

    @Message("Do you have any of these? (tick all that apply)")
    String conditionsLabel();

    @Message("Medicines and supplements you take (with doses if you know them)")
    String medicationsLabel();

    @Message("Alcoholic drinks per week")
    String alcoholLabel();

    @Message("A whole number from 0 to {max}.")
    String alcoholHelp(int max);

    @Message("Do you smoke or vape?")
    String smokingLabel();

    @Message("Feeds in 24 hours")
    String feedsLabel();

    @Message("Wet diapers in 24 hours")
    String wetLabel();

    @Message("Dirty diapers in 24 hours")
    String dirtyLabel();

    @Message("A whole number from 0 to {max}.")
    String countHelp(int max);

    @Message("Has your baby had jaundice (yellow skin)?")
    String jaundiceLabel();

    @Message("Has your baby been checked for tongue-tie?")
    String tongueTieLabel();

    @Message("Your baby's recent weight checks (dates and weights if you have them)")
    String weightChecksLabel();

    @Message("What do you hope for from breastfeeding and from our visits?")
    String hopesLabel();

    @Message("Over the last 2 weeks, how often have you been bothered by the following? There are no right answers; your consultant reads this to support you.")
    String moodIntro();

    @Message("Little interest or pleasure in doing things")
    String phqInterestLabel();

    @Message("Feeling down, depressed, or hopeless")
    String phqDownLabel();

    @Message("If you ever have thoughts of harming yourself or your baby, call 988 (Suicide and Crisis Lifeline) or 911 now.")
    String moodHelp();

    @Message("No answer")
    String noAnswer();

    @Message("Enter a date as YYYY-MM-DD.")
    String invalidDate();

    @Message("Enter a date in the last {years} years, not in the future.")
    String birthDateRange(int years);

    @Message("Enter a whole number from {min} to {max}.")
    String wholeNumber(int min, int max);

    @Message("Keep this under {max} characters.")
    String tooLong(int max);

    @Message("Choose one of the answers offered.")
    String unknownChoice();

    @Message("You said you do not pump: leave the pump empty, or change the answer above.")
    String pumpTypeWithoutPumping();

    @Message("Tick expressed milk or formula above, or enter 0.")
    String supplementWithoutSource();

    @Message("Answer both questions (or neither).")
    String answerBoth();

    @Message("The clinic does not use the intake questionnaire.")
    String disabled();
}
