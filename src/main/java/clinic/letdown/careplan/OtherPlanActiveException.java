package clinic.letdown.careplan;

/** Activation needs a decision: the client already has an active plan (id and version as seen). */
public class OtherPlanActiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public final long otherPlanId;

    public OtherPlanActiveException(long otherPlanId) {
        super(null, null, false, false);
        this.otherPlanId = otherPlanId;
    }
}
