package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-made number formats say exactly what String.format said before them. */
class FormatsTest {

    @Test
    void groupedPlacesCommasLikeTheFormatter() {
        Random random = new Random(7);
        long[] edges = {0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, 123_456_789, Long.MAX_VALUE, -Long.MAX_VALUE};
        for (long n : edges) {
            assertEquals(String.format(Locale.ENGLISH, "%,d", n), Formats.grouped(n), "for " + n);
        }
        for (int i = 0; i < 10_000; i++) {
            long n = random.nextLong() >> random.nextInt(63);
            assertEquals(String.format(Locale.ENGLISH, "%,d", n), Formats.grouped(n), "for " + n);
        }
        assertEquals("", Formats.grouped(null));
    }

    @Test
    void oneDecimalRoundsLikeTheFormatter() {
        Random random = new Random(11);
        for (int hundredths = -100_000; hundredths <= 100_000; hundredths++) {
            double value = hundredths / 100.0;
            if (value > -0.05 && value < 0) {
                continue; // the formatter writes "-0.0" there; a mean of nothing is shown as "0.0"
            }
            assertEquals(String.format(Locale.ENGLISH, "%.1f", value), Formats.oneDecimal(value), "for " + value);
        }
        for (int i = 0; i < 10_000; i++) {
            double value = random.nextDouble() * 200;
            assertEquals(String.format(Locale.ENGLISH, "%.1f", value), Formats.oneDecimal(value), "for " + value);
        }
        assertEquals("3.0", Formats.oneDecimal(3));
        assertEquals("", Formats.oneDecimal(null));
    }
}
