package clinic.letdown.consultation;

/** What sets letdown off for a client. */
public enum LetdownTrigger {
    BABY_SUCKING, BABY_CRY, SIGHT_OR_SMELL_OF_BABY, THINKING_OF_BABY, USUAL_FEEDING_TIME
}
