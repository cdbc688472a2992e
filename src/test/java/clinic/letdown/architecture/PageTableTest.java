package clinic.letdown.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;

import io.quarkus.qute.CheckedTemplate;
import clinic.letdown.support.RouteCatalog;

/**
 * DEVELOPERS.md's table of pages (URL, resource method, template) is this test's output, so it
 * cannot go stale: every route of the route catalogue with the checked templates its method
 * renders (found in the compiled code: the calls it makes, directly or through the methods of its
 * own class, to a {@code @CheckedTemplate} method). When a route changes, the test fails with the
 * table to paste; {@code -Dpages.write=true} writes it into DEVELOPERS.md.
 */
class PageTableTest {

    static final Path DEVELOPERS = Path.of("DEVELOPERS.md");
    static final String START = "<!-- pages:start (written by architecture/PageTableTest) -->";
    static final String END = "<!-- pages:end -->";

    @Test
    void developersMdListsEveryPageWithItsTemplate() throws IOException {
        String text = Files.readString(DEVELOPERS, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        String expected = table();
        if (Boolean.getBoolean("pages.write") && start >= 0 && end > start) {
            text = text.substring(0, start + START.length()) + "\n" + expected + text.substring(end);
            Files.writeString(DEVELOPERS, text, StandardCharsets.UTF_8);
        }
        String actual = start < 0 || end < start ? "" : text.substring(start + START.length() + 1, end);
        assertEquals(expected, actual, "DEVELOPERS.md's page table is out of date: run ./mvnw test "
                + "-Dtest=PageTableTest -Dpages.write=true and commit it");
    }

    static String table() {
        StringBuilder out = new StringBuilder("| method | URL | resource method | template |\n|---|---|---|---|\n");
        for (RouteCatalog.Route route : RouteCatalog.all()) {
            JavaClass resource = PackageRulesTest.APP.get(route.resource());
            Set<String> templates = templatesRenderedBy(resource, route.javaMethod());
            out.append("| ").append(route.httpMethod()).append(" | `").append(route.template()).append("` | ")
                    .append(route.resource().getPackageName().replace("clinic.letdown.", "")).append('/')
                    .append(route.resource().getSimpleName()).append('.').append(route.javaMethod()).append(" | ")
                    .append(templates.isEmpty() ? "(none: redirect or download)" : String.join(", ", templates))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The templates the method renders, following the calls it makes to other methods of its class. */
    static Set<String> templatesRenderedBy(JavaClass resource, String methodName) {
        Set<String> templates = new TreeSet<>();
        Deque<JavaMethod> toVisit = new ArrayDeque<>();
        Set<JavaMethod> seen = new HashSet<>();
        resource.getMethods().stream().filter(m -> m.getName().equals(methodName)).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            JavaMethod method = toVisit.pop();
            if (!seen.add(method)) {
                continue;
            }
            for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                if (owner.isAnnotatedWith(CheckedTemplate.class)) {
                    templates.add(templatePath(owner, call.getName()));
                } else if (owner.equals(resource)) {
                    call.getTarget().resolveMember().ifPresent(toVisit::add);
                }
            }
        }
        return templates;
    }

    private static String templatePath(JavaClass templates, String method) {
        String basePath = templates.getAnnotationOfType(CheckedTemplate.class).basePath();
        String folder = CheckedTemplate.DEFAULTED.equals(basePath)
                ? templates.getEnclosingClass().map(JavaClass::getSimpleName).orElse(templates.getSimpleName())
                : basePath;
        return "`" + (folder.isEmpty() ? "" : folder + "/") + method + ".html`";
    }
}
