package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class PasswordResourceTest {

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

    private static Document html(Response response) {
        assertEquals(200, response.statusCode(), "the form comes back");
        return Jsoup.parse(response.body().asString());
    }
}
