package clinic.letdown.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.quarkus.hibernate.orm.panache.Panache;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.web.Language;

/**
 * Why each weight of a strategy is what it is, one line per factor in the page's language
 * ({@code {inject:weightReasons.of(strategy)}}): the starting library's lines (V69), shown only
 * while the weight is still the one they were written for.
 */
@ApplicationScoped
@Named("weightReasons")
public class WeightReasons {

    /** The reason of each factor's weight, in the strategy's order of factors; a changed weight has none. */
    public Map<DifficultyFactor, String> of(Strategy strategy) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(
                "select factor, relevance, reason_en, reason_es from strategy_weight_reason where strategy_id = ?1")
                .setParameter(1, strategy.id).getResultList();
        boolean spanish = Language.current() == Language.ES;
        Map<DifficultyFactor, String> reasons = new LinkedHashMap<>();
        for (FactorRelevance f : strategy.factorsByRelevance()) {
            for (Object[] row : rows) {
                if (f.factor.name().equals(row[0]) && f.relevance == ((Number) row[1]).intValue()) {
                    reasons.put(f.factor, (String) (spanish ? row[3] : row[2]));
                }
            }
        }
        return reasons;
    }
}
