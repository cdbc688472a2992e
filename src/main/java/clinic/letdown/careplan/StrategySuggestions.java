package clinic.letdown.careplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.strategy.FactorRelevance;
import clinic.letdown.strategy.Strategy;

/**
 * Ranks the library for a client: each active strategy scores the sum, over the client's latest
 * difficulties, of severity (0-10) times the strategy's relevance for that factor (1-3). Strategies
 * scoring 0 are not suggested. Ties go to the strategy that addresses the worst difficulty most
 * strongly (its largest single term), then to the name, so the order never depends on the database.
 */
public final class StrategySuggestions {

    private StrategySuggestions() {
    }

    /** Why a strategy is suggested: it addresses this factor, recorded with this severity. */
    @TemplateData
    public record Reason(DifficultyFactor factor, int severity, int relevance) {
        public int weight() {
            return severity * relevance;
        }
    }

    @TemplateData
    public record Suggestion(Strategy strategy, int score, List<Reason> reasons) {
        int strongestReason() {
            return reasons.stream().mapToInt(Reason::weight).max().orElse(0);
        }
    }

    /** The active strategies of the library ranked for the client's latest difficulties. */
    public static List<Suggestion> forDifficulties(LatestDifficulties difficulties) {
        return difficulties.isEmpty() ? List.of() : rank(Strategy.listActive(), difficulties.severities());
    }

    public static List<Suggestion> rank(Collection<Strategy> strategies, Map<DifficultyFactor, Integer> severities) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (Strategy strategy : strategies) {
            if (strategy.retired) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            for (FactorRelevance addressed : strategy.factors) {
                Integer severity = severities.get(addressed.factor);
                if (severity != null && severity > 0 && addressed.relevance > 0) {
                    reasons.add(new Reason(addressed.factor, severity, addressed.relevance));
                }
            }
            int score = reasons.stream().mapToInt(Reason::weight).sum();
            if (score > 0) {
                reasons.sort(Comparator.comparingInt((Reason r) -> -r.weight()).thenComparing(Reason::factor));
                suggestions.add(new Suggestion(strategy, score, List.copyOf(reasons)));
            }
        }
        suggestions.sort(Comparator.comparingInt((Suggestion s) -> -s.score())
                .thenComparingInt(s -> -s.strongestReason())
                .thenComparing(s -> s.strategy().name.toLowerCase(Locale.ROOT))
                .thenComparing(s -> s.strategy().id == null ? Long.MAX_VALUE : s.strategy().id));
        return suggestions;
    }
}
