package clinic.letdown.client;

/** ACTIVE while in care; DISCHARGED clients keep their record but log no new check-ins. */
public enum ClientStatus {
    ACTIVE, DISCHARGED
}
