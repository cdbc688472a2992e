package clinic.letdown.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import clinic.letdown.client.Baby;
import clinic.letdown.client.BabySex;

/** The computed values and each flag at its threshold: just under, at, just over (the default thresholds). */
class GrowthAssessmentTest {

    private static final LocalDate BORN = LocalDate.of(2026, 1, 1);
    private static final GrowthThresholds T = GrowthThresholds.DEFAULTS;

    private static Baby baby(BabySex sex, Integer weeks, Integer birthGrams) {
        Baby baby = new Baby();
        baby.name = "Test";
        baby.dateOfBirth = BORN;
        baby.gestationalAgeWeeks = weeks;
        baby.birthWeightGrams = birthGrams;
        baby.sex = sex;
        return baby;
    }

    private static Measurement weight(int day, int grams) {
        return Measurement.atWeighIn(BORN.plusDays(day), grams, false, null);
    }

    private static List<GrowthFlag.Kind> flags(Baby baby, Measurement... weights) {
        return GrowthAssessment.of(baby, List.of(weights), T).flags().stream().map(GrowthFlag::kind).toList();
    }

    @Test
    void eachWeightGetsItsAgeChangeDailyGainsZScoreAndCentile() {
        Baby baby = baby(BabySex.MALE, 39, 3400);
        GrowthAssessment.Result result = GrowthAssessment.of(baby, List.of(weight(10, 3300), weight(3, 3160), weight(5, 3200)), T);
        List<WeightRow> rows = result.rows();
        assertEquals(4, rows.size(), "birth and three weights, in date order");
        assertTrue(rows.get(0).measurement().atBirth());
        WeightRow day3 = rows.get(1);
        assertEquals(3, day3.ageDays());
        assertNull(day3.correctedAgeDays(), "term baby");
        assertEquals(-240, day3.changeGrams());
        assertEquals(-7.0588, day3.changePercent(), 0.0001);
        assertEquals(-80, day3.gramsPerDaySincePrevious(), 1e-9);
        assertNull(day3.gramsPerDaySinceLowest(), "the lowest weight so far");
        WeightRow day10 = rows.get(3);
        assertEquals(20, day10.gramsPerDaySincePrevious(), 1e-9, "(3300 - 3200) / 5 days");
        assertEquals(20, day10.gramsPerDaySinceLowest(), 1e-9, "(3300 - 3160) / 7 days");
        // z at day 10 from the WHO boys' row for day 10 (L 0.2681, M 3.5941, S 0.14339)
        assertEquals(new Lms(0.2681, 3.5941, 0.14339).z(3.3), day10.z(), 1e-9);
        assertEquals(Centiles.of(day10.z()), day10.centile(), 1e-9);
        assertEquals(0, result.correctionDays());
    }

    @Test
    void withoutASexThereIsNoZScoreAndNoCentileFlag() {
        Baby baby = baby(BabySex.NOT_RECORDED, 39, 3400);
        WeightRow row = GrowthAssessment.of(baby, List.of(weight(20, 2000)), T).rows().get(1);
        assertNull(row.z());
        assertNull(row.centile());
        assertTrue(!flags(baby, weight(20, 2000)).contains(GrowthFlag.Kind.CENTILE_FALL));
    }

    @Test
    void lossOfMoreThan7PercentIsReviewFeeding() {
        Baby baby = baby(BabySex.FEMALE, 39, 3000); // 7% of 3000 g is 210 g
        assertEquals(List.of(), flags(baby, weight(4, 2791)), "6.97%: just under");
        assertEquals(List.of(), flags(baby, weight(4, 2790)), "7%: at, not more than");
        assertEquals(List.of(GrowthFlag.Kind.LOSS_REVIEW), flags(baby, weight(4, 2789)), "7.03%: just over");
    }

    @Test
    void lossOfMoreThan10PercentIsUrgentInsteadOfReview() {
        Baby baby = baby(BabySex.FEMALE, 39, 3000); // 10% is 300 g
        assertEquals(List.of(GrowthFlag.Kind.LOSS_REVIEW), flags(baby, weight(4, 2701)));
        assertEquals(List.of(GrowthFlag.Kind.LOSS_REVIEW), flags(baby, weight(4, 2700)), "10%: at");
        assertEquals(List.of(GrowthFlag.Kind.LOSS_URGENT), flags(baby, weight(4, 2699)));
        GrowthFlag flag = GrowthAssessment.of(baby, List.of(weight(4, 2699)), T).flags().get(0);
        assertEquals(10.0333, flag.value(), 0.0001);
        assertTrue(flag.urgent());
    }

    @Test
    void notBackToBirthWeightByDay14() {
        Baby baby = baby(BabySex.FEMALE, 39, 3000);
        // gaining well from day 10, so only the regain flag can show
        assertEquals(List.of(), flags(baby, weight(10, 2900), weight(13, 2990)), "day 13: just under the day");
        assertEquals(List.of(GrowthFlag.Kind.NOT_REGAINED), flags(baby, weight(10, 2900), weight(14, 2999)), "day 14, 1 g short");
        assertEquals(List.of(), flags(baby, weight(10, 2900), weight(14, 3000)), "day 14, back to birth weight");
        assertEquals(List.of(GrowthFlag.Kind.NOT_REGAINED), flags(baby, weight(11, 2900), weight(15, 2999)), "day 15");
    }

    @Test
    void gainUnder20GramsADayAfterDay5AndBefore3Months() {
        Baby baby = baby(BabySex.FEMALE, 39, 3000);
        assertEquals(List.of(), flags(baby, weight(5, 2900), weight(10, 3001)), "20.2 g/day");
        assertEquals(List.of(), flags(baby, weight(5, 2900), weight(10, 3000)), "20 g/day: at, not under");
        assertEquals(List.of(GrowthFlag.Kind.SLOW_GAIN), flags(baby, weight(5, 2900), weight(10, 2999)), "19.8 g/day");
        assertEquals(List.of(), flags(baby, weight(4, 2900), weight(10, 3000)), "from day 4: inside the first days");
        assertEquals(List.of(GrowthFlag.Kind.SLOW_GAIN), flags(baby, weight(80, 5000), weight(90, 5100)), "day 90: 10 g/day");
        assertEquals(List.of(), flags(baby, weight(81, 5000), weight(91, 5100)), "day 91: 3 months");
        GrowthFlag flag = GrowthAssessment.of(baby, List.of(weight(5, 2900), weight(10, 2999)), T).flags().get(0);
        assertEquals(19.8, flag.value(), 1e-9);
    }

    @Test
    void aFallAcrossTwoMajorCentileLines() {
        Baby baby = baby(BabySex.MALE, 39, 3346); // about the median at birth
        WhoWeightForAge who = WhoWeightForAge.table();
        int at50th = (int) Math.ceil(who.at(BabySex.MALE, 0).value(0) * 1000); // 3347 g: at or above the 50th
        baby.birthWeightGrams = at50th;
        int justBelow15th = (int) Math.floor(who.at(BabySex.MALE, 42).value(-1.036433) * 1000 - 1);
        int justAbove15th = (int) Math.ceil(who.at(BabySex.MALE, 42).value(-1.036433) * 1000 + 1);
        assertEquals(List.of(GrowthFlag.Kind.CENTILE_FALL), flags(baby, weight(35, justBelow15th - 150), weight(42, justBelow15th)));
        assertEquals(List.of(), flags(baby, weight(35, justAbove15th - 150), weight(42, justAbove15th)), "one line only");
        GrowthFlag flag = GrowthAssessment.of(baby, List.of(weight(35, justBelow15th - 150), weight(42, justBelow15th)), T)
                .flags().get(0);
        assertEquals(50, flag.fromCentile());
        assertEquals(15, flag.toCentile());
        assertEquals(2, flag.lines());
    }

    @Test
    void aPretermBabyIsReadAtCorrectedAgeUntil24Months() {
        assertEquals(56, GrowthAssessment.correctionDays(32), "8 weeks before 40");
        assertEquals(28, GrowthAssessment.correctionDays(36), "36 weeks: preterm, just under 37");
        assertEquals(0, GrowthAssessment.correctionDays(37), "37 weeks: term");
        assertEquals(0, GrowthAssessment.correctionDays(null));
        assertEquals(4, GrowthAssessment.correctedAge(60, 56));
        assertEquals(674, GrowthAssessment.correctedAge(730, 56), "the last day before 24 months");
        assertNull(GrowthAssessment.correctedAge(731, 56), "from 24 months, actual age");

        Baby baby = baby(BabySex.FEMALE, 32, 1600);
        List<WeightRow> rows = GrowthAssessment.of(baby, List.of(weight(60, 2600), weight(20, 1700)), T).rows();
        WeightRow day60 = rows.get(2);
        assertEquals(60, day60.ageDays());
        assertEquals(4, day60.correctedAgeDays());
        Lms girlsDay4 = WhoWeightForAge.table().at(BabySex.FEMALE, 4);
        assertEquals(girlsDay4.z(2.6), day60.z(), 1e-9, "read at corrected day 4, not day 60");
        assertNull(rows.get(1).z(), "day 20 is corrected -36: before term, no WHO z-score");
        assertEquals(-36, rows.get(1).correctedAgeDays());
    }
}
