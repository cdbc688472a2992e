package clinic.letdown.web;

/**
 * A refusal the code expects and answers (a message on the form, an explanation page), not a
 * failure: no stack trace is filled in, since nobody reads it, and nothing is suppressed.
 */
public abstract class ExpectedRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Throwable NO_CAUSE = null;
    private static final boolean SUPPRESSION_ENABLED = false;
    private static final boolean STACK_TRACE_WRITABLE = false;

    protected ExpectedRefusal(String message) {
        super(message, NO_CAUSE, SUPPRESSION_ENABLED, STACK_TRACE_WRITABLE);
    }
}
