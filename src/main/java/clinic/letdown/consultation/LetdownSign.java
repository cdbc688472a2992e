package clinic.letdown.consultation;

/** What shows that letdown happened. */
public enum LetdownSign {
    TINGLING, WARMTH, LEAKING_OTHER_BREAST, MORE_SWALLOWING, NONE_FELT
}
