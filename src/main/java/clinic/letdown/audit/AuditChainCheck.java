package clinic.letdown.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Walks the audit trail's hash chain from its first event to its head and names the first broken
 * link: an event whose content no longer gives its hash (changed), a place with no event (removed),
 * a place taken twice, a head that the chain does not reach, or an event that appeared unlinked
 * below the settled id (slipped in afterwards). Plain JDBC, for the admin page and the
 * {@link VerifyChain} command. Events committed in the last second or so are not linked yet: they
 * are counted as pending, not judged.
 */
public final class AuditChainCheck {

    private static final int BATCH = 10_000;

    /** What is wrong at the first broken link. */
    public enum Breach {
        /** The event's content or hash was changed after it was linked. */
        CHANGED,
        /** The event that held this place in the chain is gone. */
        REMOVED,
        /** Two events claim this place: a link was forged. */
        DUPLICATED,
        /** The chain ends before the head says it does: its last events are gone. */
        TAIL_REMOVED,
        /** An event that was never linked, below the id up to which every event was linked. */
        SLIPPED_IN
    }

    /** The first broken link: what, at which place of the chain, and the event there (if any). */
    public record Problem(Breach breach, long position, Long eventId) {
    }

    /**
     * The outcome: how many linked events were checked, the head (its place and hash: note them
     * to compare later), the events not linked yet, and the first problem or null.
     */
    public record Result(long checked, long lastSeq, String lastHash, long pending, Problem problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    private AuditChainCheck() {
    }

    public static Result verify(Connection connection) throws SQLException {
        AuditChain.Head head = AuditChain.head(connection, "");
        long pending = count(connection, "SELECT COUNT(*) FROM audit_event WHERE chain_seq IS NULL AND id > ?",
                head.settledId());
        long expected = 1;
        String previous = AuditChain.GENESIS;
        // ranges of places, not "the next N rows": each read is an index range of N rows, whatever
        // the planner believes of the column (a top-N over the rest of the chain was a sort of all of it)
        try (PreparedStatement walk = connection.prepareStatement("SELECT chain_seq, hash, " + AuditChain.EVENT_COLUMNS
                + " FROM audit_event WHERE chain_seq >= ? AND chain_seq <= ? ORDER BY chain_seq, id")) {
            while (expected <= head.lastSeq()) {
                walk.setLong(1, expected);
                walk.setLong(2, Math.min(head.lastSeq(), expected + BATCH - 1));
                int read = 0;
                try (ResultSet rows = walk.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        long seq = rows.getLong(1);
                        String stored = rows.getString(2);
                        AuditChain.Event event = readEvent(rows);
                        if (seq > expected) {
                            return broken(expected - 1, head, pending, Breach.REMOVED, expected, null);
                        }
                        if (seq < expected) {
                            return broken(expected - 1, head, pending, Breach.DUPLICATED, seq, event.id());
                        }
                        if (!AuditChain.link(previous, seq, event).equals(stored)) {
                            return broken(expected - 1, head, pending, Breach.CHANGED, seq, event.id());
                        }
                        previous = stored;
                        expected++;
                    }
                }
                if (read == 0) {
                    // a whole range is empty: removed in the middle, or the chain's end is gone
                    long next = count(connection, "SELECT COALESCE(MIN(chain_seq), 0) FROM audit_event WHERE chain_seq > ?",
                            expected);
                    if (next > 0 && next <= head.lastSeq()) {
                        return broken(expected - 1, head, pending, Breach.REMOVED, expected, null);
                    }
                    break;
                }
            }
        }
        if (expected - 1 < head.lastSeq() || !previous.equals(head.lastHash())) {
            return broken(expected - 1, head, pending, Breach.TAIL_REMOVED, expected, null);
        }
        long slippedIn = count(connection, "SELECT COALESCE(MIN(id), 0) FROM audit_event WHERE chain_seq IS NULL"
                + " AND id <= ?", head.settledId());
        if (slippedIn > 0) {
            return broken(expected - 1, head, pending, Breach.SLIPPED_IN, 0, slippedIn);
        }
        return new Result(expected - 1, head.lastSeq(), head.lastHash(), pending, null);
    }

    private static Result broken(long checked, AuditChain.Head head, long pending, Breach breach, long position,
            Long eventId) {
        return new Result(checked, head.lastSeq(), head.lastHash(), pending, new Problem(breach, position, eventId));
    }

    /** The event's columns start after chain_seq and hash. */
    private static AuditChain.Event readEvent(ResultSet rows) throws SQLException {
        return AuditChain.Event.read(rows, 3);
    }

    private static long count(Connection connection, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
