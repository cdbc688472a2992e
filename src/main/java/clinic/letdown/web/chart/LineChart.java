package clinic.letdown.web.chart;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

/**
 * Geometry of a server-rendered SVG line chart: lines over an x axis (time as numbers, e.g.
 * epoch days) with a fixed or fitted y range. Drawn by {@link #figure} for {@code tags/lineChart.html}; the page
 * always shows the same data as a table too, the text equivalent for screen readers.
 */
@TemplateData
public record LineChart(String title, String description, String yLabel, List<Line> lines, List<Tick> xTicks,
        List<Tick> yTicks) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final int LEFT = 48;
    static final int RIGHT = 40; // room for the last x label, centred on the right edge
    static final int TOP = 16;
    static final int BOTTOM = 40;

    /** One series: its name, CSS class for its colour, SVG path and point markers. */
    public record Line(String name, String cssClass, String path, List<Marker> markers) {
    }

    /** A point: where it is drawn and what its tooltip says. */
    public record Marker(String x, String y, String label) {
    }

    public record Tick(String position, String label) {
    }

    /** A data point: x as a number (e.g. epoch day), its label on the axis, y, and a tooltip. */
    public record Point(double x, String xLabel, double y, String label) {
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(line -> line.markers().isEmpty());
    }

    /**
     * The chart as a figure with its SVG, for {@code tags/lineChart.html}; {@code id} prefixes the
     * ids of its title and description. Written here, not in the tag, because hundreds of coordinates
     * as template expressions slow the page; every text is escaped as Qute would.
     */
    public RawString figure(String id) {
        String key = escape(id);
        StringBuilder svg = new StringBuilder(2048 + 160 * lines.stream().mapToInt(l -> l.markers().size()).sum());
        svg.append("<figure class=\"chart\">\n<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(key).append("-title ").append(key)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"").append(key).append("-title\">")
                .append(escape(title)).append("</title>\n<desc id=\"").append(key).append("-desc\">")
                .append(escape(description)).append("</desc>\n<g class=\"axis\">\n");
        line(svg, "", plotLeft(), String.valueOf(plotBottom()), plotRight(), String.valueOf(plotBottom()));
        line(svg, "", plotLeft(), String.valueOf(plotTop()), plotLeft(), String.valueOf(plotBottom()));
        for (Tick t : yTicks) {
            line(svg, "grid", plotLeft(), t.position(), plotRight(), t.position());
            svg.append("<text x=\"").append(plotLeft() - 6).append("\" y=\"").append(t.position())
                    .append("\" dy=\"4\" text-anchor=\"end\">").append(escape(t.label())).append("</text>\n");
        }
        for (Tick t : xTicks) {
            svg.append("<text x=\"").append(t.position()).append("\" y=\"").append(plotBottom() + 18)
                    .append("\" text-anchor=\"middle\">").append(escape(t.label())).append("</text>\n");
        }
        if (yLabel != null && !yLabel.isEmpty()) {
            svg.append("<text x=\"4\" y=\"10\" class=\"axis-label\">").append(escape(yLabel)).append("</text>\n");
        }
        svg.append("</g>\n");
        for (Line line : lines) {
            String name = escape(line.name());
            svg.append("<g class=\"").append(line.cssClass()).append("\">\n<path d=\"").append(line.path())
                    .append("\" fill=\"none\"/>\n");
            for (Marker m : line.markers()) {
                svg.append("<circle cx=\"").append(m.x()).append("\" cy=\"").append(m.y()).append("\" r=\"4\"><title>")
                        .append(name).append(": ").append(escape(m.label())).append("</title></circle>");
            }
            svg.append("\n</g>\n");
        }
        svg.append("</svg>\n");
        if (lines.size() > 1) {
            svg.append("<figcaption class=\"legend\">");
            for (Line line : lines) {
                svg.append("<span class=\"key ").append(line.cssClass()).append("\">").append(escape(line.name()))
                        .append("</span> ");
            }
            svg.append("</figcaption>\n");
        }
        return new RawString(svg.append("</figure>").toString());
    }

    /** A line of the axes: an axis (no class) or a grid line ({@code cssClass} "grid"). */
    private static void line(StringBuilder svg, String cssClass, int x1, String y1, int x2, String y2) {
        svg.append("<line ");
        if (!cssClass.isEmpty()) {
            svg.append("class=\"").append(cssClass).append("\" ");
        }
        svg.append("x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2).append("\" y2=\"")
                .append(y2).append("\"/>\n");
    }

    private static final HtmlEscaper ESCAPER = new HtmlEscaper(List.of("text/html"));

    /** Text for the markup, escaped by Qute's own HTML escaper. */
    static String escape(String text) {
        return text == null ? "" : ESCAPER.map(text, null);
    }

    public static Builder builder(String title, String description) {
        return new Builder(title, description);
    }

    public static final class Builder {
        private final String title;
        private final String description;
        private String yLabel = "";
        private Double yMin;
        private Double yMax;
        private final List<String> names = new ArrayList<>();
        private final List<List<Point>> series = new ArrayList<>();
        /** Per line: its CSS class, or null for the next of the series colours; and whether its points get markers. */
        private final List<String> classes = new ArrayList<>();
        private final List<Boolean> marked = new ArrayList<>();

        private Builder(String title, String description) {
            this.title = title;
            this.description = description;
        }

        /** A fixed y range, e.g. 0-10 for a severity; without it the range fits the data. */
        public Builder yRange(double min, double max) {
            this.yMin = min;
            this.yMax = max;
            return this;
        }

        public Builder yLabel(String label) {
            this.yLabel = label;
            return this;
        }

        public Builder line(String name, List<Point> points) {
            return add(name, null, true, points);
        }

        /**
         * A reference line (e.g. a centile curve): drawn with its own CSS class (dashed, lighter...) and
         * without point markers or tooltips; it counts for the ranges and the x axis labels like any line.
         */
        public Builder referenceLine(String name, String cssClass, List<Point> points) {
            return add(name, cssClass, false, points);
        }

        private Builder add(String name, String cssClass, boolean markers, List<Point> points) {
            names.add(name);
            classes.add(cssClass);
            marked.add(markers);
            series.add(List.copyOf(points));
            return this;
        }

        public LineChart build() {
            List<Point> all = series.stream().flatMap(List::stream).toList();
            double xMin = all.stream().mapToDouble(Point::x).min().orElse(0);
            double xMax = all.stream().mapToDouble(Point::x).max().orElse(1);
            if (xMax == xMin) {
                xMin -= 1;
                xMax += 1;
            }
            double low = yMin != null ? yMin : Math.min(0, all.stream().mapToDouble(Point::y).min().orElse(0));
            double high = yMax != null ? yMax : niceCeiling(all.stream().mapToDouble(Point::y).max().orElse(1));
            if (high == low) {
                high = low + 1;
            }
            Scale sx = new Scale(xMin, xMax, LEFT, WIDTH - RIGHT);
            Scale sy = new Scale(low, high, HEIGHT - BOTTOM, TOP);
            List<Line> lines = new ArrayList<>();
            int coloured = 0;
            for (int i = 0; i < series.size(); i++) {
                StringBuilder path = new StringBuilder();
                List<Marker> markers = new ArrayList<>();
                for (Point p : series.get(i)) {
                    String x = svgNumber(sx.map(p.x()));
                    String y = svgNumber(sy.map(p.y()));
                    path.append(path.isEmpty() ? "M" : " L").append(x).append(' ').append(y);
                    if (marked.get(i)) {
                        markers.add(new Marker(x, y, p.label()));
                    }
                }
                String cssClass = classes.get(i) != null ? classes.get(i) : "series-" + (coloured++ % 6);
                lines.add(new Line(names.get(i), cssClass, path.toString(), markers));
            }
            return new LineChart(title, description, yLabel, lines, xTicks(all, sx), yTicks(low, high, sy));
        }

        private static List<Tick> xTicks(List<Point> all, Scale sx) {
            List<Point> sorted = all.stream().sorted((a, b) -> Double.compare(a.x(), b.x())).toList();
            List<Tick> ticks = new ArrayList<>();
            if (sorted.isEmpty()) {
                return ticks;
            }
            int count = Math.min(5, sorted.size());
            double lastX = Double.NaN;
            for (int i = 0; i < count; i++) {
                Point p = sorted.get(count == 1 ? 0 : i * (sorted.size() - 1) / (count - 1));
                if (p.x() != lastX) {
                    ticks.add(new Tick(svgNumber(sx.map(p.x())), p.xLabel()));
                    lastX = p.x();
                }
            }
            return ticks;
        }

        private static List<Tick> yTicks(double low, double high, Scale sy) {
            List<Tick> ticks = new ArrayList<>();
            double step = niceStep((high - low) / 4);
            for (double v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) {
                ticks.add(new Tick(svgNumber(sy.map(v)), v == Math.rint(v) ? String.valueOf((long) v) : svgNumber(v)));
            }
            return ticks;
        }
    }

    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double step = niceStep(value / 4);
        return Math.ceil(value / step) * step;
    }

    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /**
     * A coordinate or value with one decimal ("12.5"), built by hand: a chart has hundreds of them,
     * too many for the slow {@code String.format}.
     */
    public static String svgNumber(double value) {
        long tenths = Math.round(value * 10);
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + (abs / 10) + "." + (abs % 10);
    }

    /** Maps a data range onto a pixel range. */
    record Scale(double from, double to, double pixelFrom, double pixelTo) {
        double map(double value) {
            return pixelFrom + (value - from) / (to - from) * (pixelTo - pixelFrom);
        }
    }
}
