package clinic.letdown.careplan;

/** FHIR CarePlan status (the subset a clinic uses). At most one ACTIVE plan per client. */
public enum CarePlanStatus {
    DRAFT, ACTIVE, ON_HOLD, COMPLETED, REVOKED
}
