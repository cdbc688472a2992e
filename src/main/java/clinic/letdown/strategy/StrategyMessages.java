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
    // ------------------------------------------------------------ the library's pages

    @Message("Strategy library")
    String library();

    @Message("New strategy")
    String newStrategy();

    @Message("Edit {name}")
    String editNamed(String name);

    @Message("Edit strategy")
    String editStrategy();

    @Message("Improvement strategies for letdown difficulties. When a consultant starts a care plan, the active strategies that address the client's latest difficulties are suggested, most relevant first.")
    String libraryIntro();

    @Message("Filter strategies")
    String filterLabel();

    @Message("Name contains")
    String nameContains();

    @Message("Category")
    String categoryLabel();

    @Message("All categories")
    String allCategories();

    @Message("Show")
    String show();

    @Message("Active strategies")
    String activeStrategies();

    @Message("Retired strategies")
    String retiredStrategies();

    @Message("All strategies")
    String allStrategies();

    @Message("Filter")
    String filter();

    @Message("No strategy matches.")
    String noMatch();

    @Message("Strategies")
    String strategies();

    @Message("Strategy")
    String strategy();

    @Message("Addresses")
    String addresses();

    @Message("Status")
    String status();

    @Message("Retired")
    String retiredTag();

    @Message("Active")
    String activeTag();

    @Message("no Spanish yet")
    String noSpanish();

    @Message("Strategy pages")
    String strategyPages();

    @Message("Numbers after each difficulty: how directly the strategy addresses it, 1 (a little) to 3 (directly).")
    String relevanceHelp();

    @Message("Retired: no longer offered for new care plans. Plans that already use it keep it.")
    String retiredNotice();

    @Message("Usually")
    String usually();

    @Message("as agreed with the client")
    String asAgreed();

    @Message("Used in")
    String usedIn();

    @Message("{#if count == 1}{count} care plan{#else}{count} care plans{/if}")
    String carePlans(long count);

    @Message("For consultants")
    String forConsultants();

    @Message("Instructions for the client")
    String instructionsForClient();

    @Message("Copied into each care plan that uses this strategy, where the consultant personalises them.")
    String instructionsCopied();

    @Message("In Spanish")
    String inSpanish();

    @Message("This strategy has no Spanish text yet: a Spanish-speaking client's plan starts from the English instructions.")
    String spanishMissing();

    @Message("Availability")
    String availability();

    @Message("Reactivating offers it again for new care plans.")
    String reactivateHelp();

    @Message("Reactivate strategy")
    String reactivate();

    @Message("Strategies are never deleted. Retiring one stops offering it for new care plans; plans that use it keep it.")
    String retireHelp();

    @Message("Retire strategy")
    String retire();

    @Message("Last changed {date}.")
    String lastChanged(String date);

    @Message("English")
    String english();

    @Message("Spanish")
    String spanish();

    @Message("Name")
    String name();

    @Message("Choose a category")
    String chooseCategory();

    @Message("Description for consultants")
    String description();

    @Message("What it is, when it helps, what to watch for.")
    String descriptionHelp();

    @Message("One step per line, in plain words; they are copied into each care plan and can be personalised there.")
    String instructionsHelp();

    @Message("How often, usually")
    String usualFrequency();

    @Message("For example: before every feed. Pre-fills the activity of a care plan.")
    String usualFrequencyHelp();

    @Message("The same in Spanish, for Spanish-speaking clients (\"usted\"; terms as in docs/glossary-es.md). Leave it empty until it is translated: the library marks the strategy.")
    String spanishHelp();

    @Message("Difficulties it addresses")
    String difficultiesAddressed();

    @Message("Suggestions rank strategies by the client's severity (0-10) times this relevance, summed over her difficulties.")
    String rankingHelp();

    @Message("Save strategy")
    String save();

    @Message("Add to the library")
    String add();
}
