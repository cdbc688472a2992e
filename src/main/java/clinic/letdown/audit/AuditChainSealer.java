package clinic.letdown.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Links newly committed audit events into the hash chain every second ({@link AuditChain#seal}),
 * off the requests' path. Safe on every node: the head's row lock lets one node link at a time,
 * and the next finds nothing left to link. The first run after the upgrade to version 58 links
 * the events written before it, oldest first.
 */
@ApplicationScoped
public class AuditChainSealer {

    private static final Logger LOG = Logger.getLogger(AuditChainSealer.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /**
     * clinic.audit.settle-after: after this long an event's transaction has surely ended (the
     * transaction timeout is a minute); generous, so that nodes whose clocks differ by a few minutes agree.
     */
    /** clinic.audit.settle-after (web/ClinicConfig documents it; audit/ reads it itself, being below web/). */
    @ConfigProperty(name = "clinic.audit.settle-after")
    Duration settleAfter;

    @Scheduled(every = "${clinic.audit.seal-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealEverySecond() {
        try {
            seal();
        } catch (SQLException e) {
            // another node holding the head past H2's lock timeout, or the database away: the next run catches up
            LOG.warnf("Could not link new audit events into the chain this time: %s", e.getMessage());
        }
    }

    /** Links what is committed and unlinked now; returns how many. */
    public synchronized int seal() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return AuditChain.seal(connection, Instant.now(clock).minus(settleAfter));
        }
    }

    /** A stopping node links what it wrote, so the chain has no pending tail while it is down. */
    void onStop(@Observes ShutdownEvent event) {
        try {
            seal();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "The audit chain is linked by the next node to run");
        }
    }
}
