package clinic.letdown.careplan;

public enum GoalStatus {
    IN_PROGRESS, ACHIEVED, NOT_ACHIEVED, CANCELLED
}
