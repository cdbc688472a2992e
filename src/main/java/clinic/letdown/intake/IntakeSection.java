package clinic.letdown.intake;

import jakarta.ws.rs.NotFoundException;

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

    /** The section of a URL's slug; a slug that names none is a page that does not exist (404). */
    public static IntakeSection load(String slug) {
        IntakeSection section = ofSlug(slug);
        if (section == null) {
            throw new NotFoundException();
        }
        return section;
    }

    /** The section after this one, or null after the last. */
    public IntakeSection next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    public int number() {
        return ordinal() + 1;
    }
}
