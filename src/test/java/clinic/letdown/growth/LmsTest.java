package clinic.letdown.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Z-scores worked by hand from the LMS formula, including the WHO's restricted application beyond +-3 SD. */
class LmsTest {

    /** Boys at birth (WHO weight-for-age, day 0). */
    private static final Lms BOYS_BIRTH = new Lms(0.3487, 3.3464, 0.14602);

    @Test
    void theMedianIsZeroAndTheLinesAreTheirZ() {
        assertEquals(0, BOYS_BIRTH.z(3.3464), 1e-12);
        for (int z = -3; z <= 3; z++) {
            assertEquals(z, BOYS_BIRTH.z(BOYS_BIRTH.value(z)), 1e-9);
        }
    }

    @Test
    void aBoyOf2800GramsAtBirth() {
        // y/M = 2.8 / 3.3464 = 0.836720; ln = -0.178266; x L (0.3487) = -0.062161; e^ = 0.939731
        // (0.939731 - 1) / (L S = 0.3487 x 0.14602 = 0.050917) = -1.18366
        assertEquals(-1.18366, BOYS_BIRTH.z(2.8), 0.00001);
        assertEquals(11.8, Centiles.of(-1.18366), 0.05);
    }

    @Test
    void aGirlOf7500GramsAtOneYearWithANegativeL() {
        // WHO girls day 365: L -0.2022, M 8.9462, S 0.12267
        // y/M = 7.5 / 8.9462 = 0.838345; ln = -0.176326; x L = 0.035653; e^ = 1.036296
        // (1.036296 - 1) / (L S = -0.024804) = -1.46333
        assertEquals(-1.46333, new Lms(-0.2022, 8.9462, 0.12267).z(7.5), 0.00001);
    }

    @Test
    void beyondPlus3TheDistancePastThe3SdLineIsCountedInUnitsOfThe2To3SdDistance() {
        // SD3pos = 3.3464 (1 + 0.050917 x 3)^(1/0.3487) = 5.030639; SD2pos = 4.419354; SD23pos = 0.611285
        // z* = 3 + (6.0 - 5.030639) / 0.611285 = 4.58577 (the plain formula gives 4.43473)
        assertEquals(4.43473, BOYS_BIRTH.rawZ(6.0), 0.00001);
        assertEquals(4.58577, BOYS_BIRTH.z(6.0), 0.00001);
    }

    @Test
    void belowMinus3TheSameOnTheLowSide() {
        // SD3neg = 2.080308; SD2neg = 2.459312; SD23neg = 0.379005
        // z* = -3 + (1.8 - 2.080308) / 0.379005 = -3.73959 (the plain formula gives -3.81892)
        assertEquals(-3.81892, BOYS_BIRTH.rawZ(1.8), 0.00001);
        assertEquals(-3.73959, BOYS_BIRTH.z(1.8), 0.00001);
    }

    @Test
    void atExactly3SdBothAgree() {
        assertEquals(3, BOYS_BIRTH.z(BOYS_BIRTH.value(3)), 1e-9);
        assertEquals(-3, BOYS_BIRTH.z(BOYS_BIRTH.value(-3)), 1e-9);
    }

    @Test
    void centilesOfTheChartLines() {
        assertEquals(50, Centiles.of(0), 1e-5);
        assertEquals(3, Centiles.of(-1.880794), 1e-4);
        assertEquals(15, Centiles.of(-1.036433), 1e-4);
        assertEquals(85, Centiles.of(1.036433), 1e-4);
        assertEquals(97, Centiles.of(1.880794), 1e-4);
        assertEquals(2, Centiles.linesAtOrBelow(-1.0364), "at the 15th or above, below the 50th");
        assertEquals(1, Centiles.linesAtOrBelow(-1.0365));
        assertEquals(3, Centiles.linesAtOrBelow(0));
        assertEquals(0, Centiles.linesAtOrBelow(-2));
        assertEquals(5, Centiles.linesAtOrBelow(2));
    }
}
