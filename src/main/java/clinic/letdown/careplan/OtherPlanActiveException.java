package clinic.letdown.careplan;

import clinic.letdown.web.ExpectedRefusal;

/** Activation needs a decision: the client already has an active plan (id and version as seen). */
public class OtherPlanActiveException extends ExpectedRefusal {

    private static final long serialVersionUID = 1L;

    public final long otherPlanId;

    public OtherPlanActiveException(long otherPlanId) {
        super("the client has another active plan");
        this.otherPlanId = otherPlanId;
    }
}
