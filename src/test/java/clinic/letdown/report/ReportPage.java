package clinic.letdown.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the report page's tables and CSV files in tests. */
final class ReportPage {

    private ReportPage() {
    }

    /** The table with that id: the row label, then the cells as shown. */
    static Map<String, List<String>> table(Document page, String id) {
        Element table = page.selectFirst("#" + id + " table");
        assertNotNull(table, "table " + id + " on the page");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Element row : table.select("tbody tr")) {
            rows.put(row.child(0).text(), row.children().stream().skip(1).map(Element::text).toList());
        }
        return rows;
    }

    static List<String> headers(Document page, String id) {
        return page.select("#" + id + " table thead th").eachText();
    }

    /** Every row of the page table as the CSV should hold it: digits without grouping, no dash. */
    static List<List<String>> asCsvRows(Document page, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : page.select("#" + id + " table tbody tr")) {
            rows.add(row.children().stream().map(Element::text)
                    .map(text -> text.equals("–") ? "" : text.matches("[0-9,]+") ? text.replace(",", "") : text)
                    .toList());
        }
        return rows;
    }

    static List<CSVRecord> parse(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            assertFalse(records.isEmpty(), "a CSV has at least its header");
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> values(List<CSVRecord> records) {
        return records.stream().map(CSVRecord::toList).toList();
    }
}
