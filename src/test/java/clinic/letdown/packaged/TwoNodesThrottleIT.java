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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import clinic.letdown.support.AllAtOnce;

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
        try (TwoNodes nodes = TwoNodes.start(ADMIN, ADMIN_PASSWORD)) {
            List<String> answers = guessInParallel(List.of(nodes.a.baseUrl(), nodes.b.baseUrl()), 20);
            long checked = audited(nodes, "LOGIN_FAILED");
            long refused = audited(nodes, "LOGIN_REFUSED");
            assertEquals(5, checked, "guesses whose password was checked, of 20 on two nodes: " + answers);
            assertEquals(15, refused);
            assertEquals(15, answers.stream().filter(location -> location.endsWith("/login?locked")).count(), answers.toString());
            assertTrue(signIn(nodes.a.baseUrl(), ADMIN_PASSWORD, "198.51.100.200").endsWith("/login?locked"),
                    "the right password from a new address waits on node A");
            assertTrue(signIn(nodes.b.baseUrl(), ADMIN_PASSWORD, "198.51.100.201").endsWith("/login?locked"),
                    "and on node B");
        }
    }

    private static List<String> guessInParallel(List<String> nodes, int guesses) throws Exception {
        return AllAtOnce.run(guesses, i -> {
            String node = nodes.get(i % nodes.size());
            String address = "203.0.113." + (i + 1);
            String password = "parallel-guess-" + i;
            return () -> signIn(node, password, address);
        });
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

    private static long audited(TwoNodes nodes, String action) throws Exception {
        try (Connection db = nodes.database();
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
