package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
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
class PasswordResourceTest {

    @Inject
    PasswordPolicy policy;

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() {
        TestAccounts.Created account = TestAccounts.create("newcomer", PasswordKind.TEMPORARY, Role.CONSULTANT);
        WebSession session = account.signIn();
        for (String page : new String[] { "/", "/admin", "/clients" }) {
            Response response = session.get(page);
            assertEquals(303, response.statusCode(), page);
            assertTrue(response.header("Location").endsWith("/account/password"), page);
        }
        Document form = session.page("/account/password");
        assertTrue(form.text().contains("temporary password"));

        Response change = session.post("/account/password", "currentPassword", account.password(),
                "newPassword", "my-own-password", "confirmPassword", "my-own-password");
        assertEquals(303, change.statusCode());
        assertFalse(TestAccounts.load(account.id()).mustChangePassword);
        assertTrue(session.get("/").header("Location").endsWith("/clients"));
    }

    @Test
    void eachMistakeIsExplainedAtItsField() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession session = account.signIn();
        Document page = html(session.post("/account/password", "currentPassword", "not-it",
                "newPassword", "short", "confirmPassword", "short"));
        assertEquals("That is not your current password.", page.selectFirst("#currentPassword-error").text());
        assertEquals("At least 8 characters.", page.selectFirst("#newPassword-error").text());

        page = html(session.post("/account/password", "currentPassword", account.password(),
                "newPassword", "long-enough-1", "confirmPassword", "long-enough-2"));
        assertEquals("The two new passwords differ.", page.selectFirst("#confirmPassword-error").text());

        page = html(session.post("/account/password", "currentPassword", account.password(),
                "newPassword", "x".repeat(73), "confirmPassword", "x".repeat(73)));
        assertTrue(page.selectFirst("#newPassword-error").text().startsWith("At most 72"));
        WebSession.signIn(account.username(), account.password());
    }

    @Test
    void aSixtyFourCharacterPasswordWorks() {
        TestAccounts.Created account = TestAccounts.consultant();
        String longPassword = "correct horse battery staple ".repeat(3).substring(0, 64);
        Response change = account.signIn().post("/account/password", "currentPassword", account.password(),
                "newPassword", longPassword, "confirmPassword", longPassword);
        assertEquals(303, change.statusCode());
        WebSession.signIn(account.username(), longPassword);
        String stored = TestAccounts.load(account.id()).passwordHash;
        assertTrue(stored.startsWith("$2"), "bcrypt hash stored, never the password: " + stored.substring(0, 4));
    }

    @Test
    void commonPasswordsAndOnesWithTheUsernameAreRefused() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession session = account.signIn();
        for (String common : new String[] { "password123", "Password1", "iloveyou", "QWERTY123", "trustno1" }) {
            Document page = html(session.post("/account/password", "currentPassword", account.password(),
                    "newPassword", common, "confirmPassword", common));
            assertTrue(page.selectFirst("#newPassword-error").text().contains("most common"), common);
        }
        String withName = "my-" + account.username().toUpperCase() + "-pass";
        Document page = html(session.post("/account/password", "currentPassword", account.password(),
                "newPassword", withName, "confirmPassword", withName));
        assertEquals("The password must not contain the username.", page.selectFirst("#newPassword-error").text());
        String backwards = "x" + new StringBuilder(account.username()).reverse() + "x";
        page = html(session.post("/account/password", "currentPassword", account.password(),
                "newPassword", backwards, "confirmPassword", backwards));
        assertEquals("The password must not contain the username.", page.selectFirst("#newPassword-error").text());
        WebSession.signIn(account.username(), account.password());
    }

    @Test
    void theBundledListHoldsTheTensOfThousandsOfMostCommonPasswords() {
        assertTrue(policy.commonPasswords() >= 10_000, "common passwords: " + policy.commonPasswords());
        assertEquals(java.util.Optional.empty(), policy.check("someone", "violet-harbor-lantern"));
    }

    @Test
    void wrongCurrentPasswordsAreThrottledAndAuditedLikeSignIns() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession session = account.signIn();
        for (int i = 0; i < 5; i++) {
            Document page = html(session.post("/account/password", "currentPassword", "guess-" + i,
                    "newPassword", "violet-harbor-lantern", "confirmPassword", "violet-harbor-lantern"));
            assertEquals("That is not your current password.", page.selectFirst("#currentPassword-error").text());
        }
        Document paused = html(session.post("/account/password", "currentPassword", account.password(),
                "newPassword", "violet-harbor-lantern", "confirmPassword", "violet-harbor-lantern"));
        assertTrue(paused.selectFirst("#currentPassword-error").text().startsWith("Too many wrong passwords"),
                "even the right password waits now");
        assertEquals(5, LoginThrottleTest.audited(account.username(), AuditAction.PASSWORD_CONFIRMATION_FAILED));
        assertEquals(1, LoginThrottleTest.audited(account.username(), AuditAction.PASSWORD_CONFIRMATION_REFUSED));
        WebSession.signIn(account.username(), account.password());
    }

    @Test
    void aTemporaryPasswordExpiresAfterSevenDays() {
        TestAccounts.Created fresh = TestAccounts.create("fresh", PasswordKind.TEMPORARY, Role.CONSULTANT);
        setPasswordAge(fresh.id(), 6);
        WebSession.signIn(fresh.username(), fresh.password());

        TestAccounts.Created stale = TestAccounts.create("stale", PasswordKind.TEMPORARY, Role.CONSULTANT);
        setPasswordAge(stale.id(), 8);
        WebSession session = WebSession.anonymous();
        Response refused = session.login(stale.username(), stale.password());
        assertTrue(refused.header("Location").endsWith("/login?expired"), refused.header("Location"));
        assertTrue(session.page("/login?expired").select(".error-summary").text()
                .contains("Your temporary password has expired"));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and action = ?2 and detail = ?3", stale.username(), AuditAction.LOGIN_FAILED,
                "temporary password expired")));

        TestAccounts.Created chosen = TestAccounts.consultant();
        setPasswordAge(chosen.id(), 400);
        WebSession.signIn(chosen.username(), chosen.password());
    }

    private static void setPasswordAge(long id, int days) {
        QuarkusTransaction.requiringNew().run(() -> Account.update("passwordSetAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofDays(days)), id));
    }

    private static Document html(Response response) {
        assertEquals(200, response.statusCode(), "the form comes back");
        return Jsoup.parse(response.body().asString());
    }
}
