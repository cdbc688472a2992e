package clinic.letdown.growth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import clinic.letdown.web.Formats;
import clinic.letdown.web.chart.LineChart;

/**
 * The chart of a baby's weights over the WHO weight-for-age centile curves (3rd, 15th, 50th, 85th,
 * 97th) for the baby's sex, by age in days (corrected age for a preterm baby); weights only, without
 * curves, when the sex is not recorded. Null when no weight falls within 0-24 months.
 */
final class GrowthChart {

    /** Points per centile curve: smooth enough at 640 px, few enough for the page's size. */
    private static final int CURVE_POINTS = 40;

    private GrowthChart() {
    }

    static LineChart of(BabyGrowth growth, GrowthMessages messages) {
        List<WeightRow> plotted = growth.rows().stream().filter(r -> r.standardAgeDays() != null
                && r.standardAgeDays() >= 0 && r.standardAgeDays() <= WhoWeightForAge.LAST_DAY).toList();
        if (plotted.isEmpty()) {
            return null;
        }
        int lastAge = plotted.get(plotted.size() - 1).standardAgeDays();
        int end = Math.min(WhoWeightForAge.LAST_DAY, Math.max(28, (int) Math.ceil((lastAge + 7) / 7.0) * 7));
        boolean months = end > 91;
        String name = growth.baby().name;
        LineChart.Builder chart = LineChart.builder(messages.chartTitle(name),
                growth.sexRecorded() ? messages.chartDescription(name, plotted.size(),
                        growth.girl() ? messages.chartGirls() : messages.chartBoys())
                        : messages.chartDescriptionNoSex(name, plotted.size()))
                .yLabel(messages.gramsAxis());
        double low = plotted.stream().mapToInt(WeightRow::grams).min().orElse(0);
        double high = plotted.stream().mapToInt(WeightRow::grams).max().orElse(0);
        // the five curves share their days: each day's words once (each is a message rendered)
        Map<Integer, String> ageLabels = new HashMap<>();
        IntFunction<String> ageLabel = day -> ageLabels.computeIfAbsent(day, d -> ageLabel(d, months, messages));
        if (growth.sexRecorded()) {
            WhoWeightForAge table = WhoWeightForAge.table();
            double[] lineZ = Centiles.MAJOR_LINE_Z;
            for (int line = 0; line < lineZ.length; line++) {
                List<LineChart.Point> points = new ArrayList<>();
                for (int i = 0; i <= CURVE_POINTS; i++) {
                    int day = (int) Math.round(i * (double) end / CURVE_POINTS);
                    double grams = 1000 * table.at(growth.baby().sex, day).value(lineZ[line]);
                    points.add(new LineChart.Point(day, ageLabel.apply(day), grams, ""));
                    low = Math.min(low, grams);
                    high = Math.max(high, grams);
                }
                int centile = Centiles.MAJOR_LINES.get(line);
                chart.referenceLine(messages.centileCurve(messages.line(centile)),
                        "centile centile-" + centile, points);
            }
        }
        List<LineChart.Point> weights = new ArrayList<>();
        for (WeightRow r : plotted) {
            String date = Formats.shown(r.measurement().date());
            weights.add(new LineChart.Point(r.standardAgeDays(), ageLabel.apply(r.standardAgeDays()), r.grams(),
                    messages.weightPoint(Formats.grouped(r.grams()), date, r.standardAgeDays())));
        }
        chart.line(name, weights);
        return chart.yRange(Math.max(0, Math.floor((low - 200) / 500.0) * 500), Math.ceil((high + 200) / 500.0) * 500)
                .build();
    }

    private static String ageLabel(int day, boolean months, GrowthMessages messages) {
        return months ? messages.axisMonths(Formats.oneDecimal(day / 30.4375)) : messages.axisDay(day);
    }
}
