package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/**
 * No client's name in a cookie: the flash message, the page asked before sign-in and a mistyped
 * username are sealed, yet read the same on the page. Over HTTPS every cookie the app names
 * itself carries the __Host- prefix. The CSRF cookie is signed and its token stays the same from
 * page to page, so a form left open in another tab still saves.
 */
@QuarkusTest
class CookiesTest {

    @Test
    void theFlashMessageNamesTheClientOnThePageButNotInTheCookie() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String last = ChartingFixtures.uniqueSurname("Cookie");
        Response created = session.post("/clients", "firstName", "Sofia", "lastName", last, "dateOfBirth", "1992-06-01",
                "consultantId", String.valueOf(consultant.id()), "version", "0", "babyName", "Mateo",
                "babyDateOfBirth", LocalDate.now().minusDays(20).toString(), "babyVersion", "0");
        assertEquals(303, created.statusCode(), created.body().asString());
        Cookie flash = created.detailedCookie("letdown-flash");
        assertNotNull(flash);
        assertNoName(flash.getValue(), "Sofia", last);
        assertTrue(flash.isHttpOnly());
        assertEquals("Strict", flash.getSameSite());

        Document page = session.page(created.header("Location"));
        assertEquals("Client Sofia " + last + " created.", page.selectFirst(".flash").text());
        assertNull(session.cookie("letdown-flash"), "shown once: the cookie is cleared");
        assertNull(session.page(created.header("Location")).selectFirst(".flash"));
    }

    @Test
    void aForgedOrChangedFlashCookieShowsNothing() {
        WebSession session = TestAccounts.consultant().signIn();
        session.cookies().put("letdown-flash", "Call%20555-0100%20to%20verify%20your%20account");
        Document page = session.page("/clients");
        assertNull(page.selectFirst(".flash"), "a value the app did not seal is not shown");
    }

    @Test
    void thePageAskedBeforeSignInIsKeptSealedAndReturnedTo() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = WebSession.anonymous();
        Response asked = session.get("/clients?q=Reyesquist");
        assertEquals(302, asked.statusCode());
        Cookie returnTo = asked.detailedCookie("letdown-return-to");
        assertNotNull(returnTo);
        assertNoName(returnTo.getValue(), "Reyesquist", "clients");
        Response login = session.login(consultant.username(), consultant.password());
        assertEquals("/clients?q=Reyesquist", login.header("Location"));
    }

    @Test
    void aMistypedUsernameIsKeptSealedAndShownInTheForm() {
        WebSession session = WebSession.anonymous();
        Response failed = session.login("sofia.reyesquist", "wrong-password");
        Cookie typed = failed.detailedCookie("letdown-typed-username");
        assertNotNull(typed);
        assertNoName(typed.getValue(), "sofia", "reyesquist");
        assertEquals("sofia.reyesquist", session.page("/login?error").selectFirst("#username").val());
    }

    @Test
    void overHttpsTheAppsCookiesCarryTheHostPrefix() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = WebSession.anonymous().overHttps();
        Response asked = session.get("/clients");
        assertHostCookie(asked.detailedCookie("__Host-letdown-return-to"));
        assertNull(asked.detailedCookie("letdown-return-to"));
        Response login = session.login(consultant.username(), consultant.password());
        assertEquals("/clients", login.header("Location"));
        assertHostCookie(login.detailedCookie("__Host-letdown-session"));
        assertNull(login.detailedCookie("letdown-session"));
        Response created = session.post("/clients", "firstName", "Ines", "lastName", ChartingFixtures.uniqueSurname("Host"),
                "dateOfBirth", "1990-01-01", "consultantId", String.valueOf(consultant.id()), "version", "0",
                "babyName", "Leo", "babyDateOfBirth", LocalDate.now().minusDays(9).toString(), "babyVersion", "0");
        assertEquals(303, created.statusCode(), created.body().asString());
        assertHostCookie(created.detailedCookie("__Host-letdown-flash"));
        assertTrue(session.page(java.net.URI.create(created.header("Location")).getPath()).selectFirst(".flash").text()
                .startsWith("Client Ines "));

        // a plain-named session cookie (as a plain-HTTP page or a subdomain could plant) is not read over HTTPS
        WebSession plain = consultant.signIn();
        WebSession planted = WebSession.anonymous().overHttps();
        planted.cookies().put("letdown-session", plain.cookie("letdown-session"));
        assertEquals(302, planted.get("/clients").statusCode());
    }

    @Test
    void theCsrfCookieHoldsTheTokensSignatureAndTheTokenStaysTheSameFromPageToPage() {
        WebSession session = TestAccounts.consultant().signIn();
        session.get("/clients");
        String token = session.csrfToken();
        String cookie = session.cookie("letdown-csrf");
        assertNotNull(token);
        assertNotEquals(token, cookie, "the cookie is not the token");
        String key = ConfigProvider.getConfig().getValue("quarkus.rest-csrf.token-signature-key", String.class);
        assertEquals(CsrfTokenUtils.signCsrfToken(token, key), cookie, "but its HMAC");
        Response fresh = WebSession.anonymous().get("/login");
        for (String name : List.of("letdown-csrf", "letdown-csrf-token")) {
            Cookie issued = fresh.detailedCookie(name);
            assertNotNull(issued, name);
            assertTrue(issued.isHttpOnly(), name);
            assertEquals("Strict", issued.getSameSite(), name);
        }

        // a form opened first, then other pages and a file in other tabs: the first form still saves
        for (String path : List.of("/clients/new", "/strategies", "/account/password", "/css/app.css")) {
            session.get(path);
        }
        assertEquals(token, session.csrfToken());
        assertEquals(cookie, session.cookie("letdown-csrf"));
        assertEquals(303, session.postWithCsrf(token, "/logout").statusCode());
    }

    /** The browser's own cookie, sent back unchanged, would lose Path and Secure: a browser drops such a __Host- cookie. */
    @Test
    void aResponseThatIssuesNoTokenDoesNotSendTheBrowsersCookieBack() {
        WebSession visitor = WebSession.anonymous();
        visitor.get("/login");
        assertNotNull(visitor.cookie("letdown-csrf"));
        Response redirected = visitor.get("/clients");
        assertEquals(302, redirected.statusCode());
        Cookie resent = redirected.detailedCookie("letdown-csrf");
        assertTrue(resent == null || "/".equals(resent.getPath()), String.valueOf(resent));
    }

    @Test
    void theSignatureCannotBePostedAsTheTokenNorATokenPlantedBesideIt() {
        WebSession session = TestAccounts.consultant().signIn();
        session.get("/clients");
        String signature = session.cookie("letdown-csrf");
        assertEquals(400, session.postWithCsrf(signature, "/logout").statusCode());

        WebSession other = TestAccounts.consultant().signIn();
        other.get("/clients");
        other.cookies().put("letdown-csrf-token", "AAAAAAAAAAAAAAAAAAAAAA");
        other.get("/clients/new");
        assertNotEquals("AAAAAAAAAAAAAAAAAAAAAA", other.csrfToken(), "a planted token is not taken");
        assertEquals(400, other.postWithCsrf("AAAAAAAAAAAAAAAAAAAAAA", "/logout").statusCode());
        assertEquals(303, other.post("/logout").statusCode());
    }

    private static void assertNoName(String value, String... names) {
        for (String name : names) {
            assertFalse(value.toLowerCase().contains(name.toLowerCase()), value + " carries " + name);
        }
    }

    private static void assertHostCookie(Cookie cookie) {
        assertNotNull(cookie);
        assertTrue(cookie.isSecured(), cookie.toString());
        assertEquals("/", cookie.getPath(), cookie.toString());
        assertNull(cookie.getDomain(), cookie.toString());
        assertTrue(cookie.isHttpOnly(), cookie.toString());
    }
}
