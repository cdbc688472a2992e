package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.ClinicConfig;

/**
 * Every refused sign-in costs the same hashing work as a real check: one bcrypt verification at
 * the configured cost, counted here (not timed). And every one is counted and audited.
 */
@QuarkusTest
class SignInWorkTest {

    /** Counts each bcrypt verification with the cost of the hash it checked against. */
    static class CountingBcrypt extends Bcrypt {
        final List<Integer> verifications = new CopyOnWriteArrayList<>();

        @Override
        public boolean matches(String plain, String hash) {
            verifications.add(costOf(hash));
            return super.matches(plain, hash);
        }
    }

    @Inject
    ClinicConfig config;

    CountingBcrypt bcrypt;

    @BeforeEach
    void countHashing() {
        bcrypt = new CountingBcrypt();
        QuarkusMock.installMockForType(bcrypt, Bcrypt.class);
    }

    @Test
    void everyKindOfFailureDoesOneCheckAtTheConfiguredCost() {
        TestAccounts.Created account = TestAccounts.consultant();
        TestAccounts.Created disabled = TestAccounts.consultant();
        QuarkusTransaction.requiringNew().run(() -> Account.update("enabled = false where id = ?1", disabled.id()));
        String unknown = TestAccounts.uniqueName("nobody");
        String overlong = TestAccounts.uniqueName("x".repeat(80));

        assertOneCheck(account.username(), "wrong-password", account.username(), AuditAction.LOGIN_FAILED);
        assertOneCheck(account.username(), "p".repeat(73), account.username(), AuditAction.LOGIN_FAILED);
        assertOneCheck(account.username(), "\u00e9".repeat(40), account.username(), AuditAction.LOGIN_FAILED);
        assertOneCheck(unknown, "wrong-password", unknown, AuditAction.LOGIN_FAILED);
        assertOneCheck(unknown, "p".repeat(100), unknown, AuditAction.LOGIN_FAILED);
        assertOneCheck(disabled.username(), disabled.password(), disabled.username(), AuditAction.LOGIN_FAILED);
        assertOneCheck(overlong, "wrong-password", overlong.substring(0, Account.MAX_USERNAME), AuditAction.LOGIN_FAILED);
        assertOneCheck("   ", "wrong-password", "", AuditAction.LOGIN_FAILED);
    }

    @Test
    void attemptsRefusedByTheThrottleCostTheSameCheck() {
        TestAccounts.Created account = TestAccounts.consultant();
        for (int i = 0; i < 5; i++) {
            WebSession.anonymous().login(account.username(), "guess-" + i);
        }
        assertOneCheck(account.username(), account.password(), account.username(), AuditAction.LOGIN_REFUSED);
        assertOneCheck(account.username(), "q".repeat(90), account.username(), AuditAction.LOGIN_REFUSED);
    }

    @Test
    void theRightPasswordIsOneCheckToo() {
        TestAccounts.Created account = TestAccounts.consultant();
        bcrypt.verifications.clear();
        WebSession.signIn(account.username(), account.password());
        assertEquals(List.of(config.password().bcryptCost()), bcrypt.verifications);
    }

    /** An attempt the throttle cannot count (its database fails) is never checked: the right password is refused. */
    @Test
    void aSignInThatCannotBeCountedIsRefused() {
        TestAccounts.Created account = TestAccounts.consultant();
        QuarkusMock.installMockForType(new LoginThrottle() {
            @Override
            public Reservation reserve(String username, String address) {
                throw new IllegalStateException("the database is gone");
            }
        }, LoginThrottle.class);
        bcrypt.verifications.clear();
        WebSession session = WebSession.anonymous();
        String location = session.login(account.username(), account.password()).header("Location");
        assertTrue(location.endsWith("/login?error"), location);
        assertEquals(null, session.cookie(SessionCookieMechanism.COOKIE));
        assertEquals(List.of(), bcrypt.verifications, "no password checked");
    }

    private void assertOneCheck(String typed, String password, String actor, AuditAction action) {
        String address = "192.0.2." + (1 + (int) (System.nanoTime() % 250));
        long auditedBefore = audited(actor, action, address);
        int countedBefore = LoginThrottleTest.failures("from:" + address);
        bcrypt.verifications.clear();
        String location = WebSession.anonymous().from(address).login(typed, password).header("Location");
        assertTrue(location.contains("/login?"), location);
        assertEquals(List.of(config.password().bcryptCost()), bcrypt.verifications,
                "one check at the configured cost for [" + typed + "] / " + password.length() + " characters");
        assertEquals(auditedBefore + 1, audited(actor, action, address), "audited: [" + typed + "]");
        assertEquals(countedBefore + 1, LoginThrottleTest.failures("from:" + address), "counted: [" + typed + "]");
    }

    private static long audited(String actor, AuditAction action, String address) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .count("actor = ?1 and action = ?2 and remoteAddress = ?3", actor, action, address));
    }
}
