package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.AllAtOnce;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class LoginThrottleTest {

    @Inject
    LoginThrottle throttle;

    @Test
    void afterFiveFailuresANewAddressWaitsEvenWithTheRightPassword() {
        TestAccounts.Created account = TestAccounts.consultant();
        for (int i = 0; i < 5; i++) {
            assertTrue(WebSession.anonymous().login(account.username(), "guess-" + i).header("Location").endsWith("/login?error"));
        }
        WebSession victim = WebSession.anonymous();
        Response refused = victim.login(account.username(), account.password());
        assertEquals(303, refused.statusCode());
        assertTrue(refused.header("Location").endsWith("/login?locked"), "refused even with the right password");
        Document page = victim.page("/login?locked");
        assertTrue(page.select(".error-summary").text().contains("paused for a few minutes"), page.text());

        assertEquals(5, audited(account.username(), AuditAction.LOGIN_FAILED));
        assertEquals(1, audited(account.username(), AuditAction.LOGIN_REFUSED));
        assertEquals(5, failures("user:" + account.username()));
    }

    @Test
    void refusedAttemptsNeverProlongTheWait() {
        TestAccounts.Created account = TestAccounts.consultant();
        for (int i = 0; i < 5; i++) {
            WebSession.anonymous().login(account.username(), "guess-" + i);
        }
        Instant waitUntil = nextAttempt("user:" + account.username());
        for (int i = 0; i < 10; i++) {
            assertTrue(WebSession.anonymous().login(account.username(), "more-" + i).header("Location").endsWith("/login?locked"));
        }
        assertEquals(5, failures("user:" + account.username()), "refusals are not failures of the username");
        assertEquals(waitUntil, nextAttempt("user:" + account.username()), "nor do they move the wait");
        assertEquals(10, audited(account.username(), AuditAction.LOGIN_REFUSED), "each one is audited");

        passTheWait("user:" + account.username());
        WebSession.signIn(account.username(), account.password());
        assertEquals(0, failures("user:" + account.username()), "a sign-in starts the count again");
    }

    @Test
    void theWaitDoublesWithEachFailureUpToTheMaximum() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(now, throttle.nextAttempt(4, 5, now), "failures within the allowance: no wait");
        assertEquals(now.plus(Duration.ofMinutes(1)), throttle.nextAttempt(5, 5, now));
        assertEquals(now.plus(Duration.ofMinutes(2)), throttle.nextAttempt(6, 5, now));
        assertEquals(now.plus(Duration.ofMinutes(4)), throttle.nextAttempt(7, 5, now));
        assertEquals(now.plus(Duration.ofMinutes(16)), throttle.nextAttempt(9, 5, now));
        assertEquals(now.plus(Duration.ofMinutes(30)), throttle.nextAttempt(10, 5, now), "at most 30 minutes");
        assertEquals(now.plus(Duration.ofMinutes(30)), throttle.nextAttempt(500, 5, now));
    }

    @Test
    void aStrangersGuessesNeverKeepTheClinicianOutAtHerUsualAddress() {
        TestAccounts.Created account = TestAccounts.consultant();
        String desk = "198.51.100." + (1 + (int) (System.nanoTime() % 200));
        assertTrue(!WebSession.anonymous().from(desk).login(account.username(), account.password()).header("Location")
                .contains("/login"));
        for (int i = 0; i < 20; i++) {
            WebSession.anonymous().login(account.username(), "guess-" + i);
        }
        assertTrue(WebSession.anonymous().login(account.username(), account.password()).header("Location")
                .endsWith("/login?locked"), "a new address waits");
        assertTrue(!WebSession.anonymous().from(desk).login(account.username(), account.password()).header("Location")
                .contains("/login"), "the address she signed in from before is still let in");
    }

    @Test
    void guessesFromHerOwnAddressWaitThere() {
        TestAccounts.Created account = TestAccounts.consultant();
        String address = "198.51.100." + (1 + (int) (System.nanoTime() % 200));
        WebSession.anonymous().from(address).login(account.username(), account.password());
        for (int i = 0; i < 5; i++) {
            assertTrue(WebSession.anonymous().from(address).login(account.username(), "typo-" + i).header("Location")
                    .endsWith("/login?error"));
        }
        assertTrue(WebSession.anonymous().from(address).login(account.username(), account.password()).header("Location")
                .endsWith("/login?locked"));
        assertEquals(5, failures("user:" + account.username() + " from:" + address));
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
    void manyFailuresFromOneAddressMakeThatAddressWait() {
        TestAccounts.Created account = TestAccounts.consultant();
        String address = "203.0.113." + (1 + (int) (System.nanoTime() % 250));
        int refusedAt = -1;
        for (int i = 0; i < 100 && refusedAt < 0; i++) {
            // spread over many usernames: no single username reaches its own allowance
            if (WebSession.anonymous().from(address).login(TestAccounts.uniqueName("nobody"), "guess").header("Location")
                    .endsWith("/login?locked")) {
                refusedAt = i;
            }
        }
        assertEquals(40, refusedAt, "the test profile allows 40 failures per address");
        assertTrue(WebSession.anonymous().from(address).login(account.username(), account.password()).header("Location")
                .endsWith("/login?locked"));
        WebSession.signIn(account.username(), account.password());
    }

    /** Checking and counting are one step: of 20 guesses at once, only the 5 allowed are checked. */
    @Test
    void twentyParallelGuessesGetAtMostFiveChecked() throws Exception {
        TestAccounts.Created account = TestAccounts.consultant();
        List<String> answers = guessInParallel(account.username(), 20);
        assertEquals(20, answers.size());
        long checked = audited(account.username(), AuditAction.LOGIN_FAILED);
        long refused = audited(account.username(), AuditAction.LOGIN_REFUSED);
        assertEquals(5, checked, "guesses checked: " + answers);
        assertEquals(15, refused);
        assertEquals(15, answers.stream().filter(a -> a.endsWith("/login?locked")).count());
    }

    static List<String> guessInParallel(String username, int guesses) throws Exception {
        return AllAtOnce.run(guesses, n -> {
            WebSession guesser = WebSession.anonymous();
            guesser.get("/login");
            return () -> guesser.login(username, "parallel-guess-" + n).header("Location");
        });
    }

    static long audited(String actor, AuditAction action) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2", actor, action));
    }

    static int failures(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = Panache.getEntityManager()
                    .createNativeQuery("select failures from login_throttle where subject = ?1")
                    .setParameter(1, subject).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }

    static Instant nextAttempt(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object value = Panache.getEntityManager()
                    .createNativeQuery("select next_attempt_at from login_throttle where subject = ?1")
                    .setParameter(1, subject).getSingleResult();
            if (value instanceof java.time.OffsetDateTime odt) {
                return odt.toInstant();
            }
            return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
        });
    }

    static void passTheWait(String subject) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update login_throttle set next_attempt_at = ?1 where subject = ?2")
                .setParameter(1, java.time.OffsetDateTime.now().minusSeconds(1)).setParameter(2, subject).executeUpdate());
    }
}
