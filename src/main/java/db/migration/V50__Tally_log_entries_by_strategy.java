package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import clinic.letdown.careplan.StrategyTally;

/**
 * The table {@code log_entry_strategy} that {@link StrategyTally} keeps (one row per log entry and
 * strategy of the client's plans), filled for the entries already logged, in batches of clients by
 * id inside the migration's transaction.
 */
public class V50__Tally_log_entries_by_strategy extends BaseJavaMigration {

    private static final long CLIENT_IDS_PER_BATCH = 2_000;

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
        for (long first = 1; first <= last; first += CLIENT_IDS_PER_BATCH) {
            StrategyTally.insertForClients(connection, first, first + CLIENT_IDS_PER_BATCH - 1);
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
