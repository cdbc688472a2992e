package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;


/**
 * The table {@code log_entry_strategy} that the app's strategy tally keeps (one row per log entry
 * and strategy of the client's plans), filled for the entries already logged, in batches of clients
 * by id inside the migration's transaction. The statement is this version's own copy: a migration
 * must do the same thing whenever it runs, whatever the app's code becomes.
 */
public class V50__Tally_log_entries_by_strategy extends BaseJavaMigration {

    private static final long CLIENT_IDS_PER_BATCH = 2_000;

    /** The rows of the entries of clients first..last, for the strategies of their plans that are not drafts. */
    private static final String INSERT_ROWS = """
            INSERT INTO log_entry_strategy (entry_id, strategy_id, client_id, occurred_at, minutes_to_letdown, tried)
            SELECT e.id, p.strategy_id, e.client_id, e.occurred_at, e.minutes_to_letdown,
                   CASE WHEN EXISTS (SELECT 1 FROM log_entry_activity lea
                                     JOIN activity ta ON ta.id = lea.activity_id
                                     JOIN care_plan tp ON tp.id = ta.care_plan_id AND tp.status <> 'DRAFT'
                                     WHERE lea.entry_id = e.id AND ta.strategy_id = p.strategy_id)
                        THEN TRUE ELSE FALSE END
            FROM (SELECT DISTINCT cp.client_id, a.strategy_id
                  FROM care_plan cp
                  JOIN activity a ON a.care_plan_id = cp.id
                  WHERE cp.status <> 'DRAFT' AND cp.client_id BETWEEN ? AND ?) p
            JOIN letdown_log_entry e ON e.client_id = p.client_id
            WHERE e.client_id BETWEEN ? AND ?
            """;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            // rows derived from the entry, her plans and their activities, which have the foreign keys;
            // one to the strategy here would lock the library's few rows for every entry logged
            ddl.execute("""
                    CREATE TABLE log_entry_strategy (
                        entry_id           BIGINT NOT NULL REFERENCES letdown_log_entry (id),
                        strategy_id        BIGINT NOT NULL,
                        client_id          BIGINT NOT NULL,
                        occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
                        minutes_to_letdown DOUBLE PRECISION,
                        tried              BOOLEAN NOT NULL,
                        PRIMARY KEY (entry_id, strategy_id)
                    )""");
            // a period's rows with all the report reads of them (PostgreSQL: index-only scans)
            ddl.execute("CREATE INDEX ix_log_entry_strategy_report ON log_entry_strategy"
                    + " (occurred_at, strategy_id, minutes_to_letdown, tried, client_id)");
            // one client's rows: rewritten when her plans change, and the report for one consultant
            ddl.execute("CREATE INDEX ix_log_entry_strategy_client ON log_entry_strategy (client_id, occurred_at)");
        }
        long last = largestClientId(connection);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ROWS)) {
            for (long first = 1; first <= last; first += CLIENT_IDS_PER_BATCH) {
                long lastOfBatch = first + CLIENT_IDS_PER_BATCH - 1;
                insert.setLong(1, first);
                insert.setLong(2, lastOfBatch);
                insert.setLong(3, first);
                insert.setLong(4, lastOfBatch);
                insert.executeUpdate();
            }
        }
    }

    private static long largestClientId(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT COALESCE(MAX(id), 0) FROM client")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
