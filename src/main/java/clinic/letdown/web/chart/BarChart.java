package clinic.letdown.web.chart;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * Geometry of a horizontal SVG bar chart: one labelled bar per row, lengths proportional to the
 * values (negative values draw to the left of the zero line). Drawn by {@code tags/barChart.html};
 * the page shows the same figures as a table, the text equivalent.
 */
@TemplateData
public record BarChart(String title, String description, List<Bar> bars, String zeroX, int height) {

    public static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int VALUE_WIDTH = 70;
    static final int ROW = 28;

    @TemplateData
    public record Bar(String label, String shown, String x, String y, String width, String textY, String valueX,
            String cssClass) {
    }

    /** A row of data: its label, its value, and how the value is written (e.g. "42%"). */
    public record Row(String label, double value, String shown) {
    }

    public int width() {
        return WIDTH;
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public static BarChart of(String title, String description, List<Row> rows) {
        double max = rows.stream().mapToDouble(r -> Math.max(0, r.value())).max().orElse(0);
        double min = rows.stream().mapToDouble(r -> Math.min(0, r.value())).min().orElse(0);
        double span = max - min == 0 ? 1 : max - min;
        double plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double zero = LABEL_WIDTH + (-min) / span * plot;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double length = Math.abs(row.value()) / span * plot;
            double x = row.value() >= 0 ? zero : zero - length;
            int y = i * ROW + 4;
            bars.add(new Bar(row.label(), row.shown(), LineChart.svgNumber(x), String.valueOf(y),
                    LineChart.svgNumber(length), String.valueOf(y + 15),
                    LineChart.svgNumber(row.value() >= 0 ? x + length + 6 : zero + 6),
                    row.value() < 0 ? "bar negative" : "bar"));
        }
        return new BarChart(title, description, bars, LineChart.svgNumber(zero), Math.max(ROW, rows.size() * ROW + 8));
    }
}
