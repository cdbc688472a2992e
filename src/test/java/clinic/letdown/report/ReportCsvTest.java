package clinic.letdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import clinic.letdown.report.ReportTable.Cell;

/** Formula injection: what a spreadsheet would run is made inert, numbers stay numbers. */
class ReportCsvTest {

    @Test
    void cellsThatStartLikeAFormulaGetAnApostrophe() {
        assertEquals("'=1+1", ReportCsv.neutralise("=1+1"));
        assertEquals("'+SUM(A1:A9)", ReportCsv.neutralise("+SUM(A1:A9)"));
        assertEquals("'-2+3", ReportCsv.neutralise("-2+3"));
        assertEquals("'@cmd", ReportCsv.neutralise("@cmd"));
        assertEquals("'\t=1", ReportCsv.neutralise("\t=1"));
        assertEquals("'\r=1", ReportCsv.neutralise("\r=1"));
        assertEquals("'-", ReportCsv.neutralise("-"));
    }

    @Test
    void plainTextAndNumbersAreKept() {
        assertEquals("Deep breathing", ReportCsv.neutralise("Deep breathing"));
        assertEquals("-3.5", ReportCsv.neutralise("-3.5"));
        assertEquals("1234567", ReportCsv.neutralise("1234567"));
        assertEquals("", ReportCsv.neutralise(""));
        assertEquals("", ReportCsv.neutralise(null));
    }

    @Test
    void aTableBecomesAHeaderAndOneRecordPerRow() {
        ReportTable table = new ReportTable("t", "T", List.of(ReportTable.label("Name, full"), ReportTable.number("N")),
                List.of(List.of(Cell.text("=A1 \"quoted\""), Cell.count(1234)), List.of(Cell.text("B"),
                        Cell.decimal(null))),
                null, null);
        assertEquals("\"Name, full\",N\r\n\"'=A1 \"\"quoted\"\"\",1234\r\nB,\r\n", ReportCsv.write(table));
    }
}
