package clinic.letdown.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import io.quarkus.security.Authenticated;

/**
 * Every HTTP route of the app, read from the JAX-RS resource classes themselves, so that a new
 * route cannot be left out of the access tests.
 */
public final class RouteCatalog {

    /** Who may call a route. */
    public enum Access {
        PUBLIC, SIGNED_IN, ROLES
    }

    public record Route(String httpMethod, String template, Class<?> resource, String javaMethod, Access access,
            Set<String> roles) {

        private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z0-9_]+)(\\s*:[^}]*)?}");

        public List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAM.matcher(template);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The template with each parameter replaced by the value the resolver gives. */
        public String path(java.util.function.Function<String, String> resolver) {
            Matcher matcher = PARAM.matcher(template);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(resolver.apply(matcher.group(1))));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        public boolean allows(String role) {
            return access != Access.ROLES || roles.contains(role);
        }

        @Override
        public String toString() {
            return httpMethod + " " + template + " (" + resource.getSimpleName() + "." + javaMethod + ")";
        }
    }

    private RouteCatalog() {
    }

    /** The app's routes (test-only resources excluded), sorted by path. */
    public static List<Route> all() {
        Path classes = Path.of("target", "classes");
        List<Route> routes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(RouteCatalog::load)
                    .filter(c -> c != null && c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .forEach(c -> routes.addAll(routesOf(c)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::httpMethod));
        return routes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static List<Route> routesOf(Class<?> resource) {
        String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
        List<Route> routes = new ArrayList<>();
        for (Method method : resource.getDeclaredMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
            String template = join(base, sub == null ? "" : sub.value());
            Annotation rule = accessRule(method.getAnnotations());
            if (rule == null) {
                rule = accessRule(resource.getAnnotations());
            }
            Access access = rule instanceof PermitAll ? Access.PUBLIC
                    : rule instanceof Authenticated ? Access.SIGNED_IN : Access.ROLES;
            Set<String> roles = rule instanceof RolesAllowed allowed ? new LinkedHashSet<>(Arrays.asList(allowed.value()))
                    : Set.of();
            if (rule == null) {
                throw new AssertionError("route without an access rule: " + http + " " + template);
            }
            routes.add(new Route(http, template, resource, method.getName(), access, roles));
        }
        return routes;
    }

    private static Annotation accessRule(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PermitAll || a instanceof RolesAllowed || a instanceof Authenticated) {
                return a;
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = (base.startsWith("/") ? base : "/" + base);
        if (!sub.isEmpty()) {
            path = (path.endsWith("/") ? path : path + "/") + (sub.startsWith("/") ? sub.substring(1) : sub);
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
