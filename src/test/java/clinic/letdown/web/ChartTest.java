package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.letdown.web.chart.BarChart;
import clinic.letdown.web.chart.LineChart;

class ChartTest {

    @Test
    void aLineChartMapsTheRangeOntoThePlot() {
        LineChart chart = LineChart.builder("Stress", "Stress over visits").yRange(0, 10)
                .line("Stress", List.of(new LineChart.Point(0, "1 Mar", 10, "10"),
                        new LineChart.Point(10, "11 Mar", 0, "0")))
                .build();
        LineChart.Line line = chart.lines().get(0);
        assertEquals("M48.0 16.0 L600.0 220.0", line.path(), "10 at the top left, 0 at the bottom right");
        assertEquals(List.of("0", "5", "10"), chart.yTicks().stream().map(LineChart.Tick::label).toList());
        assertEquals("1 Mar", chart.xTicks().get(0).label());
    }

    @Test
    void aLineChartIsDrawnAsAnAccessibleSvgFigureWithEveryTextEscaped() {
        LineChart chart = LineChart.builder("Stress <b>& pain</b>", "Two lines \"quoted\"").yRange(0, 10)
                .yLabel("0-10 <i>")
                .line("Stress <script>", List.of(new LineChart.Point(0, "1 Mar", 10, "10 on <1 Mar>"),
                        new LineChart.Point(10, "11 Mar", 0, "0 & none")))
                .line("Pain", List.of(new LineChart.Point(5, "6 Mar", 5, "5")))
                .build();
        Document figure = Jsoup.parse(chart.figure("c\"1").getValue());

        Element svg = figure.selectFirst("figure.chart > svg[role=img]");
        assertEquals("c\"1-title c\"1-desc", svg.attr("aria-labelledby"));
        assertEquals("Stress <b>& pain</b>", svg.selectFirst("title").text());
        assertEquals("Two lines \"quoted\"", svg.selectFirst("desc").text());
        assertEquals("0-10 <i>", svg.selectFirst("text.axis-label").text());
        assertEquals(List.of("Stress <script>: 10 on <1 Mar>", "Stress <script>: 0 & none", "Pain: 5"),
                svg.select("circle > title").eachText());
        assertEquals("M48.0 16.0 L600.0 220.0", svg.selectFirst("g.series-0 > path").attr("d"));
        assertEquals(List.of("0", "5", "10"), svg.select("text[text-anchor=end]").eachText());
        assertEquals(List.of("Stress <script>", "Pain"), figure.select("figcaption.legend span.key").eachText());
        assertTrue(figure.select("script, b, i").isEmpty(), "no markup from the texts");
    }

    @Test
    void anEmptyChartSaysSo() {
        assertTrue(LineChart.builder("t", "d").line("none", List.of()).build().isEmpty());
        assertTrue(BarChart.of("t", "d", List.of()).isEmpty());
    }

    @Test
    void barsAreProportionalAndNegativeValuesGoLeft() {
        BarChart chart = BarChart.of("Change", "Mean change", List.of(new BarChart.Row("STRESS", -4, "-4"),
                new BarChart.Row("PAIN", 2, "+2")));
        BarChart.Bar stress = chart.bars().get(0);
        BarChart.Bar pain = chart.bars().get(1);
        assertEquals("bar negative", stress.cssClass());
        assertEquals(Double.parseDouble(stress.width()), 2 * Double.parseDouble(pain.width()), 0.2);
        assertEquals(Double.parseDouble(chart.zeroX()), Double.parseDouble(pain.x()), 0.01);
    }

    @Test
    void aReferenceLineHasItsOwnClassAndNoMarkersAndTheSeriesColoursSkipIt() {
        LineChart chart = LineChart.builder("Weight", "Weights over a reference")
                .referenceLine("50th centile", "centile centile-50",
                        List.of(new LineChart.Point(0, "day 0", 3.3, ""), new LineChart.Point(28, "day 28", 4.4, "")))
                .line("Baby", List.of(new LineChart.Point(5, "day 5", 3.1, "3.1 kg")))
                .build();
        assertEquals("centile centile-50", chart.lines().get(0).cssClass());
        assertTrue(chart.lines().get(0).markers().isEmpty(), "no markers on a reference line");
        assertEquals("series-0", chart.lines().get(1).cssClass(), "the first data line keeps the first colour");
        Document svg = Jsoup.parse(chart.figure("w").toString());
        assertEquals(0, svg.select("g.centile circle").size());
        assertEquals(1, svg.select("g.series-0 circle").size());
        assertTrue(svg.selectFirst("g.centile path").attr("d").startsWith("M"), "the reference line is drawn");
    }
}
