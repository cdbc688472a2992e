package clinic.letdown.packaged;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;

/**
 * Two nodes of one clinic: two packaged apps of the PostgreSQL build on a scratch database of their
 * own, made next to the one CLINIC_DB_URL names and dropped on close. Node A creates the first admin.
 * Skips the test (an assumption) unless the build is {@code -Dquarkus.profile=pg} and CLINIC_DB_URL is set.
 */
final class TwoNodes implements AutoCloseable {

    final PackagedApp a;
    final PackagedApp b;
    private final String serverUrl;
    private final String nodesUrl;
    private final String user;
    private final String database;

    private TwoNodes(String serverUrl, String nodesUrl, String user, String database, PackagedApp a, PackagedApp b) {
        this.serverUrl = serverUrl;
        this.nodesUrl = nodesUrl;
        this.user = user;
        this.database = database;
        this.a = a;
        this.b = b;
    }

    static TwoNodes start(String admin, String adminPassword) throws Exception {
        String url = System.getenv("CLINIC_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:")
                && String.valueOf(System.getProperty("quarkus.profile")).contains("pg"),
                "needs the PostgreSQL build (-Dquarkus.profile=pg) and CLINIC_DB_URL");
        String user = System.getenv().getOrDefault("CLINIC_DB_USER", "postgres");
        String database = "letdown_two_nodes_" + System.nanoTime();
        String nodesUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        execute(url, user, "CREATE DATABASE " + database);
        PackagedApp a = null;
        try {
            a = PackagedApp.onPostgres(nodesUrl, user).with("CLINIC_ADMIN_USERNAME", admin)
                    .with("CLINIC_ADMIN_PASSWORD", adminPassword).start();
            PackagedApp b = PackagedApp.onPostgres(nodesUrl, user).start();
            return new TwoNodes(url, nodesUrl, user, database, a, b);
        } catch (Exception | Error e) {
            if (a != null) {
                a.close();
            }
            execute(url, user, "DROP DATABASE IF EXISTS " + database);
            throw e;
        }
    }

    /** A connection to the nodes' database, to check what they stored. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(nodesUrl, user, password());
    }

    @Override
    public void close() throws Exception {
        try {
            a.close();
            b.close();
        } finally {
            execute(serverUrl, user, "DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection server = DriverManager.getConnection(url, user, password());
                Statement statement = server.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String password() {
        return System.getenv().getOrDefault("CLINIC_DB_PASSWORD", "");
    }
}
