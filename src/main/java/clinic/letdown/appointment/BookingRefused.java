package clinic.letdown.appointment;

/** A booking (or a move) the calendar does not take; the form comes back with the reason's words. */
public class BookingRefused extends RuntimeException {

    /** Why, each with its words in {@link AppointmentMessages}. */
    public enum Reason {
        /** The consultant has another appointment then. */
        CONSULTANT_BUSY,
        /** The room has another appointment then. */
        ROOM_BUSY,
        /** Outside her working hours (she may book it for herself with the confirmation). */
        OUTSIDE_HOURS,
        /** In her time off (the same). */
        TIME_OFF,
        /** Someone else is booking the same calendar this very moment and it did not free up in time. */
        CALENDAR_BUSY,
        /** The appointment is cancelled, completed or missed: it no longer moves. */
        CLOSED
    }

    public final Reason reason;

    public BookingRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    /** Outside hours or in time off: the consultant booking for herself may confirm and book anyway. */
    public boolean overridable() {
        return reason == Reason.OUTSIDE_HOURS || reason == Reason.TIME_OFF;
    }
}
