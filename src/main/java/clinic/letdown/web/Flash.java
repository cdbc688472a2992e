package clinic.letdown.web;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * A one-time message carried across a redirect in a short-lived cookie and shown once by the
 * layout ({@code inject:flash.message}), whatever page comes next. The message often names a
 * client, so the cookie is sealed ({@link SealedCookies}): the browser carries it but cannot read
 * it, and a proxy's or a shared computer's record of cookies holds no name.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "letdown-flash";
    private static final int MAX_LENGTH = 300;
    private static final Duration LIFE = Duration.ofMinutes(1);

    @Inject
    CurrentVertxRequest request;

    @Inject
    SealedCookies cookies;

    private String message;
    private boolean read;

    /** 303 See Other to {@code location}, with {@code message} shown on the page it lands on. */
    public static Response redirect(String location, String message) {
        String value = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
        RoutingContext context = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        Arc.container().instance(SealedCookies.class).get().write(context, COOKIE, value, LIFE);
        return Response.seeOther(URI.create(location)).build();
    }

    public static Response redirect(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    /** The pending message, or null; reading it clears the cookie. */
    public String getMessage() {
        if (!read) {
            read = true;
            RoutingContext context = request.getCurrent();
            if (context != null) {
                message = cookies.read(context, COOKIE).orElse(null);
                cookies.forget(context, COOKIE);
            }
        }
        return message;
    }
}
