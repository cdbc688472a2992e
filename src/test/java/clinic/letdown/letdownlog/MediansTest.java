package clinic.letdown.letdownlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class MediansTest {

    @Test
    void theMiddleValueOfAnOddCount() {
        assertEquals(2.0, Medians.of(List.of(6.0, 2.0, 1.5)));
        assertEquals(4.0, Medians.of(List.of(4.0)));
    }

    @Test
    void theMeanOfTheTwoMiddleValuesOfAnEvenCount() {
        assertEquals(6.25, Medians.of(List.of(7.0, 5.0, 6.5, 6.0)));
        assertEquals(3.0, Medians.of(List.of(2.0, 4.0)));
    }

    @Test
    void nothingForNoValues() {
        assertNull(Medians.of(List.of()));
    }
}
