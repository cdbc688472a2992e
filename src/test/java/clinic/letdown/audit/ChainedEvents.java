package clinic.letdown.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/**
 * The audit table as a test sees it through plain JDBC, and tampering with it as someone with the
 * database's own rights would (on PostgreSQL past the triggers, as the superuser the tests run as).
 */
final class ChainedEvents {

    /** One stored row, every column. */
    record Row(long id, Object occurredAt, String actor, String action, String recordType, Long recordId, Long clientId,
            String detail, String remoteAddress, Long chainSeq, String hash) {
    }

    private ChainedEvents() {
    }

    static Connection connection() throws SQLException {
        return Arc.container().instance(DataSource.class).get().getConnection();
    }

    static boolean onPostgresql() {
        try (Connection connection = connection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Row> withDetailStarting(String prefix) {
        return select("WHERE detail LIKE ? ORDER BY id", prefix + "%");
    }

    static Row byId(long id) {
        List<Row> rows = select("WHERE id = ?", id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static Row bySeq(long seq) {
        List<Row> rows = select("WHERE chain_seq = ?", seq);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static AuditChain.Head head() {
        try (Connection connection = connection()) {
            return AuditChain.head(connection, "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditChainCheck.Result verify() {
        try (Connection connection = connection()) {
            return AuditChainCheck.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement as the database's owner could: on PostgreSQL with the triggers switched off. */
    static int tamper(String sql, Object... parameters) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            if (onPostgresql()) {
                try (Statement set = connection.createStatement()) {
                    set.execute("SET LOCAL session_replication_role = replica");
                }
            }
            int count;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                count = statement.executeUpdate();
            }
            connection.commit();
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts a removed row back exactly as it was. */
    static void putBack(Row row) {
        tamper("INSERT INTO audit_event (id, occurred_at, actor, action, record_type, record_id, client_id, detail,"
                + " remote_address, chain_seq, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.id(), row.occurredAt(),
                row.actor(), row.action(), row.recordType(), row.recordId(), row.clientId(), row.detail(),
                row.remoteAddress(), row.chainSeq(), row.hash());
    }

    private static List<Row> select(String where, Object parameter) {
        try (Connection connection = connection();
                PreparedStatement select = connection.prepareStatement("SELECT id, occurred_at, actor, action,"
                        + " record_type, record_id, client_id, detail, remote_address, chain_seq, hash FROM audit_event "
                        + where)) {
            select.setObject(1, parameter);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getObject(2, java.time.OffsetDateTime.class), r.getString(3),
                            r.getString(4), r.getString(5), (Long) r.getObject(6, Long.class),
                            (Long) r.getObject(7, Long.class), r.getString(8), r.getString(9),
                            (Long) r.getObject(10, Long.class), r.getString(11)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
