package clinic.letdown.strategy;

/** How the library groups strategies. */
public enum StrategyCategory {
    RELAXATION, ENVIRONMENT, BONDING, COMFORT, FEEDING_PRACTICE, REST, MEDICAL
}
