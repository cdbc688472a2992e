package clinic.letdown.report;

import java.util.Comparator;
import java.util.List;

import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.chart.BarChart;

/** Bar charts drawn from a table's own cells, so chart and table show the same figures. */
final class Charts {

    private Charts() {
    }

    /** One bar per row (up to {@code limit}), labelled by the first column, sized by {@code column}. */
    static BarChart bars(String title, String description, List<List<Cell>> rows, int column, int limit) {
        return BarChart.of(title, description, rows.stream()
                .filter(row -> !row.get(column).isBlank())
                .limit(limit)
                .map(row -> bar(row.get(0).shown(), row.get(column)))
                .toList());
    }

    /** The {@code limit} rows with the largest values in {@code column}, largest first. */
    static BarChart largest(String title, String description, List<List<Cell>> rows, int column, int limit) {
        List<List<Cell>> sorted = rows.stream()
                .filter(row -> !row.get(column).isBlank())
                .sorted(Comparator.comparingDouble((List<Cell> row) -> value(row.get(column))).reversed())
                .toList();
        return bars(title, description, sorted, column, limit);
    }

    /** Longer labels would run out of the chart's label column; the table beside it has them whole. */
    static final int MAX_LABEL = 30;

    static BarChart.Row bar(String label, Cell cell) {
        return new BarChart.Row(shortLabel(label), value(cell), cell.shown());
    }

    static String shortLabel(String label) {
        return shortLabel(label, MAX_LABEL);
    }

    static String shortLabel(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1).stripTrailing() + "…";
    }

    static double value(Cell cell) {
        return Double.parseDouble(cell.csv());
    }
}
