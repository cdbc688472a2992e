package clinic.letdown.appointment;

/** The kind of visit an appointment type is charted as: the names of consultation/ConsultationKind. */
public enum VisitKind {
    INITIAL, FOLLOW_UP, TELEHEALTH, PHONE;

    public static VisitKind ofName(String name) {
        for (VisitKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
