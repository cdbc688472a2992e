package clinic.letdown.consultation;

/** The kind of visit (FHIR Encounter class). */
public enum ConsultationKind {
    INITIAL, FOLLOW_UP, TELEHEALTH, PHONE
}
