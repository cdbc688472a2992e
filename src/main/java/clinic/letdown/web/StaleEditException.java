package clinic.letdown.web;

import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;

/**
 * Someone saved the record after this form was opened. Resources catch it and show the form
 * again with the typed values and an explanation; nothing is overwritten.
 */
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Compares the version the form was opened with against the stored one. */
    public static void check(long storedVersion, String submittedVersion) {
        long submitted;
        try {
            submitted = Long.parseLong(FormFields.trimmedOrEmpty(submittedVersion));
        } catch (NumberFormatException e) {
            throw new StaleEditException();
        }
        if (submitted != storedVersion) {
            throw new StaleEditException();
        }
    }

    /** {@link #saved(Runnable, FormErrors, String)} with the words every form shares ({@link #message()}). */
    public static boolean saved(Runnable save, FormErrors errors) {
        return saved(save, errors, message());
    }

    /** What a stale form says at its top, in the request's language. */
    public static String message() {
        return RequestLanguage.words(WebMessages.class, Language.current()).staleEdit();
    }

    /**
     * Runs a save; when the record changed since the form was opened, puts {@code message} at the
     * top of the form and answers false, so the resource shows the form again with the stored version.
     */
    public static boolean saved(Runnable save, FormErrors errors, String message) {
        try {
            save.run();
            return true;
        } catch (RuntimeException e) {
            if (!isStale(e)) {
                throw e;
            }
            errors.add(FormErrors.FORM, message);
            return false;
        }
    }

    /**
     * Runs a button's action (no typed values to keep): {@code done}'s redirect when it ran; when the
     * record changed since the page was shown, a redirect to {@code page} with {@code message}.
     */
    public static Response acted(Runnable action, Supplier<Response> done, String page, String message) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!isStale(e)) {
                throw e;
            }
            return Flash.redirect(page, message);
        }
        return done.get();
    }

    /** True for our own check and for Hibernate's, which fires when two saves race. */
    public static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleEditException || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
