package clinic.letdown.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.account.Account;
import clinic.letdown.account.Role;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /clients/{clientId}/portal-account: create (password shown once), reset, disable, enable. */
@QuarkusTest
class PortalAccountResourceTest {

    private static Account portalAccountOf(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = Client.findById(clientId);
            return client.portalAccount == null ? null : Account.<Account>findById(client.portalAccount.id);
        });
    }

    private static String path(long clientId) {
        return "/clients/" + clientId + "/portal-account";
    }

    @Test
    void theConsultantCreatesHerAccountAndTheTemporaryPasswordIsShownOnceAndMustBeChanged() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String first = "Sofía";
        String last = TestAccounts.uniqueName("Reyes");
        long clientId = PortalFixtures.client(first, last, consultant.id());
        WebSession session = consultant.signIn();

        Document form = session.page(path(clientId));
        String suggested = form.selectFirst("#username").val();
        assertEquals(("sofia." + last).toLowerCase(), suggested, "a suggestion from her name, accents removed");
        assertTrue(form.text().contains("has no portal account") || form.selectFirst("form[action='" + path(clientId) + "']") != null);

        String username = TestAccounts.uniqueName("sofia");
        Response created = session.post(path(clientId), "username", username);
        assertEquals(200, created.statusCode());
        Document page = Jsoup.parse(created.body().asString());
        String password = page.selectFirst("#new-password").text();
        assertTrue(password.length() >= 12, password);
        assertTrue(page.text().contains("shown only this once"));
        assertTrue(created.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.contains(password)),
                "never in a cookie");
        assertEquals("no-store", created.header("Cache-Control"));

        Account account = portalAccountOf(clientId);
        assertEquals(username.toLowerCase(), account.username);
        assertEquals(EnumSet.of(Role.CLIENT), account.roles());
        assertTrue(account.mustChangePassword);
        assertEquals(first + " " + last, account.displayName);
        assertEquals(1, PortalFixtures.auditCount("CREATE", "PortalAccount", clientId));
        assertTrue(PortalFixtures.auditCount("VIEW", "PortalAccount", clientId) >= 1);

        Document again = session.page(path(clientId));
        assertNull(again.selectFirst("#new-password"), "the password is not shown again");
        assertFalse(again.html().contains(password));
        assertTrue(again.text().contains(username.toLowerCase()));
        assertTrue(again.text().contains("must choose her own password at the next sign-in"));

        WebSession client = WebSession.signIn(username, password);
        Response portal = client.get("/portal");
        assertEquals(303, portal.statusCode());
        assertTrue(portal.header("Location").endsWith("/account/password"), "a temporary password is changed first");
    }

    @Test
    void aBadOrTakenUsernameComesBackWithTheValueAndAMessage() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = PortalFixtures.client(TestAccounts.uniqueName("Lea"), "Moreau", consultant.id());
        WebSession session = consultant.signIn();
        TestAccounts.Created taken = TestAccounts.consultant();
        String[][] cases = {
                {"", "Choose a username."},
                {"ab", "Between 3 and 64 characters."},
                {"lea moreau", "Letters, digits and . _ @ - only."},
                {"<script>x</script>", "Letters, digits and . _ @ - only."},
                {"x".repeat(65), "Between 3 and 64 characters."},
                {taken.username().toUpperCase(), "That username is already taken"},
        };
        for (String[] c : cases) {
            Response answer = session.post(path(clientId), "username", c[0]);
            assertEquals(200, answer.statusCode(), c[0]);
            Document page = Jsoup.parse(answer.body().asString());
            assertTrue(page.select("#username-error").text().contains(c[1]), c[0] + ": " + page.select(".error").text());
            assertEquals(c[0], page.selectFirst("#username").val());
            assertNull(page.selectFirst("#new-password"));
            assertFalse(answer.body().asString().contains("<script>x"), "escaped");
        }
        assertNull(portalAccountOf(clientId));
    }

    @Test
    void aSecondAccountIsRefusedAndTheFirstStays() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.consultant().signIn();
        Response again = session.post(path(family.clientId()), "username", TestAccounts.uniqueName("second"));
        assertEquals(303, again.statusCode());
        assertTrue(session.page(path(family.clientId())).select(".flash").text().contains("already has a portal account"));
        assertEquals(family.portal().id(), portalAccountOf(family.clientId()).id);
    }

    @Test
    void aResetShowsANewTemporaryPasswordOnceAndEndsHerSessions() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession client = family.portal().signIn();
        assertEquals(200, client.get("/portal").statusCode());

        Response reset = family.consultant().signIn().post(path(family.clientId()) + "/password");
        assertEquals(200, reset.statusCode());
        String password = Jsoup.parse(reset.body().asString()).selectFirst("#new-password").text();

        assertEquals(302, client.get("/portal").statusCode(), "her old session has ended");
        assertEquals(303, WebSession.anonymous().login(family.portal().username(), family.portal().password()).statusCode());
        assertTrue(WebSession.anonymous().login(family.portal().username(), family.portal().password())
                .header("Location").contains("/login"), "the old password no longer works");
        WebSession fresh = WebSession.signIn(family.portal().username(), password);
        assertTrue(fresh.get("/portal").header("Location").endsWith("/account/password"));
        assertTrue(portalAccountOf(family.clientId()).mustChangePassword);
        assertEquals(1, PortalFixtures.auditCount("UPDATE", "PortalAccount", family.clientId()));
    }

    @Test
    void disablingEndsHerSessionsAndStopsHerSigningInUntilEnabled() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession client = family.portal().signIn();
        WebSession consultant = family.consultant().signIn();

        Response disabled = consultant.post(path(family.clientId()) + "/disable");
        assertEquals(303, disabled.statusCode());
        assertTrue(disabled.header("Location").endsWith(path(family.clientId())));
        Document page = consultant.page(path(family.clientId()));
        assertTrue(page.select(".flash").text().contains("disabled"));
        assertTrue(page.text().contains("Disabled: cannot sign in"));
        assertFalse(portalAccountOf(family.clientId()).enabled);
        assertEquals(302, client.get("/portal").statusCode());
        assertTrue(WebSession.anonymous().login(family.portal().username(), family.portal().password())
                .header("Location").contains("/login?error"));

        assertEquals(303, consultant.post(path(family.clientId()) + "/enable").statusCode());
        assertTrue(portalAccountOf(family.clientId()).enabled);
        assertEquals(200, family.portal().signIn().get("/portal").statusCode());
        assertEquals(2, PortalFixtures.auditCount("UPDATE", "PortalAccount", family.clientId()));
    }

    @Test
    void actionsOnAClientWithoutAccountExplainInsteadOfFailing() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = PortalFixtures.client(TestAccounts.uniqueName("Ines"), "Silva", consultant.id());
        WebSession session = consultant.signIn();
        for (String action : new String[] {"/password", "/disable", "/enable"}) {
            Response answer = session.post(path(clientId) + action);
            assertEquals(303, answer.statusCode(), action);
            assertTrue(session.page(path(clientId)).select(".flash").text().contains("has no portal account yet"));
        }
        assertNull(portalAccountOf(clientId));
    }

    @Test
    void onlyConsultantsOnExistingClients() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession admin = TestAccounts.admin().signIn();
        WebSession client = family.portal().signIn();
        for (WebSession refused : new WebSession[] {admin, client}) {
            assertEquals(403, refused.get(path(family.clientId())).statusCode());
            assertEquals(403, refused.post(path(family.clientId()), "username", "someone").statusCode());
            assertEquals(403, refused.post(path(family.clientId()) + "/disable").statusCode());
        }
        assertTrue(portalAccountOf(family.clientId()).enabled);
        assertEquals(302, WebSession.anonymous().get(path(family.clientId())).statusCode());
        WebSession consultant = family.consultant().signIn();
        assertEquals(404, consultant.get(path(999999999L)).statusCode());
        assertEquals(404, consultant.post(path(999999999L), "username", TestAccounts.uniqueName("nobody")).statusCode());
        assertEquals(404, consultant.get("/clients/abc/portal-account").statusCode());
        assertNotNull(consultant.page(path(family.clientId())).selectFirst("form[action$='/disable']"));
    }
}
