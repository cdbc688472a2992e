package clinic.letdown.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import clinic.letdown.web.ClinicConfig;

/**
 * Slows password guessing without letting a stranger keep anyone out.
 * <p>
 * Each attempt is charged, before its password is checked, to two counters: its address's and its
 * username's. The username's counter is the one for attempts from addresses it never signed in
 * from, or, from an address it did sign in from, one of its own for that address: strangers'
 * guesses never delay the clinician at her usual desk. A counter allows a number of failures, then
 * one attempt per delay, the delay doubling with each further failure up to a maximum; an attempt
 * refused while its counter waits changes nothing, so refusals never prolong the wait. A sign-in
 * clears its username counter and takes its failure back from the address. Counts are forgotten a
 * day after the last failure (configurable).
 * <p>
 * Charging is one compare-and-set on the counter's row (its version), committed at once and on its
 * own: of many parallel attempts on several nodes only as many as the counter allows get checked.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int DUPLICATE_KEY = 23505;
    private static final String UNIQUE_VIOLATION = "23505";

    /** What a charge came to; only an allowed reservation may have its password checked. */
    public record Reservation(boolean allowed, String username, String address, String usernameSubject) {
    }

    @Inject
    ClinicConfig config;

    @Inject
    Clock clock;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Charges one attempt for {@code username} from {@code address}; a database failure throws, so
     * that an attempt that cannot be counted is never checked.
     */
    public Reservation reserve(String username, String address) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            Instant now = Instant.now(clock);
            String usernameSubject = knownAddress(username, address, now) ? "user:" + username + " from:" + address
                    : "user:" + username;
            boolean allowed = charge("from:" + address, config.login().maxFailuresPerAddress(), now)
                    && charge(usernameSubject, config.login().maxFailuresPerUsername(), now);
            return new Reservation(allowed, username, address, usernameSubject);
        });
    }

    /** After the right password: the username's count starts again, the address gets its failure back. */
    public void succeeded(Reservation reservation) {
        QuarkusTransaction.suspendingExisting().run(() -> {
            Instant now = Instant.now(clock);
            update("delete from login_throttle where subject = ?", reservation.usernameSubject());
            update("update login_throttle set failures = failures - 1, version = version + 1"
                    + " where subject = ? and failures > 0", "from:" + reservation.address());
            remember(reservation.username(), reservation.address(), now);
        });
    }

    /** When the next attempt would be allowed: free failures first, then a delay doubling per failure. */
    Instant nextAttempt(int failures, int free, Instant now) {
        if (failures < free) {
            return now;
        }
        Duration delay = config.login().firstDelay().multipliedBy(1L << Math.min(failures - free, 30));
        return now.plus(delay.compareTo(config.login().maxDelay()) > 0 ? config.login().maxDelay() : delay);
    }

    /** One compare-and-set on the subject's counter; false when it waits (or stays contended). */
    private boolean charge(String subject, int free, Instant now) {
        for (int round = 0; round < 50; round++) {
            Counter counter = read(subject);
            if (counter == null) {
                if (insert(subject, now, nextAttempt(1, free, now))) {
                    return true;
                }
                continue;
            }
            boolean forgotten = counter.lastFailureAt().isBefore(now.minus(config.login().forgetAfter()));
            if (!forgotten && counter.nextAttemptAt().isAfter(now)) {
                return false;
            }
            int failures = (forgotten ? 0 : counter.failures()) + 1;
            if (compareAndSet(subject, counter.version(), failures, now, nextAttempt(failures, free, now))) {
                return true;
            }
        }
        return false;
    }

    private record Counter(int failures, Instant lastFailureAt, Instant nextAttemptAt, int version) {
    }

    private Counter read(String subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select failures, last_failure_at,"
                        + " next_attempt_at, version from login_throttle where subject = ?")) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Counter(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getObject(3, OffsetDateTime.class).toInstant(), row.getInt(4)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sign-in throttle", e);
        }
    }

    private boolean insert(String subject, Instant now, Instant next) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into login_throttle (subject, failures,"
                        + " last_failure_at, next_attempt_at, version) values (?, 1, ?, ?, 0)")) {
            insert.setString(1, subject);
            insert.setObject(2, now.atOffset(ZoneOffset.UTC));
            insert.setObject(3, next.atOffset(ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isDuplicate(e)) {
                return false;
            }
            throw new IllegalStateException("Could not count a sign-in attempt", e);
        }
    }

    private boolean compareAndSet(String subject, int version, int failures, Instant now, Instant next) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update login_throttle set failures = ?,"
                        + " last_failure_at = ?, next_attempt_at = ?, version = version + 1"
                        + " where subject = ? and version = ?")) {
            update.setInt(1, failures);
            update.setObject(2, now.atOffset(ZoneOffset.UTC));
            update.setObject(3, next.atOffset(ZoneOffset.UTC));
            update.setString(4, subject);
            update.setInt(5, version);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a sign-in attempt", e);
        }
    }

    private boolean knownAddress(String username, String address, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select 1 from login_known_address"
                        + " where username = ? and remote_address = ? and last_sign_in_at > ?")) {
            select.setString(1, username);
            select.setString(2, address);
            select.setObject(3, now.minus(config.login().knownAddressFor()).atOffset(ZoneOffset.UTC));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sign-in addresses", e);
        }
    }

    private void remember(String username, String address, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update login_known_address"
                        + " set last_sign_in_at = ? where username = ? and remote_address = ?")) {
            update.setObject(1, now.atOffset(ZoneOffset.UTC));
            update.setString(2, username);
            update.setString(3, address);
            if (update.executeUpdate() == 1) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into login_known_address"
                    + " (username, remote_address, last_sign_in_at) values (?, ?, ?)")) {
                insert.setString(1, username);
                insert.setString(2, address);
                insert.setObject(3, now.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            if (!isDuplicate(e)) {
                throw new IllegalStateException("Could not remember the sign-in address", e);
            }
        }
    }

    private void update(String sql, String subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, subject);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the sign-in throttle", e);
        }
    }

    private static boolean isDuplicate(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState()) || e.getErrorCode() == DUPLICATE_KEY;
    }

    /** Forgotten counts and old addresses; deleting them is idempotent, so every node may run this. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldFailures() {
        Instant now = Instant.now(clock);
        QuarkusTransaction.suspendingExisting().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement counts = connection.prepareStatement(
                            "delete from login_throttle where last_failure_at < ? and next_attempt_at < ?");
                    PreparedStatement addresses = connection.prepareStatement(
                            "delete from login_known_address where last_sign_in_at < ?")) {
                counts.setObject(1, now.minus(config.login().forgetAfter()).atOffset(ZoneOffset.UTC));
                counts.setObject(2, now.atOffset(ZoneOffset.UTC));
                counts.executeUpdate();
                addresses.setObject(1, now.minus(config.login().knownAddressFor()).atOffset(ZoneOffset.UTC));
                addresses.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not forget old sign-in failures", e);
            }
        });
    }
}
