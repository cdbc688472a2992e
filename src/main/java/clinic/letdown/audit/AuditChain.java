package clinic.letdown.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain over the audit trail: event number n of the chain carries
 * {@code SHA-256(hash of event n-1, n, the event's content)}, so changing, removing or slipping in
 * an event breaks every link after it.
 * <p>
 * Events are written unchained (one cheap insert per request, {@link AuditTrail}); {@link #seal}
 * links the committed ones in id order afterwards under a short lock on the one-row table
 * {@code audit_chain_head}. Linking after the commit keeps the requests from queueing behind one
 * lock held to each commit (8 threads on PostgreSQL: 3,400 plain inserts a second, 250 with such a
 * lock), and settles the cases a chain at insert time gets wrong: an event of a transaction that
 * rolls back never becomes visible, so it is never linked; an event committed after a later id
 * was linked is linked when it appears, after it. The chain's order is {@code chain_seq}, not id.
 * <p>
 * Plain JDBC and static, for the app, the migration and the {@link VerifyChain} command alike.
 */
public final class AuditChain {

    /** The "previous hash" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    static final String EVENT_COLUMNS = "id, occurred_at, actor, action, record_type, record_id, client_id, detail,"
            + " remote_address";
    private static final int BATCH = 1_000;

    private AuditChain() {
    }

    /** An event as stored, the part the hash covers. */
    public record Event(long id, Instant occurredAt, String actor, String action, String recordType, Long recordId,
            Long clientId, String detail, String remoteAddress) {

        /** Reads {@link AuditChain#EVENT_COLUMNS}, starting at column {@code first}. */
        static Event read(ResultSet row, int first) throws SQLException {
            int c = first;
            OffsetDateTime at = row.getObject(c + 1, OffsetDateTime.class);
            return new Event(row.getLong(c), at.toInstant(), row.getString(c + 2), row.getString(c + 3),
                    row.getString(c + 4), nullableLong(row, c + 5), nullableLong(row, c + 6), row.getString(c + 7),
                    row.getString(c + 8));
        }
    }

    /** The head of the chain: its last position and hash, and the id below which nothing new may appear. */
    public record Head(long lastSeq, String lastHash, long settledId) {
    }

    /**
     * The hash of the event at {@code seq}. Fields are length-prefixed (a null is "-"), so no two
     * different events give the same text; the time in microseconds, what both databases store.
     */
    public static String link(String previousHash, long seq, Event event) {
        StringBuilder text = new StringBuilder(160).append(previousHash).append('\n').append(seq);
        field(text, String.valueOf(event.id()));
        field(text, String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, event.occurredAt())));
        field(text, event.actor());
        field(text, event.action());
        field(text, event.recordType());
        field(text, event.recordId() == null ? null : event.recordId().toString());
        field(text, event.clientId() == null ? null : event.clientId().toString());
        field(text, event.detail());
        field(text, event.remoteAddress());
        return sha256(text.toString());
    }

    /**
     * Links every committed, unlinked event after the settled id, oldest id first, in transactions
     * of up to a thousand events each holding the head's row lock; then moves the settled id up to
     * the newest event written before {@code settledBefore} (its transaction has ended long since,
     * the transaction timeout being a minute), so that an event slipped in below it later is never
     * linked and {@link AuditChainCheck} names it. Leaves the connection's auto-commit as it found it.
     *
     * @return how many events it linked
     */
    public static int seal(Connection connection, Instant settledBefore) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int linked = 0;
        try {
            int batch;
            do {
                batch = sealBatch(connection, settledBefore);
                connection.commit();
                linked += batch;
            } while (batch == BATCH);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return linked;
    }

    private static int sealBatch(Connection connection, Instant settledBefore) throws SQLException {
        Head head = lockHead(connection);
        List<Event> events = new ArrayList<>();
        try (PreparedStatement pending = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM audit_event WHERE chain_seq IS NULL AND id > ? ORDER BY chain_seq, id FETCH FIRST " + BATCH
                + " ROWS ONLY")) {
            pending.setLong(1, head.settledId());
            try (ResultSet rows = pending.executeQuery()) {
                while (rows.next()) {
                    events.add(Event.read(rows, 1));
                }
            }
        }
        long seq = head.lastSeq();
        String hash = head.lastHash();
        if (!events.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_event SET chain_seq = ?, hash = ? WHERE id = ? AND chain_seq IS NULL")) {
                for (Event event : events) {
                    seq++;
                    hash = link(hash, seq, event);
                    update.setLong(1, seq);
                    update.setString(2, hash);
                    update.setLong(3, event.id());
                    update.addBatch();
                }
                for (int count : update.executeBatch()) {
                    if (count == 0) {
                        throw new SQLException("an audit event was linked meanwhile: the head's lock did not hold");
                    }
                }
            }
        }
        long settled = events.size() == BATCH ? head.settledId() : Math.max(head.settledId(),
                newestIdBefore(connection, settledBefore));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, settled_id = ? WHERE id = 1")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.setLong(3, settled);
            update.executeUpdate();
        }
        return events.size();
    }

    static Head lockHead(Connection connection) throws SQLException {
        return head(connection, " FOR UPDATE");
    }

    static Head head(Connection connection, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash, settled_id FROM audit_chain_head WHERE id = 1" + lock);
                ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("the audit chain's head row is missing");
            }
            return new Head(row.getLong(1), row.getString(2), row.getLong(3));
        }
    }

    private static long newestIdBefore(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM audit_event WHERE occurred_at < ?"
                + " ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) {
            select.setObject(1, before.atOffset(ZoneOffset.UTC));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static void field(StringBuilder text, String value) {
        text.append('\n');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
