package clinic.letdown.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import clinic.letdown.report.ReportTable.Cell;

/**
 * A "label, count, share of the whole" table and its bar chart of the counts, for consultations by
 * kind and care plans and goals by status. Parts come first and are the chart's bars; a row for the
 * whole or a count outside it may follow.
 */
final class ShareTable {

    /** The headings of the three columns. */
    record Headings(String label, String count, String share) {
    }

    private final long whole;
    private final List<List<Cell>> parts = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();

    ShareTable(long whole) {
        this.whole = whole;
    }

    /** One part per constant, in their order, each a share of all the counts together. */
    static <E extends Enum<E>> ShareTable eachOf(E[] constants, Map<E, Long> counts, Function<E, String> label) {
        ShareTable table = new ShareTable(counts.values().stream().mapToLong(Long::longValue).sum());
        for (E constant : constants) {
            table.part(label.apply(constant), counts.getOrDefault(constant, 0L));
        }
        return table;
    }

    /** A row whose count is part of the whole: its share, and a bar in the chart. */
    ShareTable part(String label, long count) {
        if (rows.size() > parts.size()) {
            throw new IllegalStateException("parts come before the other rows");
        }
        List<Cell> row = List.of(Cell.text(label), Cell.count(count), Cell.percent(count, whole));
        parts.add(row);
        rows.add(row);
        return this;
    }

    /** The row of the whole (100 %), not charted. */
    ShareTable whole(String label) {
        rows.add(List.of(Cell.text(label), Cell.count(whole), Cell.percent(whole, whole)));
        return this;
    }

    /** A row counted outside the whole: no share, not charted. */
    ShareTable outside(String label, long count) {
        rows.add(List.of(Cell.text(label), Cell.count(count), Cell.decimal(null)));
        return this;
    }

    ReportTable build(String id, String title, Headings headings, String chartDescription) {
        return ReportTable.withBars(id, title,
                List.of(ReportTable.label(headings.label()), ReportTable.number(headings.count()),
                        ReportTable.number(headings.share())),
                List.copyOf(rows), Charts.bars(title, chartDescription, parts, 1, parts.size()));
    }
}
