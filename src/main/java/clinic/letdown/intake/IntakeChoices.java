package clinic.letdown.intake;

/** The closed answers of the intake questionnaire; each stored by name, so never rename a constant. */
public final class IntakeChoices {

    private IntakeChoices() {
    }

    /** A yes-or-no question she may not be sure about. */
    public enum Answer {
        YES, NO, UNSURE
    }

    public enum BirthMode {
        VAGINAL, ASSISTED, PLANNED_CAESAREAN, UNPLANNED_CAESAREAN
    }

    public enum FeedingMethod {
        BREAST, EXPRESSED, FORMULA
    }

    public enum PumpType {
        HOSPITAL_GRADE, DOUBLE_ELECTRIC, SINGLE_ELECTRIC, WEARABLE, MANUAL
    }

    public enum BreastSurgery {
        REDUCTION, AUGMENTATION, BIOPSY
    }

    /** Conditions that can lower milk supply or delay it (the reference text, "medical conditions"). */
    public enum HealthCondition {
        THYROID, PCOS, DIABETES, HIGH_BLOOD_PRESSURE, RETAINED_PLACENTA
    }

    public enum TongueTie {
        NOT_ASSESSED, NO_TIE, TIE_FOUND, TIE_RELEASED
    }
}
