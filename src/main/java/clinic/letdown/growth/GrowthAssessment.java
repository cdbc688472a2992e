package clinic.letdown.growth;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import clinic.letdown.client.Baby;
import clinic.letdown.client.BabySex;

/**
 * Computes a baby's weights against birth weight and the WHO weight-for-age standard, and the flags
 * about the latest weight, from the clinic's thresholds (docs/growth.md names each one's source).
 * Pure: no database, so the numbers are tested directly.
 */
public final class GrowthAssessment {

    /** Babies born before 37 completed weeks are preterm and read at corrected age (issue; WHO's definition of preterm). */
    static final int TERM_WEEKS = 37;
    /** Corrected age counts from 40 weeks, the due date. */
    static final int DUE_WEEKS = 40;
    /** Corrected age is used until 24 months of actual age (the rule). */
    static final int CORRECT_UNTIL_DAY = WhoWeightForAge.LAST_DAY;

    public record Result(List<WeightRow> rows, List<GrowthFlag> flags, int correctionDays) {
    }

    private GrowthAssessment() {
    }

    /** Days a preterm baby's age is corrected by: (40 - gestational weeks) x 7; 0 at 37 weeks or more, or when not recorded. */
    public static int correctionDays(Integer gestationalAgeWeeks) {
        return gestationalAgeWeeks == null || gestationalAgeWeeks >= TERM_WEEKS ? 0 : (DUE_WEEKS - gestationalAgeWeeks) * 7;
    }

    /** The corrected age in days, or null when no correction applies (term, or 24 months of age or more). */
    public static Integer correctedAge(int ageDays, int correctionDays) {
        return correctionDays == 0 || ageDays >= CORRECT_UNTIL_DAY ? null : ageDays - correctionDays;
    }

    /**
     * @param measurements the weights after birth (consultations and weigh-ins), in any order; the birth
     *        weight comes from the baby
     */
    public static Result of(Baby baby, List<Measurement> measurements, GrowthThresholds thresholds) {
        List<Measurement> all = new ArrayList<>();
        if (baby.dateOfBirth != null && baby.birthWeightGrams != null) {
            all.add(Measurement.atBirth(baby.dateOfBirth, baby.birthWeightGrams));
        }
        List<Measurement> later = new ArrayList<>(measurements);
        later.sort(Comparator.comparing(Measurement::date));
        all.addAll(later);
        int correction = correctionDays(baby.gestationalAgeWeeks);
        List<WeightRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(row(baby, all, i, correction));
        }
        return new Result(rows, flags(baby, rows, thresholds), correction);
    }

    private static WeightRow row(Baby baby, List<Measurement> all, int index, int correction) {
        Measurement m = all.get(index);
        Integer age = baby.dateOfBirth == null ? null : (int) ChronoUnit.DAYS.between(baby.dateOfBirth, m.date());
        Integer corrected = age == null ? null : correctedAge(age, correction);
        Integer change = null;
        Double percent = null;
        if (baby.birthWeightGrams != null && !m.atBirth()) {
            change = m.grams() - baby.birthWeightGrams;
            percent = change * 100.0 / baby.birthWeightGrams;
        }
        Double sincePrevious = null;
        Double sinceLowest = null;
        if (index > 0) {
            sincePrevious = perDay(all.get(index - 1), m);
            Measurement lowest = all.get(0);
            for (int i = 1; i < index; i++) {
                if (all.get(i).grams() <= lowest.grams()) {
                    lowest = all.get(i); // the most recent of equal lows
                }
            }
            if (lowest.grams() < m.grams()) {
                sinceLowest = perDay(lowest, m);
            }
        }
        Double z = null;
        Double centile = null;
        Integer standardAge = corrected != null ? corrected : age;
        Lms lms = standardAge == null ? null : WhoWeightForAge.table().at(baby.sex, standardAge);
        if (lms != null) {
            z = lms.z(m.grams() / 1000.0);
            centile = Centiles.of(z);
        }
        return new WeightRow(m, age, corrected, change, percent, sincePrevious, sinceLowest, z, centile);
    }

    private static Double perDay(Measurement from, Measurement to) {
        long days = ChronoUnit.DAYS.between(from.date(), to.date());
        return days <= 0 ? null : (to.grams() - from.grams()) / (double) days;
    }

    /** The flags about the latest weight (none with only a birth weight). */
    static List<GrowthFlag> flags(Baby baby, List<WeightRow> rows, GrowthThresholds t) {
        List<GrowthFlag> flags = new ArrayList<>();
        if (rows.isEmpty() || rows.get(rows.size() - 1).measurement().atBirth()) {
            return flags;
        }
        WeightRow latest = rows.get(rows.size() - 1);
        Integer day = latest.ageDays();
        Integer birth = baby.birthWeightGrams;
        if (birth != null) {
            long lost = birth - latest.grams();
            // compared in whole numbers: "more than 7%" means lost x 100 > 7 x birth weight
            double percent = lost * 100.0 / birth;
            if (lost * 100 > (long) t.lossUrgentPercent() * birth) {
                flags.add(new GrowthFlag(GrowthFlag.Kind.LOSS_URGENT, percent, day == null ? 0 : day, t.lossUrgentPercent(), 0, 0));
            } else if (lost * 100 > (long) t.lossReviewPercent() * birth) {
                flags.add(new GrowthFlag(GrowthFlag.Kind.LOSS_REVIEW, percent, day == null ? 0 : day, t.lossReviewPercent(), 0, 0));
            }
            if (day != null && day >= t.regainedByDay() && lost > 0) {
                flags.add(new GrowthFlag(GrowthFlag.Kind.NOT_REGAINED, percent, day, t.regainedByDay(), 0, 0));
            }
        }
        if (rows.size() >= 2 && day != null) {
            WeightRow previous = rows.get(rows.size() - 2);
            Integer from = previous.ageDays();
            if (from != null && from >= t.gainFromDay() && day < t.gainUntilDay() && day > from) {
                int gained = latest.grams() - previous.grams();
                if (gained < t.minGainGramsPerDay() * (day - from)) {
                    flags.add(new GrowthFlag(GrowthFlag.Kind.SLOW_GAIN, gained / (double) (day - from), day,
                            t.minGainGramsPerDay(), 0, 0));
                }
            }
        }
        Integer now = latest.linesAtOrBelow();
        if (now != null) {
            int highest = -1;
            for (int i = 0; i < rows.size() - 1; i++) {
                Integer lines = rows.get(i).linesAtOrBelow();
                if (lines != null && lines > highest) {
                    highest = lines;
                }
            }
            if (highest - now >= t.centileLinesFall() && highest > 0) {
                flags.add(new GrowthFlag(GrowthFlag.Kind.CENTILE_FALL, highest - now, day == null ? 0 : day,
                        t.centileLinesFall(), Centiles.MAJOR_LINES.get(highest - 1), Centiles.MAJOR_LINES.get(now)));
            }
        }
        return flags;
    }

    /** Whether the WHO standard can be read for this baby at all (the sex must be recorded). */
    static boolean hasStandard(Baby baby) {
        return baby.sex == BabySex.FEMALE || baby.sex == BabySex.MALE;
    }
}
