package clinic.letdown.strategy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words about the strategy library that Java code or several templates put on pages. */
@MessageBundle("strategyMsg")
public interface StrategyMessages {

    @Message("{#when category}{#is RELAXATION}Relaxation{#is ENVIRONMENT}Environment{#is BONDING}Bonding"
            + "{#is COMFORT}Comfort{#is FEEDING_PRACTICE}Feeding practice{#is REST}Rest{#is MEDICAL}Medical{/when}")
    String category(StrategyCategory category);

    @Message("{#when relevance}{#is 1}a little{#is 2}clearly{#is 3}directly{#else}not{/when}")
    String relevance(int relevance);

    @Message("Not addressed")
    String notAddressed();

    @Message("1 - addresses it a little")
    String relevance1();

    @Message("2 - addresses it clearly")
    String relevance2();

    @Message("3 - addresses it directly")
    String relevance3();

    @Message("Choose a category.")
    String noCategory();

    @Message("Choose 0 to 3.")
    String badRelevance();

    @Message("Choose at least one difficulty this strategy addresses; otherwise it is never suggested.")
    String noFactor();

    @Message("Another strategy already has this name.")
    String nameTaken();

    @Message("Someone else changed this strategy while you were editing it. Their version is saved; your changes are shown below - check them and save again.")
    String stale();

    @Message("Strategy \"{name}\" added to the library.")
    String created(String name);

    @Message("Strategy \"{name}\" saved.")
    String saved(String name);

    @Message("Strategy \"{name}\" retired: it is no longer offered for new plans; plans that use it keep it.")
    String retired(String name);

    @Message("Strategy \"{name}\" is active again and offered for new plans.")
    String reactivated(String name);

    // ---- why each weight (issue 24)

    @Message("Why these weights")
    String weightsHeading();

    @Message("A weight says how directly the strategy addresses a difficulty (1 a little, 2 clearly, 3 directly); suggestions multiply it by the difficulty's severity.")
    String weightsHelp();

    @Message("no reason recorded for this weight (set or changed by the clinic)")
    String noWeightReason();
}
