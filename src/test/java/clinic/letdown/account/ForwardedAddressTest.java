package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.TestAccounts;

/**
 * A forwarded address that is not an address never escapes the sign-in throttle, and every
 * malformed forwarding header gets an answer (an empty one used to leave the connection hanging).
 */
@QuarkusTest
class ForwardedAddressTest {

    @ParameterizedTest
    @ValueSource(strings = { "", " ", ",", ", ,", "x", "unknown", "[", "[]", "[::1", "1.2.3.4:", ":80", "999.1.1.1",
            "not an address, 203.0.113.9 , ", "203.0.113.9, x" })
    void everyMalformedForwardedForIsAnsweredAndCounted(String header) throws Exception {
        String status = rawGet("/login", "X-Forwarded-For: " + header);
        assertEquals("HTTP/1.1 200 OK", status, "X-Forwarded-For: [" + header + "]");

        TestAccounts.Created account = TestAccounts.consultant();
        String answer = rawLogin(account.username(), "wrong-password", "X-Forwarded-For: " + header);
        assertTrue(answer.contains("303"), answer);
        long failures = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .count("actor = ?1 and action = ?2 and remoteAddress is not null", account.username(), AuditAction.LOGIN_FAILED));
        assertEquals(1, failures, "the failure is recorded with an address: [" + header + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = { "X-Forwarded-Host: ", "X-Forwarded-Port: x", "X-Forwarded-Proto: ", "Forwarded: for=",
            "Forwarded: ", "X-Forwarded-Ssl: ", "X-Forwarded-Prefix: " })
    void otherMalformedForwardingHeadersAreAnswered(String header) throws Exception {
        assertEquals("HTTP/1.1 200 OK", rawGet("/login", header), header);
    }

    private static String rawGet(String path, String header) throws Exception {
        return send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n");
    }

    private static String rawLogin(String username, String password, String header) throws Exception {
        String body = "j_username=" + username + "&j_password=" + password;
        return send("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\n" + header
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    /** The status line, or "no answer" when the server says nothing within 10 seconds. */
    private static String send(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[512];
            int read = in.read(buffer);
            return read <= 0 ? "no answer" : new String(buffer, 0, read, StandardCharsets.US_ASCII).split("\r\n")[0];
        } catch (SocketTimeoutException e) {
            return "no answer";
        }
    }
}
