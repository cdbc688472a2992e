package clinic.letdown.growth;

import io.quarkus.qute.TemplateData;

/**
 * One weight with what is computed from it: age in days (and corrected age for a preterm baby),
 * change from birth weight, grams per day since the previous and since the lowest weight, and the
 * WHO weight-for-age z-score and centile. Each computed value is null where it cannot be computed.
 */
@TemplateData
public record WeightRow(Measurement measurement, Integer ageDays, Integer correctedAgeDays, Integer changeGrams,
        Double changePercent, Double gramsPerDaySincePrevious, Double gramsPerDaySinceLowest, Double z, Double centile) {

    public int grams() {
        return measurement.grams();
    }

    /** The age the WHO standard is read at: the corrected age of a preterm baby, else the age. */
    public Integer standardAgeDays() {
        return correctedAgeDays != null ? correctedAgeDays : ageDays;
    }

    /** How many of the five WHO chart lines lie at or below this weight; null without a z-score. */
    public Integer linesAtOrBelow() {
        return z == null ? null : Centiles.linesAtOrBelow(z);
    }
}
