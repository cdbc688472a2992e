package clinic.letdown.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps a browser's CSRF token the same from page to page while its cookie is signed.
 * <p>
 * With {@code quarkus.rest-csrf.token-signature-key} the cookie holds the token's HMAC and the
 * form the token itself; quarkus-rest-csrf cannot get the token back from the cookie, so it makes
 * a new one on every page, and a form still open in another tab (or the page before a download)
 * was refused with a 400 and its typed text lost. So the token also travels in a second HttpOnly
 * cookie, {@code <cookie-name>-token}; on a GET whose two cookies agree (the HMAC checked here with
 * the extension's own function) the token is handed to the extension as its request header, which
 * it verifies against the signed cookie and then keeps, as it does for a script's request. A
 * forged second cookie does not match the signature and changes nothing. Both cookies are
 * SameSite=Strict (the extension sets no SameSite of its own).
 */
@ApplicationScoped
public class CsrfTokenKeeper {

    /** Where quarkus-rest-csrf leaves the token of this request. */
    static final String REQUEST_KEY = "csrf_token";

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> signatureKey;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "false")
    boolean forceSecure;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-max-age", defaultValue = "2H")
    Duration maxAge;

    void register(@Observes Filters filters) {
        if (signatureKey.isPresent()) {
            filters.register(this::keepToken, 900);
        }
    }

    /** The cookie that carries the token next to its signature. */
    String tokenCookie() {
        return cookieName + "-token";
    }

    void keepToken(RoutingContext context) {
        Cookie signed = context.request().getCookie(cookieName);
        Cookie kept = context.request().getCookie(tokenCookie());
        String token = kept == null ? null : kept.getValue();
        HttpMethod method = context.request().method();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && signed != null && token != null
                && context.request().getHeader(headerName) == null && signatureOf(token).equals(signed.getValue())) {
            context.request().headers().set(headerName, token);
        }
        context.addHeadersEndHandler(ignored -> {
            // the extension sets no SameSite: the form cookie goes only with the app's own pages, like the session's
            // the response's cookie jar also holds the browser's own cookie: only one set on this response is sent
            Cookie signedOut = context.response().removeCookie(cookieName, false);
            if (signedOut instanceof ServerCookie setNow && (setNow.isChanged() || !setNow.isFromUserAgent())) {
                context.response().addCookie(signedOut.setSameSite(CookieSameSite.STRICT));
            }
            Object issued = context.get(REQUEST_KEY);
            if (issued != null && !issued.equals(token)) {
                context.response().addCookie(Cookie.cookie(tokenCookie(), issued.toString()).setPath("/")
                        .setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                        .setSecure(forceSecure || context.request().isSSL()).setMaxAge(maxAge.toSeconds()));
            }
        });
        context.next();
    }

    /** The token of this page's forms when the extension's filter did not run (an error page): the kept one. */
    static String keptToken(RoutingContext context, String cookieName) {
        Cookie kept = context.request().getCookie(cookieName + "-token");
        return kept == null ? "" : kept.getValue();
    }

    private String signatureOf(String token) {
        try {
            return CsrfTokenUtils.signCsrfToken(token, signatureKey.get());
        } catch (RuntimeException notAToken) {
            return "";
        }
    }
}
