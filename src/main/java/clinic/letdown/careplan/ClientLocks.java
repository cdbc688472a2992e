package clinic.letdown.careplan;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Read-write locks on clients inside this process, each held until the transaction that took it
 * ends: on H2 (one process, and no shared row locks) the entries of one client are logged side by
 * side while a change to her plans waits for them and holds new ones off. Clients share 64 locks
 * by their id. A lock is released by whichever thread ends the transaction, so they are stamped
 * locks, which belong to no thread.
 */
@ApplicationScoped
class ClientLocks {

    private static final int STRIPES = 64;

    /** Longer than any transaction that takes one should last; past it the request fails. */
    private static final long WAIT_SECONDS = 30;

    private final StampedLock[] stripes = new StampedLock[STRIPES];

    @Inject
    TransactionSynchronizationRegistry transactions;

    ClientLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new StampedLock();
        }
    }

    /** Shared with the other transactions that take it shared; waits for an exclusive one. */
    void shared(long clientId) {
        hold(clientId, Mode.SHARED);
    }

    void exclusive(long clientId) {
        hold(clientId, Mode.EXCLUSIVE);
    }

    private enum Mode {
        SHARED, EXCLUSIVE
    }

    private void hold(long clientId, Mode mode) {
        StampedLock lock = stripes[Math.floorMod(Long.hashCode(clientId), STRIPES)];
        long stamp;
        try {
            stamp = mode == Mode.EXCLUSIVE ? lock.tryWriteLock(WAIT_SECONDS, TimeUnit.SECONDS)
                    : lock.tryReadLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for client " + clientId, e);
        }
        if (stamp == 0) {
            throw new IllegalStateException("Client " + clientId + " stayed locked for " + WAIT_SECONDS + " s");
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the lock is held through the commit
                }

                @Override
                public void afterCompletion(int status) {
                    lock.unlock(stamp);
                }
            });
        } catch (RuntimeException e) {
            lock.unlock(stamp);
            throw e;
        }
    }
}
