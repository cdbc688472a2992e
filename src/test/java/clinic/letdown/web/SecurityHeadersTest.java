package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class SecurityHeadersTest {

    private static void assertProtective(Response response) {
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"));
        // ASVS 5.0 3.4.3: object-src and base-uri 'none' (no page sets a <base>)
        assertTrue(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"), csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
    }

    @Test
    void signedInPagesAreProtectedAndNeverCached() {
        Response page = TestAccounts.admin().signIn().get("/admin");
        assertEquals(200, page.statusCode());
        assertProtective(page);
        assertEquals("no-store", page.header("Cache-Control"));
        assertNull(page.header("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    @Test
    void theLoginPageErrorsAndStaticFilesCarryTheHeadersToo() {
        WebSession anonymous = WebSession.anonymous();
        assertProtective(anonymous.get("/login"));
        assertProtective(anonymous.get("/no-such-page"));
        Response css = anonymous.get("/css/app.css");
        assertEquals(200, css.statusCode());
        assertProtective(css);
        assertTrue(css.header("Cache-Control") == null || !css.header("Cache-Control").contains("no-store"),
                "the stylesheet may be cached");
    }

    @Test
    void httpsBehindAProxyGetsHsts() {
        Response page = WebSession.anonymous().overHttps().get("/login");
        assertTrue(page.header("Strict-Transport-Security").startsWith("max-age=31536000"));
    }

    @Test
    void healthAnswers() {
        Response health = WebSession.anonymous().get("/q/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().asString().contains("\"UP\""));
    }
}
