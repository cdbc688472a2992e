package clinic.letdown.report;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Formats;
import clinic.letdown.web.chart.BarChart;
import clinic.letdown.web.chart.LineChart;

/**
 * One table of the report: the same cells make the page's table and its CSV, so the two cannot
 * disagree. The first column labels the rows. A chart (bar or line) draws the same figures.
 *
 * @param id the table's name in URLs ({@code /admin/reports/<id>.csv}) and element ids
 */
@TemplateData
public record ReportTable(String id, String title, List<Column> columns, List<List<Cell>> rows, BarChart bar,
        LineChart line) {

    @TemplateData
    public record Column(String label, boolean numeric) {
    }

    /**
     * A value as the page shows it (grouped digits, empty for "no value") and as the CSV holds it
     * (plain digits).
     */
    @TemplateData
    public record Cell(String shown, String csv, boolean numeric) {

        public static Cell text(String text) {
            return new Cell(text, text, false);
        }

        public static Cell count(long value) {
            return new Cell(Formats.grouped(value), Long.toString(value), true);
        }

        /** One decimal; null (nothing to average) is an empty cell. */
        public static Cell decimal(Double value) {
            String shown = value == null ? "" : String.format(Locale.ENGLISH, "%.1f", value);
            return new Cell(shown, shown, true);
        }

        /** One decimal and a sign, for changes: "-4.0", "+1.5", "0.0". */
        public static Cell change(Double value) {
            if (value == null) {
                return decimal(null);
            }
            String shown = String.format(Locale.ENGLISH, "%+.1f", value);
            if (shown.equals("+0.0") || shown.equals("-0.0")) {
                shown = "0.0";
            }
            return new Cell(shown, shown, true);
        }

        /** part / whole as a percentage with one decimal; empty when whole is 0. */
        public static Cell percent(long part, long whole) {
            return decimal(whole == 0 ? null : 100.0 * part / whole);
        }

        public boolean isBlank() {
            return shown == null || shown.isEmpty();
        }
    }

    /** A table whose chart is a bar chart. */
    static ReportTable withBars(String id, String title, List<Column> columns, List<List<Cell>> rows, BarChart bars) {
        return new ReportTable(id, title, columns, rows, bars, null);
    }

    /** A table whose chart is a line chart. */
    static ReportTable withLines(String id, String title, List<Column> columns, List<List<Cell>> rows,
            LineChart lines) {
        return new ReportTable(id, title, columns, rows, null, lines);
    }

    public static Column label(String label) {
        return new Column(label, false);
    }

    public static Column number(String label) {
        return new Column(label, true);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Tables of many columns take the full width, their chart below them. */
    public boolean isWide() {
        return columns.size() > 5;
    }

    public String chartId() {
        return id + "-chart";
    }
}
