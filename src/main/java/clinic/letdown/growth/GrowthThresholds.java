package clinic.letdown.growth;

/** The thresholds a growth assessment applies (the clinic's {@link GrowthSettings}); see docs/growth.md for sources. */
public record GrowthThresholds(int lossReviewPercent, int lossUrgentPercent, int regainedByDay, int minGainGramsPerDay,
        int gainFromDay, int gainUntilDay, int centileLinesFall) {

    /** The defaults of V74 (and docs/growth.md). */
    public static final GrowthThresholds DEFAULTS = new GrowthThresholds(7, 10, 14, 20, 5, 91, 2);
}
