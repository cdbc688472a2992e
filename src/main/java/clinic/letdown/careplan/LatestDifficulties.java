package clinic.letdown.careplan;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.consultation.LetdownDifficulty;

/**
 * A client's latest difficulties: those of her most recent consultation that recorded any.
 * A factor recorded twice counts with its highest severity.
 *
 * @param consultedAt when that consultation started; null when no consultation recorded a difficulty
 */
@TemplateData
public record LatestDifficulties(Long consultationId, Instant consultedAt, List<FactorSeverity> factors) {

    /** One factor and how severe it was, 0-10. */
    @TemplateData
    public record FactorSeverity(DifficultyFactor factor, int severity) {
    }

    public static LatestDifficulties none() {
        return new LatestDifficulties(null, null, List.of());
    }

    public static LatestDifficulties of(long clientId) {
        Consultation latest = Consultation.find("""
                select c from Consultation c where c.client.id = ?1
                and exists (select d.id from LetdownDifficulty d where d.consultation = c)
                order by c.startedAt desc, c.id desc""", clientId).firstResult();
        if (latest == null) {
            return none();
        }
        Map<DifficultyFactor, Integer> severities = new EnumMap<>(DifficultyFactor.class);
        LetdownDifficulty.<LetdownDifficulty>list("consultation.id", latest.id)
                .forEach(d -> severities.merge(d.factor, d.severity, Math::max));
        List<FactorSeverity> factors = severities.entrySet().stream()
                .map(e -> new FactorSeverity(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((FactorSeverity f) -> -f.severity()).thenComparing(FactorSeverity::factor))
                .toList();
        return new LatestDifficulties(latest.id, latest.startedAt, factors);
    }

    public Map<DifficultyFactor, Integer> severities() {
        Map<DifficultyFactor, Integer> map = new EnumMap<>(DifficultyFactor.class);
        factors.forEach(f -> map.put(f.factor(), f.severity()));
        return map;
    }

    public boolean isEmpty() {
        return factors.isEmpty();
    }
}
