package clinic.letdown.account;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import clinic.letdown.web.ClinicConfig;

/**
 * Refuses sign-in for a username after too many failures within the window (15 minutes by
 * default), and for a client address after many failures across usernames. Refused attempts
 * count as failures too, so guessing on keeps the lock closed.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    ClinicConfig config;

    @Inject
    Clock clock;

    public boolean isLocked(String username, String remoteAddress) {
        Instant since = Instant.now(clock).minus(config.login().window());
        return LoginFailure.countForUsernameSince(username, since) >= config.login().maxFailuresPerUsername()
                || LoginFailure.countForAddressSince(remoteAddress, since) >= config.login().maxFailuresPerAddress();
    }

    public void recordFailure(String username, String remoteAddress) {
        LoginFailure.record(username, remoteAddress, Instant.now(clock));
    }

    public void recordSuccess(String username) {
        LoginFailure.forgetUsername(username);
    }

    /** Old failures no longer count; deleting them is idempotent, so every node may run this. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldFailures() {
        LoginFailure.deleteOlderThan(Instant.now(clock).minus(config.login().window()).minus(config.login().window()));
    }
}
