package clinic.letdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reports run the same WITH statement with other parameter values (another period, another
 * consultant) on the same pooled connection. H2 2.x reuses a parsed WITH statement with the
 * parameter values of its first run (h2database issue 4228) unless its query cache is off, which
 * showed one consultant's figures under another's name. The app's H2 URLs set QUERY_CACHE_SIZE=0.
 */
@QuarkusTest
class StatementReuseTest {

    private static final String WITH_PARAMETER =
            "WITH x AS (SELECT n FROM statement_reuse WHERE k = ?) SELECT (SELECT SUM(n) FROM x)";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWithStatementRunAgainUsesTheNewParameterValues() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TEMPORARY TABLE statement_reuse (k VARCHAR(10), n INTEGER)");
                create.execute("INSERT INTO statement_reuse VALUES ('a', 1), ('b', 7)");
            }
            try {
                assertEquals(1, sum(connection, "a"));
                assertEquals(7, sum(connection, "b"), "the second run must see its own parameter value");
                assertEquals(1, sum(connection, "a"));
            } finally {
                try (Statement drop = connection.createStatement()) {
                    drop.execute("DROP TABLE statement_reuse");
                }
            }
        }
    }

    private static int sum(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(WITH_PARAMETER)) {
            statement.setString(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
