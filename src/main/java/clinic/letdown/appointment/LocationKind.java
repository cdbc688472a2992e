package clinic.letdown.appointment;

/** Where an appointment happens. A room holds one appointment at a time; a home visit or a video call has no limit. */
public enum LocationKind {
    ROOM, HOME_VISIT, TELEHEALTH
}
