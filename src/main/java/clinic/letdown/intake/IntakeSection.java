package clinic.letdown.intake;

/** The sections of the intake questionnaire, in the order she fills them; stored by name. */
public enum IntakeSection {
    BIRTH, FEEDING, BREAST, HEALTH, BABY, HOPES, MOOD;

    /** As in a URL: /portal/intake/birth. */
    public String slug() {
        return name().toLowerCase();
    }

    /** The section of a URL's slug, or null. */
    public static IntakeSection ofSlug(String slug) {
        for (IntakeSection section : values()) {
            if (section.slug().equals(slug)) {
                return section;
            }
        }
        return null;
    }

    /** The section after this one, or null after the last. */
    public IntakeSection next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    public int number() {
        return ordinal() + 1;
    }
}
