package clinic.letdown.appointment;

import java.util.List;

import clinic.letdown.web.Hql;

/** Where an appointment stands (FHIR Appointment.status: booked, arrived, fulfilled, cancelled, noshow). */
public enum AppointmentStatus {
    BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW;

    /** The statuses that hold the consultant's (and the room's) time: an overlap with one of these is a double booking. */
    public static final List<AppointmentStatus> HOLDING_TIME = List.of(BOOKED, CHECKED_IN, COMPLETED);
    /** {@link #HOLDING_TIME} for HQL's {@code in}. */
    static final String HOLDING_TIME_LITERALS = Hql.literals(HOLDING_TIME);

    public boolean holdsTime() {
        return HOLDING_TIME.contains(this);
    }
}
