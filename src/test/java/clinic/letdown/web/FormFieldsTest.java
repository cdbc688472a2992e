package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A moment carried by a link or hidden field (a free slot's start) reads back as it was written, or not at all. */
class FormFieldsTest {

    @Test
    void instantReadsWhatInstantWrites() {
        Instant start = Instant.parse("2026-05-04T14:30:00Z");
        assertEquals(start, FormFields.instant(start.toString()));
        assertEquals(start, FormFields.instant(" " + start + " "));
    }

    @Test
    void instantIsNullForNothingOrNonsense() {
        assertNull(FormFields.instant(null));
        assertNull(FormFields.instant("  "));
        assertNull(FormFields.instant("tomorrow"));
        assertNull(FormFields.instant("2026-05-04"));
        assertNull(FormFields.instant("2026-05-04T14:30:00Z" + " ".repeat(21)));
    }
}
