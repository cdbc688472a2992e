package clinic.letdown.careplan;

import static clinic.letdown.consultation.DifficultyFactor.ANXIETY;
import static clinic.letdown.consultation.DifficultyFactor.DISTRACTIONS;
import static clinic.letdown.consultation.DifficultyFactor.FATIGUE;
import static clinic.letdown.consultation.DifficultyFactor.MEDICATION;
import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import clinic.letdown.careplan.StrategySuggestions.Reason;
import clinic.letdown.careplan.StrategySuggestions.Suggestion;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.strategy.FactorRelevance;
import clinic.letdown.strategy.Strategy;

/** The ranking of strategies for a client's difficulties, without a database. */
class StrategySuggestionsTest {

    private static final AtomicLong IDS = new AtomicLong();

    @Test
    void scenarioThreeStressSevenPainFiveRanksWarmCompressesAndDeepBreathingFirst() {
        List<Suggestion> ranked = StrategySuggestions.rank(library(), Map.of(STRESS, 7, PAIN, 5));

        assertEquals(List.of("Warm compresses", "Deep breathing", "Visualization"), names(ranked).subList(0, 3));
        assertEquals(29, ranked.get(0).score(), "warm compresses: pain 5 x 3 + stress 7 x 2");
        assertEquals(26, ranked.get(1).score(), "deep breathing: stress 7 x 3 + pain 5 x 1");
        assertEquals(List.of(new Reason(STRESS, 7, 3), new Reason(PAIN, 5, 1)), ranked.get(1).reasons(),
                "the reasons name each factor with the client's severity, the larger contribution first");
        assertEquals(List.of(new Reason(PAIN, 5, 3), new Reason(STRESS, 7, 2)), ranked.get(0).reasons());
    }

    @Test
    void strategiesAddressingNoneOfTheDifficultiesAreNotSuggested() {
        List<Suggestion> ranked = StrategySuggestions.rank(library(), Map.of(MEDICATION, 6));
        assertEquals(List.of("Review of medications with the prescriber"), names(ranked));
        assertEquals(18, ranked.get(0).score());
    }

    @Test
    void aDifficultyOfSeverityZeroCountsForNothing() {
        List<Suggestion> ranked = StrategySuggestions.rank(library(), Map.of(FATIGUE, 0));
        assertTrue(ranked.isEmpty(), names(ranked).toString());
        assertTrue(StrategySuggestions.rank(library(), Map.of()).isEmpty());
    }

    @Test
    void retiredStrategiesAreNeverSuggested() {
        List<Strategy> library = library();
        library.stream().filter(s -> s.name.equals("Warm compresses")).forEach(s -> s.retired = true);
        List<Suggestion> ranked = StrategySuggestions.rank(library, Map.of(STRESS, 7, PAIN, 5));
        assertTrue(!names(ranked).contains("Warm compresses"));
        assertEquals("Deep breathing", ranked.get(0).strategy().name);
    }

    @Test
    void tiesGoToTheStrongestSingleReasonThenToTheName() {
        // all three score 12 for STRESS 4, ANXIETY 4
        Strategy broad = strategy("Broad", STRESS, 2, ANXIETY, 1);
        Strategy focusedB = strategy("Focused B", STRESS, 3);
        Strategy focusedA = strategy("focused a", ANXIETY, 3);
        List<Suggestion> ranked = StrategySuggestions.rank(List.of(broad, focusedB, focusedA), Map.of(STRESS, 4, ANXIETY, 4));

        assertEquals(List.of(12, 12, 12), ranked.stream().map(Suggestion::score).toList());
        assertEquals(List.of("focused a", "Focused B", "Broad"), names(ranked),
                "12 from one factor beats 8 + 4; equal strength falls back to the name, ignoring case");
    }

    @Test
    void theOrderDoesNotDependOnTheOrderOfTheLibrary() {
        List<Strategy> library = library();
        List<String> forward = names(StrategySuggestions.rank(library, Map.of(STRESS, 5, DISTRACTIONS, 5, ANXIETY, 2)));
        java.util.Collections.reverse(library);
        assertEquals(forward, names(StrategySuggestions.rank(library, Map.of(STRESS, 5, DISTRACTIONS, 5, ANXIETY, 2))));
    }

    private static List<String> names(List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.strategy().name).toList();
    }

    /** The seeded library's weights (V20__strategy_library.sql). */
    static List<Strategy> library() {
        return new java.util.ArrayList<>(List.of(
                strategy("Deep breathing", STRESS, 3, ANXIETY, 3, PAIN, 1),
                strategy("Visualization", STRESS, 3, ANXIETY, 2),
                strategy("Warm compresses", PAIN, 3, STRESS, 2),
                strategy("A calm and comfortable environment", STRESS, 2, DISTRACTIONS, 3, ANXIETY, 1),
                strategy("Eliminating distractions", DISTRACTIONS, 3),
                strategy("Focusing on the baby and the latch", DISTRACTIONS, 2, ANXIETY, 1),
                strategy("Bonding and skin-to-skin contact", STRESS, 2, ANXIETY, 2),
                strategy("Using the baby's cues when apart", DifficultyFactor.OTHER, 2, STRESS, 1),
                strategy("Combining breastfeeding with pumping", DifficultyFactor.OTHER, 2, FATIGUE, 1),
                strategy("Rest and sleep support", FATIGUE, 3, STRESS, 1),
                strategy("Latch assessment for pain", PAIN, 3),
                strategy("Review of medications with the prescriber", MEDICATION, 3),
                strategy("Referral to a physician for a medical condition", DifficultyFactor.MEDICAL_CONDITION, 3)));
    }

    static Strategy strategy(String name, Object... factorRelevance) {
        Strategy strategy = new Strategy();
        strategy.id = IDS.incrementAndGet();
        strategy.name = name;
        for (int i = 0; i < factorRelevance.length; i += 2) {
            strategy.factors.add(new FactorRelevance((DifficultyFactor) factorRelevance[i], (Integer) factorRelevance[i + 1]));
        }
        return strategy;
    }
}
