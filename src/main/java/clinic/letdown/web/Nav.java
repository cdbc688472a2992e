package clinic.letdown.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Which part of the app the current page belongs to, so the layout can mark its menu item; and the clinic's name. */
@Named("nav")
@ApplicationScoped
public class Nav {

    @Inject
    CurrentVertxRequest request;

    @Inject
    ClinicConfig config;

    /** The clinic's name for the header and the title (read from the checked mapping, not looked up by key). */
    public String clinicName() {
        return config.name();
    }

    /** This page's path, URL-encoded, for the language link's way back. */
    public String returnPath() {
        RoutingContext context = request.getCurrent();
        String path = context == null ? "/login" : context.normalizedPath();
        return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** "page" for the exact item, "true" when inside its section, null otherwise: an aria-current value. */
    public String current(String prefix) {
        RoutingContext context = request.getCurrent();
        String path = context == null ? "" : context.normalizedPath();
        if (path.equals(prefix)) {
            return "page";
        }
        return path.startsWith(prefix + "/") && !"/admin".equals(prefix) && !"/portal".equals(prefix) ? "true" : null;
    }
}
