package clinic.letdown.careplan;

import java.util.EnumSet;
import java.util.Set;

/**
 * FHIR CarePlan status (the subset a clinic uses). At most one ACTIVE plan per client.
 * A draft is activated or revoked; an active plan is paused, completed or revoked; a paused plan
 * resumes, is completed or revoked. COMPLETED and REVOKED are final.
 */
public enum CarePlanStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, REVOKED;

    /** Where a plan in this status may go next, in the order the page offers them. */
    public Set<CarePlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, REVOKED);
            case ACTIVE -> EnumSet.of(ON_HOLD, COMPLETED, REVOKED);
            case ON_HOLD -> EnumSet.of(ACTIVE, COMPLETED, REVOKED);
            case COMPLETED, REVOKED -> EnumSet.noneOf(CarePlanStatus.class);
        };
    }

    public boolean canMoveTo(CarePlanStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Same as {@link #isFinal()}, named for templates. */
    public boolean isTerminal() {
        return isFinal();
    }

    public boolean isActivation() {
        return this == ACTIVE;
    }

    /** Goals, activities and details may still change. */
    public boolean isEditable() {
        return !isFinal();
    }
}
