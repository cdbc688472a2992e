package clinic.letdown.careplan;

public enum ActivityStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, STOPPED
}
