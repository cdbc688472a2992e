package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

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
class AccountAdminResourceTest {

    private static Optional<Account> stored(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username));
    }

    @Test
    void anAdminCreatesAConsultantWithATemporaryPassword() {
        WebSession admin = TestAccounts.admin().signIn();
        Document form = admin.page("/admin/users/new");
        String suggested = form.selectFirst("#temporaryPassword").val();
        assertTrue(suggested.length() >= 8, "a temporary password is suggested");

        String username = TestAccounts.uniqueName("NewConsultant");
        Response created = admin.post("/admin/users", "username", username, "displayName", "Ana Diaz, IBCLC",
                "roles", "CONSULTANT", "temporaryPassword", suggested, "version", "0");
        assertEquals(303, created.statusCode());
        Account account = stored(username).orElseThrow();
        assertEquals(username.toLowerCase(), account.username, "stored lower-cased");
        assertEquals("Ana Diaz, IBCLC", account.displayName);
        assertEquals("CONSULTANT", account.roleNames);
        assertTrue(account.mustChangePassword);
        assertTrue(account.passwordHash.startsWith("$2"));
        assertTrue(created.header("Location").endsWith("/admin/users/" + account.id));
        assertTrue(admin.page("/admin/users/" + account.id).select(".flash").text().contains("created"));

        Response firstSignIn = WebSession.anonymous().login(username, suggested);
        assertEquals(303, firstSignIn.statusCode());
        assertFalse(firstSignIn.header("Location").contains("login"));

        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .count("action = ?1 and recordId = ?2", AuditAction.ACCOUNT_CREATED, account.id));
        assertEquals(1, audited);
    }

    @Test
    void invalidInputComesBackWithTheTypedValuesAndAMessageAtEachField() {
        WebSession admin = TestAccounts.admin().signIn();
        Response response = admin.post("/admin/users", "username", "x", "displayName",
                "<script>alert(1)</script> Dr. Who", "temporaryPassword", "short", "version", "0");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body().asString());
        assertEquals("x", page.selectFirst("#username").val());
        assertEquals("<script>alert(1)</script> Dr. Who", page.selectFirst("#displayName").val());
        assertFalse(response.body().asString().contains("<script>alert(1)"), "typed HTML is escaped");
        assertEquals("Between 3 and 64 characters.", page.selectFirst("#username-error").text());
        assertEquals("Choose at least one role.", page.selectFirst("#roles-error").text());
        assertEquals("At least 8 characters.", page.selectFirst("#temporaryPassword-error").text());
        assertTrue(stored("x").isEmpty(), "nothing stored");
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        TestAccounts.Created existing = TestAccounts.consultant();
        WebSession admin = TestAccounts.admin().signIn();
        Response response = admin.post("/admin/users", "username", existing.username().toUpperCase(),
                "displayName", "Someone Else", "roles", "CONSULTANT", "temporaryPassword", "long-enough-1",
                "version", "0");
        assertEquals(200, response.statusCode());
        assertTrue(Jsoup.parse(response.body().asString()).selectFirst("#username-error").text()
                .contains("already taken"));
    }

    @Test
    void clientIsNeverCombinedWithAnotherRole() {
        WebSession admin = TestAccounts.admin().signIn();
        String username = TestAccounts.uniqueName("mixed");
        Response response = admin.post("/admin/users", "username", username, "displayName", "Mixed Roles",
                "roles", "CLIENT", "roles", "ADMIN", "temporaryPassword", "long-enough-1", "version", "0");
        assertEquals(200, response.statusCode());
        assertTrue(Jsoup.parse(response.body().asString()).selectFirst("#roles-error").text().contains("CLIENT"));
        assertTrue(stored(username).isEmpty());
    }

    /**
     * Minimum necessary: a client's portal account (its username and name are often hers) is not
     * an admin's to list, open or change; consultants manage it from her record. Nothing is stored
     * by an admin's try, and her password still works.
     */
    @Test
    void anAdminNeitherListsNorOpensNorChangesAClientsPortalAccount() {
        TestAccounts.Created client = TestAccounts.create("portal-only", Role.CLIENT);
        TestAccounts.Created staff = TestAccounts.consultant();
        WebSession admin = TestAccounts.admin().signIn();

        Document list = admin.page("/admin/users?q=" + client.username());
        assertTrue(list.select("table.list tbody tr").isEmpty(), "not listed");
        assertTrue(list.text().contains("No account matches."), list.text());
        assertTrue(admin.page("/admin/users?q=Test portal-only").select("table.list tbody tr").isEmpty(),
                "not found by name either");
        assertEquals(1, admin.page("/admin/users?q=" + staff.username()).select("table.list tbody tr").size(),
                "staff still are");

        long version = TestAccounts.load(client.id()).version;
        assertEquals(404, admin.get("/admin/users/" + client.id()).statusCode());
        assertEquals(404, admin.post("/admin/users/" + client.id() + "/password", "temporaryPassword",
                "Admin-set-password-1").statusCode());
        assertEquals(404, admin.post("/admin/users/" + client.id() + "/disable").statusCode());
        assertEquals(404, admin.post("/admin/users/" + client.id(), "displayName", "Renamed", "roles", "CONSULTANT",
                "version", String.valueOf(version)).statusCode());
        Account stored = TestAccounts.load(client.id());
        assertEquals(version, stored.version, "nothing changed");
        assertTrue(stored.enabled);
        assertFalse(stored.mustChangePassword);
        client.signIn();
    }

    @Test
    void adminAndConsultantCombine() {
        WebSession admin = TestAccounts.admin().signIn();
        String username = TestAccounts.uniqueName("lead");
        assertEquals(303, admin.post("/admin/users", "username", username, "displayName", "Lead",
                "roles", "ADMIN", "roles", "CONSULTANT", "temporaryPassword", "long-enough-1", "version", "0")
                .statusCode());
        assertEquals("ADMIN,CONSULTANT", stored(username).orElseThrow().roleNames);
    }

    @Test
    void aStaleEditIsRefusedAndTheTypedValuesKept() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession first = TestAccounts.admin().signIn();
        WebSession second = TestAccounts.admin().signIn();
        String version = first.page("/admin/users/" + consultant.id()).selectFirst("input[name=version]").val();

        assertEquals(303, second.post("/admin/users/" + consultant.id(), "displayName", "Changed By Second",
                "roles", "CONSULTANT", "version", version).statusCode());

        Response stale = first.post("/admin/users/" + consultant.id(), "displayName", "Changed By First",
                "roles", "CONSULTANT", "version", version);
        assertEquals(200, stale.statusCode());
        Document page = Jsoup.parse(stale.body().asString());
        assertTrue(page.select(".error-summary").text().contains("Someone else changed this account"));
        assertEquals("Changed By First", page.selectFirst("#displayName").val(), "typed value kept");
        assertEquals("Changed By Second", TestAccounts.load(consultant.id()).displayName, "nothing overwritten");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        TestAccounts.Created admin = TestAccounts.admin();
        WebSession session = admin.signIn();
        session.post("/admin/users/" + admin.id() + "/disable");
        assertTrue(TestAccounts.load(admin.id()).enabled);
        Response dropAdmin = session.post("/admin/users/" + admin.id(), "displayName", "Me", "roles", "CONSULTANT",
                "version", String.valueOf(TestAccounts.load(admin.id()).version));
        assertEquals(200, dropAdmin.statusCode());
        assertEquals("ADMIN", TestAccounts.load(admin.id()).roleNames);
    }

    @Test
    void theListSearchesAndPages() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Document page = TestAccounts.admin().signIn().page("/admin/users?q=" + consultant.username().toUpperCase());
        assertEquals(1, page.select("table.list tbody tr").size());
        assertNotNull(page.selectFirst("a[href=/admin/users/" + consultant.id() + "]"));
        Document all = TestAccounts.admin().signIn().page("/admin/users?page=abc");
        assertTrue(all.select("table.list tbody tr").size() > 0, "a malformed page number is the first page");
    }

    @Test
    void aMissingAccountIsA404() {
        WebSession admin = TestAccounts.admin().signIn();
        assertEquals(404, admin.get("/admin/users/987654321").statusCode());
        assertEquals(404, admin.get("/admin/users/not-a-number").statusCode());
    }

    @Test
    void withoutACsrfTokenNothingIsCreated() {
        WebSession admin = TestAccounts.admin().signIn();
        String username = TestAccounts.uniqueName("forged");
        Response forged = admin.postWithoutCsrf("/admin/users", "username", username, "displayName", "Forged",
                "roles", "ADMIN", "temporaryPassword", "long-enough-1", "version", "0");
        assertEquals(400, forged.statusCode());
        assertTrue(forged.body().asString().contains("form may have expired"), "a clear page");
        Response wrongToken = admin.postWithCsrf("not-the-token", "/admin/users", "username", username,
                "displayName", "Forged", "roles", "ADMIN", "temporaryPassword", "long-enough-1", "version", "0");
        assertEquals(400, wrongToken.statusCode());
        assertNull(stored(username).orElse(null));
    }
}
