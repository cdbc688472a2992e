package clinic.letdown.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like HTTP session for tests: keeps cookies, never follows redirects, and sends the
 * CSRF token with every form like the pages do: the one in the last page's forms (the cookie holds
 * only its signature).
 */
public final class WebSession {

    public static final String CSRF_FIELD = "csrf-token";
    private static final java.util.regex.Pattern FORM_TOKEN = java.util.regex.Pattern.compile(
            "name=\"" + CSRF_FIELD + "\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** The CSRF token of the last page that had a form. */
    private String formToken;
    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** Each session comes from its own address, so address throttling in one test never hits another. */
    private String forwardedFor = "10.0." + (ADDRESSES.get() / 250 % 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    private String forwardedProto;
    /** The app's port when not RestAssured's default one (another node of the clinic). */
    private Integer port;
    private String acceptLanguage;

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** Signs in and checks it worked (a redirect that is not back to the login page). */
    public static WebSession signIn(String username, String password) {
        WebSession session = new WebSession();
        Response response = session.login(username, password);
        assertEquals(303, response.statusCode(), "sign-in answer");
        String location = response.header("Location");
        if (location.contains("/login")) {
            throw new AssertionError("sign-in failed for " + username + ": " + location);
        }
        return session;
    }

    public static WebSession signIn(TestAccounts.Created account) {
        return signIn(account.username(), account.password());
    }

    /** Posts the login form as a browser would, after loading the login page. */
    public Response login(String username, String password) {
        get("/login");
        return send(request().contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password), "POST", "/j_security_check");
    }

    /** A second session holding copies of this one's cookies, as if they had been stolen. */
    public WebSession copy() {
        WebSession copy = new WebSession();
        copy.cookies.putAll(cookies);
        copy.formToken = formToken;
        return copy;
    }

    /** Sends this session's requests to the app on this port (another node, with the same cookies). */
    public WebSession at(int port) {
        this.port = port;
        return this;
    }

    public WebSession from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** The browser's languages, e.g. "es-MX,es;q=0.9". */
    public WebSession accepting(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    public WebSession overHttps() {
        this.forwardedProto = "https";
        return this;
    }

    public Response get(String path) {
        return send(request(), "GET", path);
    }

    /** GETs a page, checks it answered 200, and parses it. */
    public Document page(String path) {
        Response response = get(path);
        assertEquals(200, response.statusCode(), "GET " + path + " answered " + response.statusCode()
                + " (Location: " + response.header("Location") + ")");
        return Jsoup.parse(response.body().asString());
    }

    /** POSTs a form with the CSRF token: name, value, name, value... (a name may repeat). */
    public Response post(String path, String... nameValues) {
        ensureCsrfToken();
        RequestSpecification request = request().contentType(ContentType.URLENC).formParam(CSRF_FIELD, formToken);
        return send(withForm(request, nameValues), "POST", path);
    }

    /** POSTs a form without any CSRF token. */
    public Response postWithoutCsrf(String path, String... nameValues) {
        return send(withForm(request().contentType(ContentType.URLENC), nameValues), "POST", path);
    }

    /** POSTs a form with the given token instead of the right one. */
    public Response postWithCsrf(String token, String path, String... nameValues) {
        ensureCsrfToken();
        return send(withForm(request().contentType(ContentType.URLENC).formParam(CSRF_FIELD, token), nameValues),
                "POST", path);
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The token of the last page with a form (as a browser would post it). */
    public String csrfToken() {
        return formToken;
    }

    /**
     * Without a page with a form yet (the sign-in page has none of the app's), the token of the
     * cookie that keeps it next to its signature (web/CsrfTokenKeeper), as the next page's forms would carry.
     */
    private void ensureCsrfToken() {
        if (formToken == null) {
            get("/login");
            formToken = cookies.entrySet().stream().filter(c -> c.getKey().endsWith("letdown-csrf-token"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private static RequestSpecification withForm(RequestSpecification request, String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("form needs name, value pairs");
        }
        for (int i = 0; i < nameValues.length; i += 2) {
            request = request.formParam(nameValues[i], nameValues[i + 1]);
        }
        return request;
    }

    private RequestSpecification request() {
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(true);
        if (!cookies.isEmpty()) {
            request = request.cookies(cookies);
        }
        if (port != null) {
            request = request.port(port);
        }
        if (forwardedFor != null) {
            request = request.header("X-Forwarded-For", forwardedFor);
        }
        if (forwardedProto != null) {
            request = request.header("X-Forwarded-Proto", forwardedProto);
        }
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request;
    }

    private Response send(RequestSpecification request, String method, String path) {
        Response response = request.request(method, path);
        String type = response.contentType();
        if (type != null && type.startsWith("text/html")) {
            java.util.regex.Matcher token = FORM_TOKEN.matcher(response.body().asString());
            if (token.find()) {
                formToken = token.group(1);
            }
        }
        response.detailedCookies().asList().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }
}
