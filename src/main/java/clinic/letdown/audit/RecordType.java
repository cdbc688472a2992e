package clinic.letdown.audit;

/** What kind of record an audit event is about, stored as its name in {@code audit_event.record_type}. */
public enum RecordType {
    ACCOUNT("Account"),
    PORTAL_ACCOUNT("PortalAccount"),
    CLIENT("Client"),
    BABY("Baby"),
    CONSULTATION("Consultation"),
    CARE_PLAN("CarePlan"),
    LETDOWN_LOG_ENTRY("LetdownLogEntry"),
    STRATEGY("Strategy"),
    WEIGH_IN("WeighIn"),
    GROWTH("Growth"),
    GROWTH_SETTINGS("GrowthSettings"),
    APPOINTMENT("Appointment"),
    APPOINTMENT_TYPE("AppointmentType"),
    CLINIC_LOCATION("ClinicLocation"),
    WORKING_HOURS("WorkingHours"),
    REPORT("Report"),
    DATABASE("Database"),
    AUDIT_CHAIN("AuditChain");

    /** As stored (and shown on the audit page). */
    public final String stored;

    RecordType(String stored) {
        this.stored = stored;
    }
}
