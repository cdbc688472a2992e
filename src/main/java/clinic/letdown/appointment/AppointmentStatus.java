package clinic.letdown.appointment;

import java.util.List;

/** Where an appointment stands (FHIR Appointment.status: booked, arrived, fulfilled, cancelled, noshow). */
public enum AppointmentStatus {
    BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW;

    /** The statuses that hold the consultant's (and the room's) time: an overlap with one of these is a double booking. */
    public static final List<AppointmentStatus> HOLDING_TIME = List.of(BOOKED, CHECKED_IN, COMPLETED);

    public boolean holdsTime() {
        return HOLDING_TIME.contains(this);
    }
}
