package clinic.letdown.growth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the growth feature: pages ({growthMsg:key}), checks, charts. Spanish: messages/growthMsg_es.properties. */
@MessageBundle("growthMsg")
public interface GrowthMessages {

    // ---- flags (the reason each one gives)

    @Message("Flags about the babies' weight")
    String alertsHeading();

    @Message("See the growth of {name}")
    String seeGrowth(String name);

    @Message("{percent}% below birth weight (more than {threshold}%): urgent, contact the baby's doctor.")
    String lossUrgent(String percent, int threshold);

    @Message("{percent}% below birth weight (more than {threshold}%): review feeding.")
    String lossReview(String percent, int threshold);

    @Message("Still below birth weight on day {day} (expected back to birth weight by day {threshold}).")
    String notRegained(int day, int threshold);

    @Message("Gaining {grams} g a day since the weight before (less than {threshold} g a day).")
    String slowGain(String grams, int threshold);

    @Message("Fell across {lines} centile lines: from the {from}th centile or above to below the {to}th.")
    String centileFall(int lines, int from, int to);

    // ---- the client page's growth section

    @Message("Growth of {name}")
    String growthOf(String name);

    @Message("Record a weigh-in")
    String recordWeighIn();

    @Message("for {name}")
    String forBaby(String name);

    @Message("No weight recorded after birth yet.")
    String noWeightsYet();

    @Message("Read against the WHO Child Growth Standards (2006) weight-for-age for girls.")
    String standardGirls();

    @Message("Read against the WHO Child Growth Standards (2006) weight-for-age for boys.")
    String standardBoys();

    @Message("Sex not recorded: no WHO z-score or centile is shown, since the standards for girls and boys differ.")
    String sexNotRecorded();

    @Message("Record the sex of {name}")
    String recordSex(String name);

    @Message("Born at {weeks} weeks: plotted and scored at corrected age ({correction} weeks less) until 24 months.")
    String correctedAge(Integer weeks, int correction);

    @Message("Date of birth not recorded: ages and z-scores cannot be computed.")
    String noDateOfBirth();

    @Message("Birth weight not recorded: no change from birth weight.")
    String noBirthWeight();

    @Message("Weights of {name}")
    String tableLabel(String name);

    @Message("Weights of {name} with their change from birth, daily gain, WHO z-score and centile (the chart's data)")
    String tableCaption(String name);

    @Message("Date")
    String colDate();

    @Message("Day of life")
    String colAge();

    @Message("Measured at")
    String colMeasuredAt();

    @Message("Weight")
    String colWeight();

    @Message("Change from birth")
    String colChange();

    @Message("g/day since previous")
    String colPerDayPrevious();

    @Message("g/day since lowest")
    String colPerDayLowest();

    @Message("WHO z-score")
    String colZ();

    @Message("Centile")
    String colCentile();

    @Message("corrected {day}")
    String corrected(int day);

    @Message("Birth")
    String atBirth();

    @Message("Weigh-in")
    String weighIn();

    @Message("clothed")
    String clothed();

    @Message("naked")
    String naked();

    // ---- the chart

    @Message("Weight of {name} on the WHO centiles")
    String chartTitle(String name);

    @Message("Weight of {name} in grams by age in days, {count} weights, over the WHO weight-for-age centile curves for {sex} (3rd, 15th, 50th, 85th and 97th). The table below gives every weight with its z-score and centile.")
    String chartDescription(String name, int count, String sex);

    @Message("girls")
    String chartGirls();

    @Message("boys")
    String chartBoys();

    @Message("Weight of {name} in grams by age in days, {count} weights; no WHO centile curves, since the baby's sex is not recorded. The table below gives every weight.")
    String chartDescriptionNoSex(String name, int count);

    @Message("grams")
    String gramsAxis();

    @Message("{line} centile")
    String centileCurve(String line);

    @Message("{#if n == 3}3rd{#else}{n}th{/if}")
    String line(int n);

    @Message("{grams} g on {date} (day {day})")
    String weightPoint(String grams, String date, int day);

    @Message("{months} mo")
    String axisMonths(String months);

    @Message("day {day}")
    String axisDay(int day);

    // ---- the physician report

    @Message("Weight")
    String letterHeading();

    @Message("Latest weight {grams} g on {date}")
    String letterLatest(String grams, String date);

    @Message("(day {day} of life)")
    String letterAge(int day);

    @Message("Corrected age {day} days (born {weeks} weeks early).")
    String letterCorrected(int day, int weeks);

    @Message("{change} g ({percent}%) from the birth weight of {birth} g.")
    String letterChange(String change, String percent, String birth);

    @Message("WHO weight-for-age (2006): z-score {z}, centile {centile}.")
    String letterZ(String z, String centile);

    @Message("The baby's sex is not recorded, so no WHO z-score is given.")
    String letterNoSex();

    @Message("No WHO z-score at this age.")
    String letterNoZ();

    @Message("No weight flag at this weight.")
    String letterNoFlags();

    // ---- the weigh-in form

    @Message("Weigh-in of {name}")
    String weighInTitle(String name);

    @Message("Date weighed")
    String weighedOnLabel();

    @Message("Weight (grams)")
    String gramsLabel();

    @Message("In grams, 300 to 25,000: 3.42 kg is 3420.")
    String gramsHelp();

    @Message("Weighed")
    String clothingLegend();

    @Message("Naked is best; a clothed weight reads higher by the clothes and diaper.")
    String clothingHelp();

    @Message("Scale (optional)")
    String scaleLabel();

    @Message("Which scale, for example \"clinic scale 2\" or \"home scale\".")
    String scaleHelp();

    @Message("Save weigh-in")
    String saveWeighIn();

    @Message("Cancel")
    String cancel();

    @Message("Enter the date the baby was weighed.")
    String dateRequired();

    @Message("Enter a date as year-month-day, for example 2026-03-14.")
    String invalidDate();

    @Message("The date cannot be in the future.")
    String dateInFuture();

    @Message("The date is before {name} was born.")
    String dateBeforeBirth(String name);

    @Message("Enter the weight in grams.")
    String weightRequired();

    @Message("Enter the weight as a whole number of grams, for example 3420.")
    String weightNotANumber();

    @Message("Enter a weight from {min} to {max} grams.")
    String weightBetween(int min, int max);

    @Message("Choose naked or clothed.")
    String chooseClothing();

    @Message("Use at most {max} characters.")
    String scaleTooLong(int max);

    @Message("Weigh-in of {name} saved: {grams} g on {date}.")
    String weighInSaved(String name, String grams, String date);

    // ---- the baby's form

    @Message("Sex")
    String sexLegend();

    @Message("The WHO growth standards differ for girls and boys.")
    String sexHelp();

    @Message("Female")
    String sexFemale();

    @Message("Male")
    String sexMale();

    @Message("Not recorded")
    String sexNotRecordedChoice();

    @Message("Birth length (cm)")
    String birthLengthLabel();

    @Message("25.0 to 65.0 cm, one decimal.")
    String birthLengthHelp();

    @Message("Head circumference at birth (cm)")
    String headLabel();

    @Message("18.0 to 45.0 cm, one decimal.")
    String headHelp();

    // ---- the admin page

    @Message("Growth thresholds")
    String settingsTitle();

    @Message("Administration")
    String administration();

    @Message("The thresholds of the flags consultants see on a baby's weights, and whether clients see their baby's weights in the portal. docs/growth.md names the source of every default.")
    String settingsIntro();

    @Message("Flags")
    String settingsFlags();

    @Message("Review feeding: loss of more than (% of birth weight)")
    String lossReviewLabel();

    @Message("Default {value}: AAP, Breastfeeding and the Use of Human Milk (2005).")
    String lossReviewHelp(int value);

    @Message("Urgent, contact the baby's doctor: loss of more than (% of birth weight)")
    String lossUrgentLabel();

    @Message("Default {value}: NICE guideline NG75 (2017), recommendation 1.1.2.")
    String lossUrgentHelp(int value);

    @Message("Back to birth weight by day")
    String regainedByLabel();

    @Message("Default {value}: a clinic default; NICE NG75 1.1.1 says most infants are back to birth weight by 3 weeks (21).")
    String regainedByHelp(int value);

    @Message("Slow gain: less than (g/day)")
    String minGainLabel();

    @Message("Default {value}: a clinic default, not a guideline figure.")
    String minGainHelp(int value);

    @Message("Slow gain checked from day")
    String gainFromLabel();

    @Message("Default {value}: a clinic default (the first days' loss is normal).")
    String gainFromHelp(int value);

    @Message("Slow gain checked before day")
    String gainUntilLabel();

    @Message("Default {value} (3 months): a clinic default.")
    String gainUntilHelp(int value);

    @Message("Fall across this many centile lines (3rd, 15th, 50th, 85th, 97th)")
    String centileLinesLabel();

    @Message("Default {value}: a clinic default adapted from NICE NG75 1.2.1 (2 centile spaces).")
    String centileLinesHelp(int value);

    @Message("Clients see their baby's weights in the portal")
    String visibilityLegend();

    @Message("Weights only, in plain words; never z-scores or flags.")
    String visibilityHelp();

    @Message("Shown")
    String weightsShown();

    @Message("Not shown")
    String weightsHidden();

    @Message("Save")
    String saveSettings();

    @Message("The urgent loss must be higher than the review loss.")
    String urgentAboveReview();

    @Message("The last day must come after the first day.")
    String untilAfterFrom();

    @Message("Choose shown or not shown.")
    String chooseVisibility();

    @Message("Enter a whole number from {min} to {max}.")
    String numberRequired(int min, int max);

    @Message("Enter a whole number from {min} to {max}.")
    String wholeNumber(int min, int max);

    @Message("Growth thresholds saved.")
    String settingsSaved();

    @Message("Growth")
    String adminCardTitle();

    @Message("The thresholds of the weight flags, and whether clients see their baby's weights.")
    String adminCardText();

    // ---- the portal

    @Message("Your baby's weights")
    String portalTitle();

    @Message("See your baby's weights")
    String portalLink();

    @Message("Your consultant will go over your baby's weight with you at your visits.")
    String portalNotShown();

    @Message("The weights your consultant recorded, oldest first.")
    String portalIntro();

    @Message("Birth weight: {grams} g.")
    String portalBirth(String grams);

    @Message("No weight recorded since birth yet.")
    String portalNone();

    @Message("{grams} g on {date}, {difference} g more than at birth")
    String portalMore(String grams, String date, String difference);

    @Message("{grams} g on {date}, {difference} g less than at birth")
    String portalLess(String grams, String date, String difference);

    @Message("{grams} g on {date}, the same as at birth")
    String portalSame(String grams, String date);

    @Message("{grams} g on {date}")
    String portalPlain(String grams, String date);

    @Message("Questions about your baby's weight? Ask your consultant at your next visit or call the clinic.")
    String portalAsk();
}
