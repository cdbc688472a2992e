package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class LoginThrottleTest {

    @Test
    void fiveFailuresLockTheUsernameEvenAgainstTheRightPassword() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession attacker = WebSession.anonymous();
        for (int i = 0; i < 5; i++) {
            assertTrue(attacker.login(account.username(), "guess-" + i).header("Location").endsWith("/login?error"));
        }
        Response refused = WebSession.anonymous().login(account.username(), account.password());
        assertEquals(303, refused.statusCode());
        assertTrue(refused.header("Location").endsWith("/login?locked"), "refused even with the right password");

        WebSession victim = WebSession.anonymous();
        victim.login(account.username(), account.password());
        Document page = victim.page("/login?locked");
        assertTrue(page.select(".error-summary").text().contains("paused for 15 minutes"), page.text());

        long failures = QuarkusTransaction.requiringNew()
                .call(() -> LoginFailure.count("username", account.username()));
        assertTrue(failures >= 6, "failures and refusals are counted in the database: " + failures);
        long refusals = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .count("actor = ?1 and action = ?2", account.username(), AuditAction.LOGIN_REFUSED));
        assertTrue(refusals >= 1);
    }

    @Test
    void theLockOpensWhenTheFailuresAreOlderThanTheWindow() {
        TestAccounts.Created account = TestAccounts.consultant();
        for (int i = 0; i < 5; i++) {
            WebSession.anonymous().login(account.username(), "guess-" + i);
        }
        assertTrue(WebSession.anonymous().login(account.username(), account.password()).header("Location")
                .endsWith("/login?locked"));
        QuarkusTransaction.requiringNew().run(() -> LoginFailure.update("failedAt = ?1 where username = ?2",
                Instant.now().minus(Duration.ofMinutes(16)), account.username()));
        WebSession.signIn(account.username(), account.password());
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        TestAccounts.Created account = TestAccounts.consultant();
        for (int i = 0; i < 4; i++) {
            WebSession.anonymous().login(account.username(), "guess-" + i);
        }
        WebSession.signIn(account.username(), account.password());
        WebSession.anonymous().login(account.username(), "one-more-typo");
        WebSession.signIn(account.username(), account.password());
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddress() {
        TestAccounts.Created account = TestAccounts.consultant();
        String address = "203.0.113.77";
        for (int i = 0; i < 1000; i++) {
            // spread over many usernames: no single username reaches its own limit
            if (WebSession.anonymous().from(address).login("nobody-" + i, "guess").header("Location")
                    .endsWith("/login?locked")) {
                assertTrue(i >= 30, "locked only after the per-address limit, at " + i);
                break;
            }
        }
        Response fromThere = WebSession.anonymous().from(address).login(account.username(), account.password());
        assertTrue(fromThere.header("Location").endsWith("/login?locked"));
        WebSession.signIn(account.username(), account.password());
    }
}
