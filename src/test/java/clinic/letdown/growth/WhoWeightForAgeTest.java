package clinic.letdown.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import clinic.letdown.client.BabySex;

/**
 * The stored WHO weight-for-age table checked against the WHO's printed monthly tables
 * (tab_wfa_boys_z_0_5 / tab_wfa_girls_z_0_5, "Weight-for-age: Birth to 5 years (z-scores)"): the
 * monthly rows are the daily ones read at month x 30.4375 days, so L, M and S agree to the printed
 * precision; and the SD lines of the WHO's simplified field tables (kg, one decimal) at birth, 1, 3,
 * 6 and 12 months.
 */
class WhoWeightForAgeTest {

    private static final WhoWeightForAge TABLE = WhoWeightForAge.table();
    private static final int[] MONTHS = {0, 1, 3, 6, 12};

    /** The WHO's monthly table: L, M, S at birth, 1, 3, 6 and 12 months. */
    private static final double[][] BOYS_LMS = {
            {0.3487, 3.3464, 0.14602}, {0.2297, 4.4709, 0.13395}, {0.1738, 6.3762, 0.11727},
            {0.1257, 7.9340, 0.10958}, {0.0644, 9.6479, 0.10925}};
    private static final double[][] GIRLS_LMS = {
            {0.3809, 3.2322, 0.14171}, {0.1714, 4.1873, 0.13724}, {0.0402, 5.8458, 0.12619},
            {-0.0756, 7.2970, 0.12204}, {-0.2024, 8.9481, 0.12268}};

    /** The simplified field tables for boys: -3, -2, -1, 0, +1, +2, +3 SD in kg at birth, 1, 3, 6 and 12 months. */
    private static final double[][] BOYS_SD = {
            {2.1, 2.5, 2.9, 3.3, 3.9, 4.4, 5.0}, {2.9, 3.4, 3.9, 4.5, 5.1, 5.8, 6.6}, {4.4, 5.0, 5.7, 6.4, 7.2, 8.0, 9.0},
            {5.7, 6.4, 7.1, 7.9, 8.8, 9.8, 10.9}, {6.9, 7.7, 8.6, 9.6, 10.8, 12.0, 13.3}};
    /** The same for girls at birth, 1 and 12 months. */
    private static final double[][] GIRLS_SD = {
            {2.0, 2.4, 2.8, 3.2, 3.7, 4.2, 4.8}, {2.7, 3.2, 3.6, 4.2, 4.8, 5.5, 6.2}, null, null,
            {6.3, 7.0, 7.9, 8.9, 10.1, 11.5, 13.1}};

    @Test
    void holdsEveryDayOfTheFirstTwoYearsForBothSexesAndNothingElse() {
        assertEquals(3.3464, TABLE.at(BabySex.MALE, 0).m(), 1e-9);
        assertEquals(3.2322, TABLE.at(BabySex.FEMALE, 0).m(), 1e-9);
        assertEquals(-0.2942, TABLE.at(BabySex.FEMALE, 731).l(), 1e-9);
        assertNull(TABLE.at(BabySex.MALE, 732));
        assertNull(TABLE.at(BabySex.MALE, -1));
        assertNull(TABLE.at(BabySex.NOT_RECORDED, 10));
    }

    @Test
    void readAtTheMonthlyAgesTheDailyTableGivesTheWhoMonthlyLms() {
        check(BabySex.MALE, BOYS_LMS);
        check(BabySex.FEMALE, GIRLS_LMS);
    }

    private static void check(BabySex sex, double[][] printed) {
        for (int i = 0; i < MONTHS.length; i++) {
            Lms lms = TABLE.at(sex, MONTHS[i] * 30.4375);
            String what = sex + " at " + MONTHS[i] + " months";
            assertEquals(printed[i][0], lms.l(), 0.00015, what + " L");
            assertEquals(printed[i][1], lms.m(), 0.00015, what + " M");
            assertEquals(printed[i][2], lms.s(), 0.000015, what + " S");
            // the SD lines from the printed LMS and from the stored table agree to the gram
            Lms printedLms = new Lms(printed[i][0], printed[i][1], printed[i][2]);
            for (int z = -3; z <= 3; z++) {
                assertEquals(printedLms.value(z), lms.value(z), 0.002, what + " SD " + z);
            }
        }
    }

    @Test
    void theSdLinesMatchTheWhoSimplifiedFieldTables() {
        for (int i = 0; i < MONTHS.length; i++) {
            for (int z = -3; z <= 3; z++) {
                double boys = TABLE.at(BabySex.MALE, MONTHS[i] * 30.4375).value(z);
                assertEquals(BOYS_SD[i][z + 3], Math.round(boys * 10) / 10.0, 1e-9, "boys " + MONTHS[i] + " months SD " + z);
                if (GIRLS_SD[i] != null) {
                    double girls = TABLE.at(BabySex.FEMALE, MONTHS[i] * 30.4375).value(z);
                    assertEquals(GIRLS_SD[i][z + 3], Math.round(girls * 10) / 10.0, 1e-9,
                            "girls " + MONTHS[i] + " months SD " + z);
                }
            }
        }
    }
}
