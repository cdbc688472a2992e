package clinic.letdown.letdownlog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.qute.TemplateData;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.SharedPlans;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.chart.LineChart;
import clinic.letdown.web.Language;

/**
 * A client's letdown log as trends: charts over time (minutes until letdown, stress, pain) with
 * their data as text, and for each activity of a plan the median minutes until letdown on
 * sessions where she tried it against those where she did not. The same model serves her portal
 * and the consultant's pages ({@code tags/letdownTrends.html}).
 * <p>
 * The comparison covers the sessions logged within the plan's period (from its start, to its end,
 * where set) plus any session where she marked one of its activities. Sessions
 * where letdown did not come have no minutes: they are counted apart, not in the medians. A side
 * needs {@value #MIN_PER_SIDE} timed sessions before a median is shown; medians equal to one
 * decimal, as shown, are a tie.
 */
@ApplicationScoped
public class LetdownTrends {

    /** The charts show at most this many of the latest sessions. */
    public static final int CHART_ENTRIES = 60;
    public static final int MIN_PER_SIDE = 3;
    /** About half the width of "30 Sep" at the largest font size the charts use (phones), in chart units. */
    static final int LABEL_HALF_WIDTH = 44;

    @Inject
    @InRequestLanguage
    LetdownLogMessages messages;

    /** What the comparison says about one activity. */
    public enum Outcome {
        NOT_ENOUGH, FASTER, SLOWER, SAME
    }

    /** One logged session, as the charts' text equivalent lists it. */
    @TemplateData
    public record Row(Instant occurredAt, FeedKind feedKind, Double minutesToLetdown, Integer stress,
            Integer pain) {

        public boolean letdownCame() {
            return minutesToLetdown != null;
        }
    }

    /** One side of a comparison: sessions with minutes, their median, and sessions where letdown did not come. */
    @TemplateData
    public record Side(int count, Double median, int noLetdown) {
    }

    @TemplateData
    public record Comparison(long activityId, String activity, Side tried, Side notTried, Outcome outcome,
            Double difference) {

        /** Both sides have enough sessions: the medians are shown. */
        public boolean hasMedians() {
            return outcome != Outcome.NOT_ENOUGH;
        }
    }

    @TemplateData
    public record Trends(long clientId, int totalEntries, List<Row> rows, LineChart minutesChart,
            LineChart stressPainChart, boolean anyStressOrPain, Long planId, String planTitle,
            LocalDate comparedSince, List<Comparison> comparisons, int minPerSide) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** More sessions exist than the charts show. */
        public boolean isTruncated() {
            return totalEntries > rows.size();
        }

        public boolean hasPlan() {
            return planId != null;
        }
    }

    /** Her trend, compared over her ACTIVE plan (or, without one, her latest plan that is not a draft). */
    public Trends forClient(long clientId) {
        return forClient(clientId, CarePlan.listForClient(clientId));
    }

    /**
     * The same, for a page that has already loaded her ACTIVE plan and its activities: the
     * comparison uses them instead of asking again.
     */
    public Trends forClient(long clientId, SharedPlans.ActivePlan active) {
        return active.plan() == null ? forClient(clientId)
                : build(clientId, active.plan(), ActivityName.of(active.activities()));
    }

    /** The same, choosing the plan from her plans already loaded, newest first ({@link CarePlan#listForClient}). */
    public Trends forClient(long clientId, List<CarePlan> plansNewestFirst) {
        CarePlan plan = plansNewestFirst.stream().filter(p -> p.status == CarePlanStatus.ACTIVE).findFirst()
                .orElseGet(() -> plansNewestFirst.stream().filter(p -> p.status != CarePlanStatus.DRAFT).findFirst()
                        .orElse(null));
        return build(clientId, plan, plan == null ? List.of() : ActivityName.ofPlan(plan.id));
    }

    /** Her trend, compared over the activities of plan {@code planId}; 404 when there is no such plan. */
    public Trends forPlan(long planId) {
        CarePlan plan = CarePlan.findById(planId);
        if (plan == null) {
            throw new NotFoundException();
        }
        return build(plan.client.id, plan, ActivityName.of(plan.activities));
    }

    /** What the comparison needs of an activity: its id and its strategy's name. */
    private record ActivityName(long id, String name) {

        /** Activities a page has already loaded, with their strategies. */
        static List<ActivityName> of(List<Activity> activities) {
            return activities.stream().map(a -> new ActivityName(a.id, a.strategy.getShownName())).toList();
        }

        /** The plan's activities, in its order, as ids and names only (its strategies' texts are not read). */
        static List<ActivityName> ofPlan(long planId) {
            return Activity.getEntityManager().createQuery("select a.id, a.strategy.name, a.strategy.nameEs from Activity a"
                    + " where a.carePlan.id = :plan order by a.position, a.id", Object[].class)
                    .setParameter("plan", planId).getResultList().stream()
                    .map(row -> new ActivityName((Long) row[0], Language.current() == Language.ES && row[2] != null
                            && !((String) row[2]).isBlank() ? (String) row[2] : (String) row[1])).toList();
        }
    }

    /** activities: the plan's (none without a plan). */
    private Trends build(long clientId, CarePlan plan, List<ActivityName> activities) {
        List<Object[]> newestFirst = LetdownLogEntry.getEntityManager().createQuery("select e.occurredAt, e.feedKind,"
                + " e.minutesToLetdown, e.stress, e.pain from LetdownLogEntry e where e.client.id = :client"
                + " order by e.occurredAt desc, e.id desc", Object[].class)
                .setParameter("client", clientId).setMaxResults(CHART_ENTRIES).getResultList();
        List<Row> rows = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Object[] e = newestFirst.get(i);
            rows.add(new Row((Instant) e[0], (FeedKind) e[1], (Double) e[2], (Integer) e[3], (Integer) e[4]));
        }
        // fewer than a chart's worth: these are all of them, no need to count
        long total = rows.size() < CHART_ENTRIES ? rows.size() : LetdownLogEntry.count("client.id", clientId);
        boolean anyStressOrPain = rows.stream().anyMatch(r -> r.stress() != null || r.pain() != null);
        List<Comparison> comparisons = plan == null ? List.of() : compare(clientId, plan, activities);
        return new Trends(clientId, (int) total, rows, minutesChart(rows), stressPainChart(rows), anyStressOrPain,
                plan == null ? null : plan.id, plan == null ? null : plan.title, plan == null ? null : plan.periodStart,
                comparisons, MIN_PER_SIDE);
    }

    // ------------------------------------------------------------------ the comparison

    private List<Comparison> compare(long clientId, CarePlan plan, List<ActivityName> activities) {
        if (activities.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> minutesByEntry = new HashMap<>();
        Map<Long, Set<Long>> triedByActivity = new HashMap<>();
        for (Object[] row : entriesInScope(clientId, plan)) {
            Long entry = (Long) row[0];
            minutesByEntry.put(entry, (Double) row[1]);
            if (row[2] != null) {
                triedByActivity.computeIfAbsent((Long) row[2], k -> new HashSet<>()).add(entry);
            }
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (ActivityName activity : activities) {
            Set<Long> tried = triedByActivity.getOrDefault(activity.id(), Set.of());
            List<Double> triedMinutes = new ArrayList<>();
            List<Double> otherMinutes = new ArrayList<>();
            int triedNone = 0;
            int otherNone = 0;
            for (Map.Entry<Long, Double> entry : minutesByEntry.entrySet()) {
                boolean wasTried = tried.contains(entry.getKey());
                if (entry.getValue() == null) {
                    if (wasTried) {
                        triedNone++;
                    } else {
                        otherNone++;
                    }
                } else if (wasTried) {
                    triedMinutes.add(entry.getValue());
                } else {
                    otherMinutes.add(entry.getValue());
                }
            }
            comparisons.add(comparison(activity, side(triedMinutes, triedNone), side(otherMinutes, otherNone)));
        }
        return comparisons;
    }

    /**
     * The sessions the comparison covers, in one query: entry id, minutes (null: letdown did not
     * come) and an activity of the plan she tried at it (null for none; an entry comes once per
     * such activity).
     */
    private static List<Object[]> entriesInScope(long clientId, CarePlan plan) {
        ZoneId zone = Formats.ZONE;
        StringBuilder query = new StringBuilder("select e.id, e.minutesToLetdown, a.id from LetdownLogEntry e"
                + " left join e.activitiesTried a on a.carePlan.id = :plan"
                + " where e.client.id = :client and (a.id is not null or (1 = 1");
        if (plan.periodStart != null) {
            query.append(" and e.occurredAt >= :from");
        }
        if (plan.periodEnd != null) {
            query.append(" and e.occurredAt < :to");
        }
        query.append("))");
        var typed = LetdownLogEntry.getEntityManager().createQuery(query.toString(), Object[].class)
                .setParameter("client", clientId).setParameter("plan", plan.id);
        if (plan.periodStart != null) {
            typed.setParameter("from", plan.periodStart.atStartOfDay(zone).toInstant());
        }
        if (plan.periodEnd != null) {
            typed.setParameter("to", plan.periodEnd.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return typed.getResultList();
    }

    static Side side(List<Double> minutes, int noLetdown) {
        return new Side(minutes.size(), Medians.of(minutes), noLetdown);
    }

    private static Comparison comparison(ActivityName activity, Side tried, Side notTried) {
        Outcome outcome;
        Double difference = null;
        if (tried.count() < MIN_PER_SIDE || notTried.count() < MIN_PER_SIDE) {
            outcome = Outcome.NOT_ENOUGH;
        } else {
            long triedShown = Math.round(tried.median() * 10);
            long otherShown = Math.round(notTried.median() * 10);
            outcome = triedShown == otherShown ? Outcome.SAME : triedShown < otherShown ? Outcome.FASTER : Outcome.SLOWER;
            difference = Math.abs(otherShown - triedShown) / 10.0;
        }
        return new Comparison(activity.id(), activity.name(), tried, notTried, outcome, difference);
    }

    // ------------------------------------------------------------------ the charts

    private LineChart minutesChart(List<Row> rows) {
        List<LineChart.Point> points = rows.stream().filter(r -> r.minutesToLetdown() != null)
                .map(r -> point(r.occurredAt(), r.minutesToLetdown(),
                        messages.minutesPoint(Formats.shown(r.occurredAt()), Formats.oneDecimal(r.minutesToLetdown()))))
                .toList();
        LineChart chart = LineChart.builder(messages.minutesChartTitle(), messages.minutesChartDescription())
                .line(messages.minutesChartTitle(), points).build();
        return withDayTicks(chart, points);
    }

    private LineChart stressPainChart(List<Row> rows) {
        List<LineChart.Point> stress = rows.stream().filter(r -> r.stress() != null)
                .map(r -> point(r.occurredAt(), r.stress(),
                        messages.scalePoint(Formats.shown(r.occurredAt()), String.valueOf(r.stress()))))
                .toList();
        List<LineChart.Point> pain = rows.stream().filter(r -> r.pain() != null)
                .map(r -> point(r.occurredAt(), r.pain(),
                        messages.scalePoint(Formats.shown(r.occurredAt()), String.valueOf(r.pain()))))
                .toList();
        LineChart chart = LineChart.builder(messages.stressPainChartTitle(), messages.stressPainChartDescription())
                .yRange(0, 10)
                .line(messages.stressLine(), stress).line(messages.painLine(), pain).build();
        List<LineChart.Point> all = new ArrayList<>(stress);
        all.addAll(pain);
        return withDayTicks(chart, all);
    }

    private static LineChart.Point point(Instant when, double value, String label) {
        return new LineChart.Point(when.getEpochSecond() / 86400.0, Formats.day(day(when)), value, label);
    }

    private static LocalDate day(Instant when) {
        return LocalDate.ofInstant(when, Formats.ZONE);
    }

    /**
     * Sessions come at any time of day, so the axis names days rather than sessions (which would
     * repeat a date): each day's label sits at its noon, kept inside the plotted range; at most
     * five days are named, spread evenly.
     */
    static LineChart withDayTicks(LineChart chart, List<LineChart.Point> points) {
        if (points.isEmpty()) {
            return chart;
        }
        double xMin = points.stream().mapToDouble(LineChart.Point::x).min().orElseThrow();
        double xMax = points.stream().mapToDouble(LineChart.Point::x).max().orElseThrow();
        LocalDate firstDay = day(Instant.ofEpochSecond(Math.round(xMin * 86400)));
        LocalDate lastDay = day(Instant.ofEpochSecond(Math.round(xMax * 86400)));
        if (xMax == xMin) {
            xMin -= 1;
            xMax += 1;
        }
        List<LocalDate> days = firstDay.datesUntil(lastDay.plusDays(1)).toList();
        int count = Math.min(5, days.size());
        List<LineChart.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate d = days.get(count == 1 ? 0 : i * (days.size() - 1) / (count - 1));
            double noon = d.atTime(12, 0).atZone(Formats.ZONE).toEpochSecond() / 86400.0;
            double x = Math.min(xMax, Math.max(xMin, noon));
            double position = chart.plotLeft() + (x - xMin) / (xMax - xMin) * (chart.plotRight() - chart.plotLeft());
            // a label names a whole day: nudged inwards so that its text is never cut at the chart's edge
            position = Math.min(chart.plotRight() - LABEL_HALF_WIDTH, Math.max(chart.plotLeft() + LABEL_HALF_WIDTH, position));
            ticks.add(new LineChart.Tick(LineChart.svgNumber(position), Formats.day(d)));
        }
        return new LineChart(chart.title(), chart.description(), chart.yLabel(), chart.lines(), ticks, chart.yTicks());
    }
}
