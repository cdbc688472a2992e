package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.support.TestAccounts;

/**
 * The first-admin bootstrap, run on the real database inside a transaction that is rolled back,
 * because other tests' admins exist in the shared database.
 */
@QuarkusTest
class FirstAdminTest {

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    Passwords passwords;

    @Test
    void withNoAdminTheConfiguredOneIsCreated() {
        String username = TestAccounts.uniqueName("Boss");
        QuarkusTransaction.begin();
        try {
            List<Account> admins = Account.list("enabled = true and roleNames like '%ADMIN%'");
            admins.forEach(a -> a.enabled = false);
            Account.flush();
            assertFalse(Account.anyEnabledAdmin());

            FirstAdmin.Outcome outcome = firstAdmin.ensureAdmin(Optional.of(username), Optional.of("first-admin-pass"));
            assertEquals(FirstAdmin.Outcome.CREATED, outcome);
            Account created = Account.findByUsername(username).orElseThrow();
            assertEquals("ADMIN", created.roleNames);
            assertTrue(created.mustChangePassword, "the password from the environment is temporary");
            assertTrue(passwords.matches("first-admin-pass", created.passwordHash));
            assertTrue(Account.anyEnabledAdmin());
            assertEquals(FirstAdmin.Outcome.ADMIN_EXISTS,
                    firstAdmin.ensureAdmin(Optional.of(username + "x"), Optional.of("first-admin-pass")));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertTrue(TestAccounts.load(TestAccounts.admin().id()).enabled);
    }

    @Test
    void withoutConfigurationNothingIsCreatedAndThereIsNoDefaultPassword() {
        QuarkusTransaction.begin();
        try {
            Account.<Account>list("enabled = true and roleNames like '%ADMIN%'").forEach(a -> a.enabled = false);
            Account.flush();
            assertEquals(FirstAdmin.Outcome.NOT_CONFIGURED, firstAdmin.ensureAdmin(Optional.empty(), Optional.empty()));
            assertEquals(FirstAdmin.Outcome.BAD_PASSWORD,
                    firstAdmin.ensureAdmin(Optional.of("someone"), Optional.of("short")));
            assertEquals(FirstAdmin.Outcome.BAD_PASSWORD,
                    firstAdmin.ensureAdmin(Optional.of("someone"), Optional.of("password123")), "a common password");
            assertEquals(FirstAdmin.Outcome.BAD_PASSWORD,
                    firstAdmin.ensureAdmin(Optional.of("someone"), Optional.of("someone-2026")), "the username in it");
            assertFalse(Account.anyEnabledAdmin());
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void productionRefusesToStartWithoutASessionKey() {
        IllegalStateException missing = SessionKeyCheck.missingKey();
        assertTrue(missing.getMessage().contains("CLINIC_SESSION_KEY"));
        SessionKeyCheck check = new SessionKeyCheck();
        assertThrows(IllegalStateException.class, () -> check.verify(Optional.empty()));
        IllegalStateException tooShort = assertThrows(IllegalStateException.class,
                () -> check.verify(Optional.of("short-key")));
        assertFalse(tooShort.getMessage().contains("short-key"), "the key is never printed");
        check.verify(Optional.of("a-long-enough-session-key-of-32-characters"));
    }
}
