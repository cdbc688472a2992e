package clinic.letdown.growth;

import io.quarkus.qute.TemplateData;

/**
 * A red flag about the baby's latest weight, with what its reason says: the loss in % of birth weight,
 * the day of life, the grams per day, or the centile lines crossed; and the threshold it passed.
 */
@TemplateData
public record GrowthFlag(Kind kind, double value, int day, int threshold, int fromCentile, int toCentile) {

    public enum Kind {
        /** More than the urgent % of birth weight lost: contact the baby's doctor. */
        LOSS_URGENT,
        /** More than the review % of birth weight lost: review feeding. */
        LOSS_REVIEW,
        /** Below birth weight on or after the day it should be regained by. */
        NOT_REGAINED,
        /** Gaining fewer grams per day than the minimum, in the window after the first days. */
        SLOW_GAIN,
        /** Fallen across two (or the set number of) major centile lines. */
        CENTILE_FALL
    }

    /** The number of centile lines crossed (for {@link Kind#CENTILE_FALL}). */
    public int lines() {
        return (int) value;
    }

    public boolean urgent() {
        return kind == Kind.LOSS_URGENT;
    }
}
