package clinic.letdown.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import clinic.letdown.report.ReportTable.Cell;

/**
 * A report table as CSV (RFC 4180, with a header row). Spreadsheets run a cell that starts with
 * {@code = + - @} (or a tab or carriage return) as a formula, so such a text cell gets a leading
 * apostrophe; a plain number such as {@code -4.0} stays a number.
 */
public final class ReportCsv {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ReportCsv() {
    }

    public static String write(ReportTable table) {
        StringWriter out = new StringWriter();
        String[] header = table.columns().stream().map(column -> neutralise(column.label())).toArray(String[]::new);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            for (List<Cell> row : table.rows()) {
                printer.printRecord(row.stream().map(cell -> neutralise(cell.csv())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The value, made inert for spreadsheets when it could be read as a formula. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
