package clinic.letdown.strategy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.StaleEditException;

/** Changes to the library, each audited in the same transaction. Strategies are retired, never deleted. */
@ApplicationScoped
public class StrategyService {

    public static final String NAME_CONSTRAINT = "uk_strategy_name";

    /** What an admin may set on a strategy. */
    public record Content(String name, StrategyCategory category, String description, String instructions,
            String usualFrequency, List<FactorRelevance> factors, Spanish spanish) {

        public Content(String name, StrategyCategory category, String description, String instructions,
                String usualFrequency, List<FactorRelevance> factors) {
            this(name, category, description, instructions, usualFrequency, factors, Spanish.NONE);
        }
    }

    /** The Spanish texts of a strategy; blank ones are "not translated yet". */
    public record Spanish(String name, String description, String instructions, String usualFrequency) {
        public static final Spanish NONE = new Spanish(null, null, null, null);
    }

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Strategy create(Content content) {
        Strategy strategy = new Strategy();
        strategy.createdAt = Instant.now(clock);
        apply(strategy, content);
        strategy.persist();
        Strategy.flush();
        audit.record(AuditAction.CREATE, RecordType.STRATEGY, strategy.id, strategy.name);
        return strategy;
    }

    @Transactional
    public void update(long id, String version, Content content) {
        Strategy strategy = Strategy.load(id);
        StaleEditException.check(strategy.version, version);
        apply(strategy, content);
        audit.record(AuditAction.UPDATE, RecordType.STRATEGY, id, strategy.name);
        Strategy.flush();
    }

    @Transactional
    public Strategy setRetired(long id, boolean retired) {
        Strategy strategy = Strategy.load(id);
        if (strategy.retired != retired) {
            strategy.retired = retired;
            strategy.updatedAt = Instant.now(clock);
            audit.record(AuditAction.UPDATE, RecordType.STRATEGY, id, (retired ? "retired " : "reactivated ") + strategy.name);
        }
        return strategy;
    }

    private void apply(Strategy strategy, Content content) {
        strategy.name = content.name().trim();
        strategy.category = content.category();
        strategy.description = content.description().strip();
        strategy.instructions = content.instructions().strip();
        String frequency = content.usualFrequency() == null ? "" : content.usualFrequency().trim();
        strategy.usualFrequency = frequency.isEmpty() ? null : frequency;
        Spanish spanish = content.spanish() == null ? Spanish.NONE : content.spanish();
        strategy.nameEs = orNull(spanish.name());
        strategy.descriptionEs = orNull(spanish.description());
        strategy.instructionsEs = orNull(spanish.instructions());
        strategy.usualFrequencyEs = orNull(spanish.usualFrequency());
        strategy.factors.clear();
        strategy.factors.addAll(content.factors());
        strategy.updatedAt = Instant.now(clock);
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
