package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PagedTest {

    @Test
    void pageNumbersFromTheUrlAreForgiving() {
        assertEquals(0, Paged.pageNumber(null));
        assertEquals(0, Paged.pageNumber("abc"));
        assertEquals(0, Paged.pageNumber("-3"));
        assertEquals(2, Paged.pageNumber("3"));
        assertEquals(99_999, Paged.pageNumber("99999999999".substring(0, 9)));
    }

    @Test
    void linksKeepTheOtherParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "anna maria");
        query.put("status", "");
        Paged<String> paged = new Paged<>(List.of("a"), 1, 25, true, "").withQuery(query);
        assertEquals("?q=anna+maria&page=1", paged.previousLink());
        assertEquals("?q=anna+maria&page=3", paged.nextLink());
    }
}
