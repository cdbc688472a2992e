package clinic.letdown.careplan;

/** A change the plan's rules refuse; the message explains it to the consultant. */
public class CarePlanRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CarePlanRuleException(String message) {
        super(message);
    }
}
