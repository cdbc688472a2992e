package clinic.letdown.report;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a computation another thread runs, its failure thrown here as it was thrown there. */
final class RethrowingWait {

    private RethrowingWait() {
    }

    /** The result; {@code what} names the computation in the message of an interrupted wait. */
    static <T> T forResult(Future<T> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }
}
