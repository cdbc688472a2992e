package clinic.letdown.appointment;

/** What was done to an appointment, in its history. Stored by name: never rename a constant. */
public enum ChangeAction {
    BOOKED, RESCHEDULED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW
}
