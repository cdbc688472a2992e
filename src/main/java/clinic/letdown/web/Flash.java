package clinic.letdown.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * A one-time message carried across a redirect in a short-lived cookie and shown once by the
 * layout ({@code inject:flash.message}), whatever page comes next.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "letdown-flash";
    private static final int MAX_LENGTH = 300;

    @Inject
    CurrentVertxRequest request;

    private String message;
    private boolean read;

    /** 303 See Other to {@code location}, with {@code message} shown on the page it lands on. */
    public static Response redirect(String location, String message) {
        String value = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).maxAge(60)
                .build();
        return Response.seeOther(URI.create(location)).cookie(cookie).build();
    }

    public static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    /** The pending message, or null; reading it clears the cookie. */
    public String getMessage() {
        if (!read) {
            read = true;
            RoutingContext context = request.getCurrent();
            Cookie cookie = context == null ? null : context.request().getCookie(COOKIE);
            if (cookie != null) {
                message = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                context.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setMaxAge(0));
            }
        }
        return message;
    }
}
