package clinic.letdown.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.client.Client;
import clinic.letdown.client.ClientMessages;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.chart.LineChart;

/** Assembles the client's page in a fixed number of queries: the client with her babies, her visits with their difficulties. */
@ApplicationScoped
public class VisitHistoryReader {

    @Inject
    @InRequestLanguage
    ClientMessages messages;

    public VisitHistory of(Client client, LocalDate today) {
        List<Consultation> newestFirst = Consultation.list("from Consultation c left join fetch c.consultant"
                + " left join fetch c.baby left join fetch c.difficulties where c.client.id = ?1"
                + " order by c.startedAt desc, c.id desc", client.id);
        List<Consultation> chronological = new ArrayList<>(newestFirst);
        chronological.sort(Comparator.comparing((Consultation c) -> c.startedAt).thenComparing(c -> c.id));
        Consultation latest = newestFirst.isEmpty() ? null : newestFirst.get(0);
        LocalDate nextFollowUp = latest == null ? null : latest.followUpOn;
        List<Consultation> charted = chronological.stream().filter(c -> !c.difficulties.isEmpty()).toList();
        List<Map<DifficultyFactor, Integer>> byVisit = charted.stream().map(VisitHistoryReader::severities).toList();
        return new VisitHistory(client, newestFirst, latestDifficulties(newestFirst), severityChart(charted, byVisit),
                charted.stream().map(c -> Formats.shown(day(c))).toList(), severityRows(byVisit),
                nextFollowUp, nextFollowUp != null && nextFollowUp.isBefore(today));
    }

    private static List<VisitHistory.LatestDifficulty> latestDifficulties(List<Consultation> newestFirst) {
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        Map<DifficultyFactor, Integer> before = newestFirst.size() > 1 ? severities(newestFirst.get(1)) : Map.of();
        return newestFirst.get(0).difficulties.stream()
                .map(d -> new VisitHistory.LatestDifficulty(d, before.get(d.factor))).toList();
    }

    /** The severity of each factor at a visit (the highest, when a factor has two rows). */
    private static Map<DifficultyFactor, Integer> severities(Consultation visit) {
        Map<DifficultyFactor, Integer> byFactor = new EnumMap<>(DifficultyFactor.class);
        for (LetdownDifficulty difficulty : visit.difficulties) {
            byFactor.merge(difficulty.factor, difficulty.severity, Math::max);
        }
        return byFactor;
    }

    /** charted: the visits with difficulties, oldest first; byVisit: their severities, in the same order. */
    private LineChart severityChart(List<Consultation> charted, List<Map<DifficultyFactor, Integer>> byVisit) {
        if (charted.isEmpty()) {
            return null;
        }
        LineChart.Builder chart = LineChart.builder(messages.severityChartTitle(),
                messages.severityChartDescription(charted.size(), Formats.shown(day(charted.get(0))),
                        Formats.shown(day(charted.get(charted.size() - 1)))))
                .yRange(0, 10).yLabel(messages.severityAxis());
        for (DifficultyFactor factor : DifficultyFactor.values()) {
            String name = ConsultationLabels.label(factor);
            List<LineChart.Point> points = new ArrayList<>();
            for (int i = 0; i < charted.size(); i++) {
                Consultation visit = charted.get(i);
                Integer severity = byVisit.get(i).get(factor);
                if (severity != null) {
                    String date = Formats.shown(day(visit));
                    points.add(new LineChart.Point(day(visit).toEpochDay(), date, severity,
                            messages.severityPoint(name, severity, date)));
                }
            }
            if (!points.isEmpty()) {
                chart.line(name, points);
            }
        }
        return chart.build();
    }

    private List<VisitHistory.SeverityRow> severityRows(List<Map<DifficultyFactor, Integer>> byVisit) {
        List<VisitHistory.SeverityRow> rows = new ArrayList<>();
        for (DifficultyFactor factor : DifficultyFactor.values()) {
            if (byVisit.stream().anyMatch(severities -> severities.containsKey(factor))) {
                rows.add(new VisitHistory.SeverityRow(ConsultationLabels.label(factor), byVisit.stream()
                        .map(severities -> severities.containsKey(factor) ? String.valueOf(severities.get(factor)) : "")
                        .toList()));
            }
        }
        return rows;
    }

    private static LocalDate day(Consultation visit) {
        return visit.startedAt.atZone(Formats.ZONE).toLocalDate();
    }
}
