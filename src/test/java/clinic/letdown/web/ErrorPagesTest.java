package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class ErrorPagesTest {

    @Test
    void aMissingPageIsAFriendly404() {
        Response response = TestAccounts.admin().signIn().get("/admin/users/424242424");
        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(response.body().asString());
        assertEquals("We cannot find that page", page.selectFirst("h1").text());
        assertTrue(page.select("nav.main-nav").size() == 1, "the layout and its navigation are there");
    }

    @Test
    void anotherRolesPageIsA403AndTheRefusalIsAudited() throws InterruptedException {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Response response = consultant.signIn().get("/admin/audit");
        assertEquals(403, response.statusCode());
        assertEquals("You do not have access to this page",
                Jsoup.parse(response.body().asString()).selectFirst("h1").text());
        long denied = 0;
        for (int wait = 0; wait < 50 && denied == 0; wait++) {
            Thread.sleep(100);
            denied = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                    .count("actor = ?1 and action = ?2", consultant.username(), AuditAction.ACCESS_DENIED));
        }
        assertEquals(1, denied, "the refusal is in the audit trail");
    }

    @Test
    void anUnexpectedErrorShowsAnIncidentNumberAndNoInternals() {
        Response response = WebSession.anonymous().get("/test-only/failure");
        assertEquals(500, response.statusCode());
        String body = response.body().asString();
        Document page = Jsoup.parse(body);
        assertEquals("Something went wrong on our side", page.selectFirst("h1").text());
        assertTrue(page.text().matches(".*incident [0-9a-f]{8}.*"), page.text());
        assertFalse(body.contains("IllegalStateException") || body.contains("at clinic.") || body.contains("secret"),
                "no stack trace or internals");
    }

    @Test
    void aWrongMethodOrMediaTypeGetsAPageNotA500() {
        WebSession admin = TestAccounts.admin().signIn();
        Response put = io.restassured.RestAssured.given().cookies(admin.cookies()).redirects().follow(false)
                .put("/admin/users");
        assertTrue(put.statusCode() == 405 || put.statusCode() == 400, "status " + put.statusCode());
        Response json = io.restassured.RestAssured.given().cookies(admin.cookies()).redirects().follow(false)
                .contentType("application/json").body("{\"username\":\"x\"}").post("/admin/users");
        assertTrue(json.statusCode() >= 400 && json.statusCode() < 500, "status " + json.statusCode());
    }
}
