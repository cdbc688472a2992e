package clinic.letdown.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class LoginResourceTest {

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebSession anonymous = WebSession.anonymous();
        Response home = anonymous.get("/");
        assertEquals(302, home.statusCode());
        assertTrue(home.header("Location").endsWith("/login"));

        Document login = anonymous.page("/login");
        assertEquals("/j_security_check", login.selectFirst("form").attr("action"));
        assertNotNull(login.selectFirst("label[for=username]"));
        assertNotNull(login.selectFirst("input#username[name=j_username]"));
        assertNotNull(login.selectFirst("input#password[name=j_password][type=password]"));
    }

    @Test
    void eachRoleIsSentToItsHome() {
        assertHome(TestAccounts.admin(), "/admin");
        assertHome(TestAccounts.consultant(), "/clients");
        assertHome(TestAccounts.client(), "/portal");
        assertHome(TestAccounts.create("both", Role.ADMIN, Role.CONSULTANT), "/clients");
    }

    private static void assertHome(TestAccounts.Created account, String expected) {
        Response home = account.signIn().get("/");
        assertEquals(303, home.statusCode());
        assertTrue(home.header("Location").endsWith(expected), home.header("Location"));
    }

    @Test
    void sessionCookieIsHttpOnlyStrictAndNotSecureOverPlainHttp() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession session = WebSession.anonymous();
        Response response = session.login(account.username(), account.password());
        Cookie cookie = response.detailedCookie(SessionCookieMechanism.COOKIE);
        assertNotNull(cookie);
        assertTrue(cookie.isHttpOnly());
        assertEquals("Strict", cookie.getSameSite());
        assertFalse(cookie.isSecured());
    }

    @Test
    void sessionCookieIsSecureBehindAnHttpsProxy() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession session = WebSession.anonymous().overHttps();
        Response response = session.login(account.username(), account.password());
        assertTrue(response.detailedCookie("__Host-" + SessionCookieMechanism.COOKIE).isSecured());
        assertTrue(response.header("Strict-Transport-Security").contains("max-age="));
    }

    @Test
    void usernamesIgnoreCase() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession.signIn(account.username().toUpperCase(), account.password());
    }

    @Test
    void wrongPasswordShowsAClearMessageAndKeepsTheUsername() {
        TestAccounts.Created account = TestAccounts.consultant();
        WebSession session = WebSession.anonymous();
        Response response = session.login(account.username(), "wrong-password");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/login?error"));
        assertNull(session.cookie(SessionCookieMechanism.COOKIE));
        Document page = session.page("/login?error");
        assertTrue(page.select(".error-summary").text().contains("Wrong username or password"));
        assertEquals(account.username(), page.selectFirst("#username").val());
    }

    @Test
    void afterSignInTheFirstAskedPageIsShown() {
        TestAccounts.Created admin = TestAccounts.admin();
        WebSession session = WebSession.anonymous();
        Response asked = session.get("/admin/audit?action=LOGIN");
        assertEquals(302, asked.statusCode());
        Response login = session.login(admin.username(), admin.password());
        assertEquals("/admin/audit?action=LOGIN", login.header("Location"));
    }

    @Test
    void signInFromAnotherSiteIsRefused() {
        TestAccounts.Created account = TestAccounts.consultant();
        Response response = io.restassured.RestAssured.given().redirects().follow(false)
                .header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("j_username", account.username()).formParam("j_password", account.password())
                .post("/j_security_check");
        assertEquals(403, response.statusCode());
        assertNull(response.detailedCookie(SessionCookieMechanism.COOKIE));
    }

    @Test
    void aTamperedCookieIsAnonymous() {
        WebSession session = TestAccounts.admin().signIn();
        String value = session.cookie(SessionCookieMechanism.COOKIE);
        session.cookies().put(SessionCookieMechanism.COOKIE, value.substring(0, value.length() - 4) + "AAA=");
        assertEquals(302, session.get("/admin").statusCode());
    }

    @Test
    void logoutEndsTheSessionEvenForACopiedCookie() {
        WebSession session = TestAccounts.admin().signIn();
        WebSession stolen = session.copy();
        assertEquals(200, stolen.get("/admin").statusCode());

        Response logout = session.post("/logout");
        assertEquals(303, logout.statusCode());
        assertTrue(logout.header("Location").endsWith("/login?logout"));
        assertNull(session.cookie(SessionCookieMechanism.COOKIE));

        Response replay = stolen.get("/admin");
        assertEquals(302, replay.statusCode(), "a cookie copied before logout must not work after it");
        assertTrue(replay.header("Location").endsWith("/login"));
        session.get("/login?logout").then().body(containsString("You are signed out"));
    }
}
