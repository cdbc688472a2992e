package clinic.letdown.strategy;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** What an admin types to add or change a library strategy; one relevance 0-3 per difficulty factor. */
@TemplateData
public record StrategyForm(
        @RestForm @NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.max120}") String name,
        @RestForm String category,
        @RestForm @NotBlank(message = "{field.required}") @Size(max = 4000, message = "{strategy.text.max}") String description,
        @RestForm @NotBlank(message = "{field.required}") @Size(max = 4000, message = "{strategy.text.max}") String instructions,
        @RestForm @Size(max = 120, message = "{field.max120}") String usualFrequency,
        @RestForm @Size(max = 120, message = "{field.max120}") String nameEs,
        @RestForm @Size(max = 4000, message = "{strategy.text.max}") String descriptionEs,
        @RestForm @Size(max = 4000, message = "{strategy.text.max}") String instructionsEs,
        @RestForm @Size(max = 120, message = "{field.max120}") String usualFrequencyEs,
        @RestForm("relevance_STRESS") String stress,
        @RestForm("relevance_FATIGUE") String fatigue,
        @RestForm("relevance_ANXIETY") String anxiety,
        @RestForm("relevance_PAIN") String pain,
        @RestForm("relevance_DISTRACTIONS") String distractions,
        @RestForm("relevance_MEDICAL_CONDITION") String medicalCondition,
        @RestForm("relevance_MEDICATION") String medication,
        @RestForm("relevance_OTHER") String other,
        @RestForm String version) {

    /** One relevance select of the form: the factor and its field name. */
    @TemplateData
    public record FactorField(DifficultyFactor factor, String name) {

        public static List<FactorField> all() {
            return java.util.Arrays.stream(DifficultyFactor.values())
                    .map(f -> new FactorField(f, "relevance_" + f.name())).toList();
        }
    }

    public static StrategyForm blank() {
        return new StrategyForm("", "", "", "", "", "", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0", "0");
    }

    public static StrategyForm of(Strategy strategy) {
        return new StrategyForm(strategy.name, strategy.category.name(), strategy.description, strategy.instructions,
                FormFields.orEmpty(strategy.usualFrequency), FormFields.orEmpty(strategy.nameEs),
                FormFields.orEmpty(strategy.descriptionEs), FormFields.orEmpty(strategy.instructionsEs),
                FormFields.orEmpty(strategy.usualFrequencyEs), relevance(strategy, DifficultyFactor.STRESS),
                relevance(strategy, DifficultyFactor.FATIGUE), relevance(strategy, DifficultyFactor.ANXIETY),
                relevance(strategy, DifficultyFactor.PAIN), relevance(strategy, DifficultyFactor.DISTRACTIONS),
                relevance(strategy, DifficultyFactor.MEDICAL_CONDITION), relevance(strategy, DifficultyFactor.MEDICATION),
                relevance(strategy, DifficultyFactor.OTHER), String.valueOf(strategy.version));
    }

    private static String relevance(Strategy strategy, DifficultyFactor factor) {
        return String.valueOf(strategy.relevanceFor(factor));
    }

    /** The typed relevance for a factor, as its select shows it. */
    public String relevanceOf(DifficultyFactor factor) {
        String value = switch (factor) {
            case STRESS -> stress;
            case FATIGUE -> fatigue;
            case ANXIETY -> anxiety;
            case PAIN -> pain;
            case DISTRACTIONS -> distractions;
            case MEDICAL_CONDITION -> medicalCondition;
            case MEDICATION -> medication;
            case OTHER -> other;
        };
        return value == null || value.isBlank() ? "0" : value.trim();
    }

    public StrategyCategory parsedCategory(FormErrors errors, StrategyMessages messages) {
        try {
            return StrategyCategory.valueOf(FormFields.trimmedOrEmpty(category));
        } catch (IllegalArgumentException e) {
            errors.add("category", messages.noCategory());
            return null;
        }
    }

    /** The factors with a relevance 1-3; bad values and an empty choice are reported in {@code errors}. */
    public List<FactorRelevance> parsedFactors(FormErrors errors, StrategyMessages messages) {
        List<FactorRelevance> factors = new ArrayList<>();
        boolean badValue = false;
        for (DifficultyFactor factor : DifficultyFactor.values()) {
            String field = "relevance_" + factor.name();
            try {
                int relevance = Integer.parseInt(relevanceOf(factor));
                if (relevance < 0 || relevance > FactorRelevance.MAX) {
                    errors.add(field, messages.badRelevance());
                    badValue = true;
                } else if (relevance > 0) {
                    factors.add(new FactorRelevance(factor, relevance));
                }
            } catch (NumberFormatException e) {
                errors.add(field, messages.badRelevance());
                badValue = true;
            }
        }
        if (factors.isEmpty() && !badValue) {
            errors.add("factors", messages.noFactor());
        }
        return factors;
    }
}
