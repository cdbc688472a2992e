package clinic.letdown.consultation;

/** What hinders letdown. MEDICAL_CONDITION and MEDICATION need a detail that names it. */
public enum DifficultyFactor {
    STRESS, FATIGUE, ANXIETY, PAIN, DISTRACTIONS, MEDICAL_CONDITION, MEDICATION, OTHER;

    public boolean needsDetail() {
        return this == MEDICAL_CONDITION || this == MEDICATION;
    }
}
