package clinic.letdown.letdownlog;

import clinic.letdown.web.ExpectedRefusal;

/** An activity chosen in the log form no longer belongs to her current plan (the plan changed meanwhile). */
public class PlanChangedException extends ExpectedRefusal {

    private static final long serialVersionUID = 1L;

    public PlanChangedException() {
        super("an activity tried is not in the client's active plan");
    }
}
