package clinic.letdown.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientMessages;
import clinic.letdown.web.Formats;
import clinic.letdown.web.chart.LineChart;

/** Assembles the client's page in a fixed number of queries: the client with her babies, her visits with their difficulties. */
@ApplicationScoped
public class VisitHistories {

    @Inject
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
        List<Map<DifficultyFactor, Integer>> byVisit = charted.stream().map(VisitHistories::severities).toList();
        return new VisitHistory(client, newestFirst, latestDifficulties(newestFirst), severityChart(charted, byVisit),
                charted.stream().map(c -> Formats.shown(day(c))).toList(), severityRows(byVisit),
                weights(client, chronological), nextFollowUp, nextFollowUp != null && nextFollowUp.isBefore(today));
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

    private List<VisitHistory.BabyWeights> weights(Client client, List<Consultation> chronological) {
        List<VisitHistory.BabyWeights> result = new ArrayList<>();
        for (Baby baby : client.babies) {
            List<VisitHistory.WeightRow> rows = new ArrayList<>();
            if (baby.dateOfBirth != null && baby.birthWeightGrams != null) {
                rows.add(new VisitHistory.WeightRow(baby.dateOfBirth, baby.birthWeightGrams, null));
            }
            for (Consultation visit : chronological) {
                boolean aboutThisBaby = visit.baby == null ? client.babies.size() == 1 : visit.baby.id.equals(baby.id);
                if (aboutThisBaby && visit.infantWeightGrams != null) {
                    rows.add(new VisitHistory.WeightRow(day(visit), visit.infantWeightGrams, visit.kind));
                }
            }
            result.add(new VisitHistory.BabyWeights(baby, rows.size() < 2 ? null : weightChart(baby, rows), rows));
        }
        return result;
    }

    private LineChart weightChart(Baby baby, List<VisitHistory.WeightRow> rows) {
        List<LineChart.Point> points = rows.stream().map(r -> new LineChart.Point(r.date().toEpochDay(),
                Formats.shown(r.date()), r.grams(), messages.weightPoint(Formats.grouped(r.grams()), Formats.shown(r.date()))))
                .toList();
        int min = rows.stream().mapToInt(VisitHistory.WeightRow::grams).min().orElse(0);
        int max = rows.stream().mapToInt(VisitHistory.WeightRow::grams).max().orElse(0);
        return LineChart.builder(messages.weightChartTitle(baby.name),
                messages.weightChartDescription(baby.name, rows.size(), Formats.shown(rows.get(0).date()),
                        Formats.shown(rows.get(rows.size() - 1).date())))
                .yRange(Math.max(0, Math.floor((min - 200) / 500.0) * 500), Math.ceil((max + 200) / 500.0) * 500)
                .yLabel(messages.gramsAxis()).line(baby.name, points).build();
    }

    private static LocalDate day(Consultation visit) {
        return visit.startedAt.atZone(Formats.ZONE).toLocalDate();
    }
}
