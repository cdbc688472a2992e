package clinic.letdown.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checking and counting a sign-in is one step across nodes: 20 wrong guesses at once, half on each
 * of two app processes sharing one PostgreSQL database, and only the 5 the throttle allows get
 * their password checked; the others are refused, and then so is the right password from a new
 * address on both nodes.
 * <p>
 * Needs the PostgreSQL build and a database: .ci/run runs it after the PostgreSQL suite with
 * {@code -Dquarkus.profile=pg} and CLINIC_DB_URL (H2 is single-node: skipped there).
 */
class TwoNodesThrottleIT {

    private static final String ADMIN = "two-nodes-admin";
    private static final String ADMIN_PASSWORD = "river-stone-first-2026";

    @Test
    void twentyParallelGuessesOverTwoNodesGetAtMostFiveChecked() throws Exception {
        String url = System.getenv("CLINIC_DB_URL");
        Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:")
                && String.valueOf(System.getProperty("quarkus.profile")).contains("pg"),
                "needs the PostgreSQL build (-Dquarkus.profile=pg) and CLINIC_DB_URL");
        String user = System.getenv().getOrDefault("CLINIC_DB_USER", "postgres");
        String database = "letdown_two_nodes_" + System.nanoTime();
        String nodesUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;
        try (Connection server = DriverManager.getConnection(url, user, System.getenv().getOrDefault("CLINIC_DB_PASSWORD", ""));
                Statement statement = server.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        try {
            try (PackagedApp a = PackagedApp.onPostgres(nodesUrl, user).with("CLINIC_ADMIN_USERNAME", ADMIN)
                    .with("CLINIC_ADMIN_PASSWORD", ADMIN_PASSWORD).start();
                    PackagedApp b = PackagedApp.onPostgres(nodesUrl, user).start()) {
                List<String> answers = guessInParallel(List.of(a.baseUrl(), b.baseUrl()), 20);
                long checked = audited(nodesUrl, user, "LOGIN_FAILED");
                long refused = audited(nodesUrl, user, "LOGIN_REFUSED");
                assertEquals(5, checked, "guesses whose password was checked, of 20 on two nodes: " + answers);
                assertEquals(15, refused);
                assertEquals(15, answers.stream().filter(location -> location.endsWith("/login?locked")).count(), answers.toString());
                assertTrue(signIn(a.baseUrl(), ADMIN_PASSWORD, "198.51.100.200").endsWith("/login?locked"),
                        "the right password from a new address waits on node A");
                assertTrue(signIn(b.baseUrl(), ADMIN_PASSWORD, "198.51.100.201").endsWith("/login?locked"),
                        "and on node B");
            }
        } finally {
            try (Connection server = DriverManager.getConnection(url, user, System.getenv().getOrDefault("CLINIC_DB_PASSWORD", ""));
                    Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static List<String> guessInParallel(List<String> nodes, int guesses) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                String node = nodes.get(i % nodes.size());
                String address = "203.0.113." + (i + 1);
                String password = "parallel-guess-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return signIn(node, password, address);
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Posts the sign-in form from a client address (the node trusts the loopback proxy); the Location answered. */
    private static String signIn(String node, String password, String address) throws Exception {
        String form = "j_username=" + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node + "/j_security_check"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElse("");
    }

    private static long audited(String url, String user, String action) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, System.getenv().getOrDefault("CLINIC_DB_PASSWORD", ""));
                PreparedStatement count = db.prepareStatement("select count(*) from audit_event where actor = ? and action = ?")) {
            count.setString(1, ADMIN);
            count.setString(2, action);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
