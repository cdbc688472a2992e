package clinic.letdown.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token for forms ({@code tags/csrf.html}). quarkus-rest-csrf puts it on the request when
 * its filter ran; error pages (a 403 thrown before that filter, a refused token) still show the
 * layout's sign-out form, so there the token is read back from its cookie (the signed cookie holds
 * only the token's HMAC: the token itself is in the cookie {@link CsrfTokenKeeper} keeps).
 */
@Named("csrfField")
@Singleton // holds nothing of a request: a request-scoped bean read its configuration again on every page
public class CsrfField {

    public static final String NAME = "csrf-token";
    /** Where quarkus-rest-csrf leaves the token on the request. */
    private static final String REQUEST_KEY = "csrf_token";

    @Inject
    CurrentVertxRequest request;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;

    public String getName() {
        return NAME;
    }

    public String getToken() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return "";
        }
        Object token = context.get(REQUEST_KEY);
        if (token != null) {
            return token.toString();
        }
        return CsrfTokenKeeper.keptToken(context, cookieName);
    }
}
