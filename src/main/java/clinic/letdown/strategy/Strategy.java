package clinic.letdown.strategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.qute.TemplateData;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.web.Language;

/**
 * A reusable improvement strategy of the library. Retired, never deleted: plans that used it
 * keep showing it.
 */
@Entity
@TemplateData
public class Strategy extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 120)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StrategyCategory category;

    /** For consultants: what it is and when it helps. */
    @Column(nullable = false)
    public String description;

    /** For the client: steps in plain words; copied into a plan and personalised there. */
    @Column(nullable = false)
    public String instructions;

    /** How often the client usually does it; pre-fills "how often" of a plan activity. */
    @Column(length = 120)
    public String usualFrequency;

    /** The same in Spanish; null while not translated (the library marks it, English is shown instead). */
    @Column(length = 120)
    public String nameEs;

    public String descriptionEs;

    public String instructionsEs;

    @Column(length = 120)
    public String usualFrequencyEs;

    public boolean retired;

    @ElementCollection
    @CollectionTable(name = "strategy_factor", joinColumns = @JoinColumn(name = "strategy_id"))
    public List<FactorRelevance> factors = new ArrayList<>();

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The relevance for this factor, 0 when the strategy does not address it. */
    public int relevanceFor(DifficultyFactor factor) {
        return factors.stream().filter(f -> f.factor == factor).mapToInt(f -> f.relevance).max().orElse(0);
    }

    /** The factors it addresses, most relevant first. */
    public List<FactorRelevance> factorsByRelevance() {
        return factors.stream()
                .sorted(Comparator.comparingInt((FactorRelevance f) -> -f.relevance).thenComparing(f -> f.factor))
                .toList();
    }

    /** The client's steps, one per line, without blank lines. */
    public List<String> steps() {
        return Steps.of(instructions);
    }

    /** True when the name, description and client's steps all have their Spanish. */
    public boolean hasSpanish() {
        return present(nameEs) && present(descriptionEs) && present(instructionsEs);
    }

    /** The name in the reader's language (English where no Spanish is written). */
    public String getShownName() {
        return nameIn(Language.current());
    }

    /** True when the reader reads Spanish and this name is only in English (to mark it {@code lang="en"}). */
    public boolean isNameInEnglish() {
        return Language.current() == Language.ES && !present(nameEs);
    }

    /** How often, in the reader's language. */
    public String getShownUsualFrequency() {
        return usualFrequencyIn(Language.current());
    }

    public String nameIn(Language language) {
        return language == Language.ES && present(nameEs) ? nameEs : name;
    }

    public String descriptionIn(Language language) {
        return language == Language.ES && present(descriptionEs) ? descriptionEs : description;
    }

    /** The client's steps in her language, from which a plan's activity starts. */
    public String instructionsIn(Language language) {
        return language == Language.ES && present(instructionsEs) ? instructionsEs : instructions;
    }

    public String usualFrequencyIn(Language language) {
        return language == Language.ES && present(usualFrequencyEs) ? usualFrequencyEs : usualFrequency;
    }

    /** The Spanish steps, one per line, without blank lines (empty when not translated). */
    public List<String> stepsEs() {
        return present(instructionsEs) ? Steps.of(instructionsEs) : List.of();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    public boolean isActive() {
        return !retired;
    }

    /** Active strategies by name with their factors: what a new plan may use. */
    /** The strategy with this id, or 404. */
    public static Strategy load(long id) {
        Strategy strategy = findById(id);
        if (strategy == null) {
            throw new NotFoundException();
        }
        return strategy;
    }

    public static List<Strategy> listActive() {
        return list("select distinct s from Strategy s left join fetch s.factors where s.retired = false order by s.name");
    }

    public static boolean nameTaken(String name, Long exceptId) {
        return count("lower(name) = ?1 and id <> ?2", name.trim().toLowerCase(Locale.ROOT),
                exceptId == null ? -1L : exceptId) > 0;
    }
}
