package clinic.letdown.intake;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.intake.IntakeChoices.Answer;
import clinic.letdown.intake.IntakeChoices.FeedingMethod;

/** Her intake with the answers that matter flagged for the consultant (client page, first visit's charting form). */
@TemplateData
public record IntakeSummary(Intake intake, List<Flag> flags) {

    /**
     * A PHQ-2 score at or above this is a positive screen: Kroenke K, Spitzer RL, Williams JBW, "The
     * Patient Health Questionnaire-2: validity of a two-item depression screener", Med Care
     * 2003;41(11):1284-92 (cut-off 3: sensitivity 83%, specificity 92% for major depression). The
     * PHQ was developed with a grant from Pfizer, which states no permission is needed to use it.
     */
    public static final int PHQ2_POSITIVE = 3;

    /**
     * The question asks about blood loss of more than this many ml at birth: the WHO definition of a
     * postpartum haemorrhage (WHO recommendations for the prevention and treatment of postpartum
     * haemorrhage, 2012: 500 ml or more within 24 hours). A large loss can delay or lower milk
     * production (Thompson JF et al., "Women's breastfeeding experiences following a significant
     * primary postpartum haemorrhage", Int Breastfeed J 2010;5:5). See docs/intake.md.
     */
    public static final int BLOOD_LOSS_ML = 500;

    /** The library's referral strategy for mood (migration V68 gives it this id). */
    public static final long MOOD_REFERRAL_STRATEGY_ID = 65;

    /** What a flag is about. */
    public enum Concern {
        MOOD, BLOOD_LOSS, BREAST_SURGERY, SUPPLEMENTS, MEDICATIONS, CONDITIONS
    }

    /** A flagged answer: what it is about and its words for the consultant. */
    @TemplateData
    public record Flag(Concern concern, String text) {

        public boolean isMood() {
            return concern == Concern.MOOD;
        }
    }

    /** The flags of an intake, most urgent first; the words come from {@code m}. */
    public static IntakeSummary of(Intake intake, IntakeMessages m) {
        List<Flag> flags = new ArrayList<>();
        if (intake != null) {
            Integer phq = intake.phqScore();
            if (phq != null && phq >= PHQ2_POSITIVE) {
                flags.add(new Flag(Concern.MOOD, m.flagMood(phq, PHQ2_POSITIVE)));
            }
            if (intake.bloodLossOver500 == Answer.YES) {
                flags.add(new Flag(Concern.BLOOD_LOSS, m.flagBloodLoss(BLOOD_LOSS_ML)));
            }
            if (!intake.breastSurgery().isEmpty()) {
                flags.add(new Flag(Concern.BREAST_SURGERY, m.flagBreastSurgery(String.join(", ", intake.breastSurgery().stream().map(m::surgery).toList()))));
            }
            boolean formula = intake.feedingMethods().contains(FeedingMethod.FORMULA);
            if (formula || intake.supplementMlPerDay != null && intake.supplementMlPerDay > 0) {
                flags.add(new Flag(Concern.SUPPLEMENTS, intake.supplementMlPerDay == null ? m.flagFormula()
                        : m.flagSupplements(intake.supplementMlPerDay)));
            }
            if (intake.medications != null) {
                flags.add(new Flag(Concern.MEDICATIONS, m.flagMedications(intake.medications)));
            }
            if (!intake.healthConditions().isEmpty()) {
                flags.add(new Flag(Concern.CONDITIONS, m.flagConditions(String.join(", ", intake.healthConditions().stream().map(m::condition).toList()))));
            }
        }
        return new IntakeSummary(intake, flags);
    }

    public boolean isStarted() {
        return intake != null;
    }

    public boolean isMoodFlagged() {
        return flags.stream().anyMatch(Flag::isMood);
    }

    public long moodStrategyId() {
        return MOOD_REFERRAL_STRATEGY_ID;
    }
}
