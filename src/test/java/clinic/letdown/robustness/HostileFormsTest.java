package clinic.letdown.robustness;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.QueryParam;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.robustness.FixtureWorld.Identity;
import clinic.letdown.support.FormValues;
import clinic.letdown.support.RouteCatalog.Access;
import clinic.letdown.support.RouteCatalog.Route;
import clinic.letdown.support.WebSession;

/**
 * Every form of the app, found on the pages each role can open, sent with hostile values in each
 * field (and with fields missing, doubled, and without or with a wrong CSRF token). Never a 500;
 * a refused form stores nothing and comes back with what was typed; what is stored comes back escaped.
 */
@QuarkusTest
class HostileFormsTest {

    static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(2)>";
    static final String RAW_SCRIPT = "<script>alert('x')";

    /** The hostile values, by kind. */
    static final Map<String, String> HOSTILE = new LinkedHashMap<>();

    static {
        HOSTILE.put("empty", "");
        HOSTILE.put("blank", "   ");
        HOSTILE.put("100k characters", "a".repeat(100_000));
        HOSTILE.put("emoji and right-to-left", "👩‍🍼 مرحبا שלום 🍼 \u202Egnp.exe");
        HOSTILE.put("html and script", SCRIPT);
        HOSTILE.put("sql", "x' OR '1'='1'; DROP TABLE client; -- %_\\");
        HOSTILE.put("negative", "-1");
        HOSTILE.put("huge negative", "-99999999999999999999");
        HOSTILE.put("huge", "99999999999999999999");
        HOSTILE.put("exponent", "1e308");
        HOSTILE.put("impossible date", "2023-02-30");
        HOSTILE.put("far date", "+999999999-12-31");
        HOSTILE.put("far past date", "-999999999-01-01");
        HOSTILE.put("impossible date and time", "2023-13-45T25:61");
        HOSTILE.put("nul character", "a\u0000b");
    }

    private static final List<String> KINDS = List.copyOf(HOSTILE.keySet());
    /** The forms people use most: every hostile value goes into every field. */
    private static final Set<String> MAIN_FORMS = Set.of("/clients", "/portal/log", "/strategies");
    private static final Set<String> TEXT_TYPES = Set.of("text", "email", "tel", "search", "url", "number", "date",
            "datetime-local", "time", "textarea");

    record Field(String name, String type, String value, boolean sent) {
    }

    record FormCase(Identity who, String page, String action, List<Field> fields) {
        String describe() {
            return who + " form " + action + " (on " + page + ")";
        }
    }

    private final List<String> failures = new ArrayList<>();
    private int submissions;

    @Test
    void everyFormSurvivesHostileValuesInEveryField() {
        FixtureWorld world = new FixtureWorld();
        List<FormCase> forms = findForms(world);
        lastSnapshot = world.snapshot();
        assertTrue(forms.size() >= 20, "forms found: " + forms.size() + " " + forms.stream().map(FormCase::describe).toList());
        int formIndex = 0;
        for (FormCase form : forms) {
            attack(world, form, formIndex++);
        }
        System.out.printf("HostileFormsTest: %d forms, %d submissions, %d accepted with markup%n", forms.size(),
                submissions, acceptedScripts);
        assertTrue(acceptedScripts > 5, "forms that stored markup and showed it escaped: " + acceptedScripts);
        assertTrue(failures.isEmpty(), failures.size() + " problems in " + submissions + " submissions:\n"
                + String.join("\n", failures.subList(0, Math.min(80, failures.size()))));
    }

    /** The GET routes each role may open, with the fixture's ids, and the POST forms on them. */
    private List<FormCase> findForms(FixtureWorld world) {
        Map<String, FormCase> forms = new LinkedHashMap<>();
        for (Identity who : List.of(Identity.CONSULTANT, Identity.ADMIN, Identity.CLIENT)) {
            List<String> pages = new ArrayList<>();
            for (Route route : RouteMatrixTest.catalog()) {
                if (route.httpMethod().equals("GET") && route.access() != Access.PUBLIC && route.allows(who.role)
                        && !route.template().equals("/") && !route.template().endsWith(".csv")
                        && !route.template().startsWith("/dev/")
                        && !(who == Identity.ADMIN && RouteMatrixTest.ADMIN_AND_CONSULTANT.contains(RouteMatrixTest.key(route)))) {
                    pages.add(RouteMatrixTest.path(route, world));
                }
            }
            if (who == Identity.CONSULTANT) {
                pages.add("/clients/" + world.clientWithoutPortal + "/portal-account");
                pages.add("/careplans/" + world.a.draftPlanId());
            }
            for (String page : pages) {
                Response response = world.session(who).get(page);
                assertEquals(200, response.statusCode(), who + " " + page);
                for (FormCase form : formsOn(who, page, Jsoup.parse(response.body().asString()))) {
                    String key = who + " " + form.action() + " " + form.fields().stream().map(Field::name).sorted().distinct().toList();
                    forms.putIfAbsent(key, form);
                }
            }
        }
        return new ArrayList<>(forms.values());
    }

    static List<FormCase> formsOn(Identity who, String page, Document document) {
        List<FormCase> found = new ArrayList<>();
        for (Element form : document.select("form")) {
            if (!form.attr("method").equalsIgnoreCase("post")) {
                continue;
            }
            String action = form.attr("action").isEmpty() ? page : form.attr("action");
            action = action.replaceAll("#.*", "");
            if (action.equals("/logout")) {
                continue;
            }
            found.add(new FormCase(who, page, action, fieldsOf(form)));
        }
        return found;
    }

    private static List<Field> fieldsOf(Element form) {
        List<Field> fields = new ArrayList<>();
        for (Element element : form.select("input[name], textarea[name], select[name], button[name]")) {
            String name = element.attr("name");
            if (name.equals(WebSession.CSRF_FIELD)) {
                continue;
            }
            switch (element.tagName()) {
                case "textarea" -> fields.add(new Field(name, "textarea", element.val(), true));
                case "select" -> {
                    Element selected = element.selectFirst("option[selected]");
                    if (selected == null) {
                        selected = element.selectFirst("option");
                    }
                    fields.add(new Field(name, "select", selected == null ? "" : selected.val(), true));
                }
                case "button" -> fields.add(new Field(name, "button", element.val(), false));
                default -> {
                    String type = element.attr("type").isEmpty() ? "text" : element.attr("type").toLowerCase();
                    boolean sent = !type.equals("checkbox") && !type.equals("radio") && !type.equals("submit")
                            || element.hasAttr("checked");
                    fields.add(new Field(name, type, element.val(), sent));
                }
            }
        }
        return fields;
    }

    private void attack(FixtureWorld world, FormCase form, int formIndex) {
        WebSession session = world.session(form.who());
        List<String> baseline = baseline(form);
        // no CSRF token, a wrong one
        check(world, form, null, null, session.postWithoutCsrf(form.action(), baseline.toArray(String[]::new)),
                "without a CSRF token", true);
        check(world, form, null, null, session.postWithCsrf("forged-token", form.action(), baseline.toArray(String[]::new)),
                "with a wrong CSRF token", true);
        List<String> names = new ArrayList<>(new LinkedHashSet<>(form.fields().stream().map(Field::name).toList()));
        if (names.isEmpty()) {
            return; // a button (discharge, disable...): the token is all it sends
        }
        // hostile values
        Set<String> done = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Field field = field(form, name);
            List<String> kinds = new ArrayList<>();
            if (MAIN_FORMS.contains(form.action())) {
                kinds.addAll(KINDS);
            } else if (TEXT_TYPES.contains(field.type()) && !field.type().equals("number") && !field.type().startsWith("date")) {
                kinds.addAll(List.of("100k characters", "html and script", "emoji and right-to-left", "nul character"));
            } else {
                // numbers, dates, choices and hidden fields: what their parsing might trip over
                kinds.addAll(List.of("100k characters", "html and script", "huge", "far date"));
            }
            kinds.add(KINDS.get((i + formIndex) % KINDS.size()));
            for (String kind : kinds) {
                if (done.add(name + " " + kind)) {
                    submit(world, form, name, kind);
                }
            }
        }
        for (int k = 0; k < KINDS.size(); k++) {
            String name = names.get((k + formIndex) % names.size());
            if (done.add(name + " " + KINDS.get(k))) {
                submit(world, form, name, KINDS.get(k));
            }
        }
        // missing fields: each alone, then all
        for (String name : names) {
            List<String> without = new ArrayList<>();
            List<String> current = baseline(form);
            for (int i = 0; i < current.size(); i += 2) {
                if (!current.get(i).equals(name)) {
                    without.add(current.get(i));
                    without.add(current.get(i + 1));
                }
            }
            check(world, form, null, null, session.post(form.action(), without.toArray(String[]::new)),
                    "without field " + name, false);
            form = refreshed(world, form);
        }
        check(world, form, null, null, session.post(form.action()), "with no field at all", false);
        // duplicated fields: the valid value, then a hostile one
        for (Field field : form.fields()) {
            if (field.sent() && TEXT_TYPES.contains(field.type())) {
                List<String> doubled = new ArrayList<>(baseline(form));
                doubled.add(field.name());
                doubled.add(SCRIPT);
                check(world, form, null, null, session.post(form.action(), doubled.toArray(String[]::new)),
                        "with field " + field.name() + " twice", false);
                form = refreshed(world, form);
            }
        }
    }

    private void submit(FixtureWorld world, FormCase form, String name, String kind) {
        FormCase current = refreshed(world, form);
        String value = HOSTILE.get(kind);
        check(world, current, name, value,
                world.session(form.who()).post(current.action(), FormValues.with(baseline(current), name, value)),
                kind + " in " + name, false);
    }

    private Map<String, FormCase> latest = new LinkedHashMap<>();

    /** After a form was accepted, its page is read again (a new version number, new values). */
    private FormCase refreshed(FixtureWorld world, FormCase form) {
        FormCase fresh = latest.get(form.who() + " " + form.action() + " " + form.page());
        return fresh == null ? form : fresh;
    }

    private void reread(FixtureWorld world, FormCase form) {
        Response response = world.session(form.who()).get(form.page());
        if (response.statusCode() != 200) {
            return;
        }
        for (FormCase found : formsOn(form.who(), form.page(), Jsoup.parse(response.body().asString()))) {
            if (found.action().equals(form.action())) {
                latest.put(form.who() + " " + form.action() + " " + form.page(), found);
                return;
            }
        }
    }

    private static Field field(FormCase form, String name) {
        return form.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    /** What the page would send as it stands: name, value, name, value... */
    private static List<String> baseline(FormCase form) {
        List<String> values = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.sent()) {
                values.add(field.name());
                values.add(field.value());
            }
        }
        return values;
    }

    private void check(FixtureWorld world, FormCase form, String field, String typed, Response response, String what,
            boolean mustRefuse) {
        submissions++;
        String label = form.describe() + " " + what;
        String body = response.body().asString();
        int status = response.statusCode();
        try {
            assertTrue(status < 500, label + " answered " + status + ": " + RouteMatrixTest.abbreviate(body));
            assertFalse(body.contains(RAW_SCRIPT), label + " shows the script unescaped");
            assertFalse(body.contains("Exception") || body.contains("at clinic."), label + " shows a stack trace");
            Document page = Jsoup.parse(body);
            boolean refused = status >= 400 || status == 200 && page.selectFirst(".error-summary") != null;
            if (mustRefuse) {
                assertTrue(status == 400 || status == 403, label + " was not refused: " + status);
            }
            if (status >= 400 && status != 409) {
                RouteMatrixTest.assertErrorPage(response, status, label);
            }
            if (refused) {
                // nothing stored: compared with the store before this form was sent
                assertEquals(lastSnapshot, world.snapshot(), label + " was refused but stored something");
            }
            if (status == 200 && refused && field != null) {
                assertKept(page, field, typed, label);
            }
            if (status == 303 && typed != null && typed.length() >= 100_000
                    && form.fields().stream().anyMatch(f -> f.name().equals(field) && TEXT_TYPES.contains(f.type()))) {
                throw new AssertionError(label + " was accepted: no field of the app takes 100,000 characters");
            }
            if (status == 303) {
                Response next = world.session(form.who()).get(response.header("Location").replaceAll("#.*", ""));
                assertTrue(next.statusCode() < 500, label + " then " + response.header("Location") + " answered " + next.statusCode());
                assertFalse(next.body().asString().contains(RAW_SCRIPT), label + ": the stored script comes back unescaped");
                if (typed != null && typed.equals(SCRIPT) && next.statusCode() == 200) {
                    acceptedScripts++;
                }
                reread(world, form);
            }
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        } finally {
            lastSnapshot = world.snapshot();
        }
    }

    private Map<String, String> lastSnapshot;
    private int acceptedScripts;

    /** A refused form comes back with what was typed in the field (passwords and hidden fields aside). */
    private static void assertKept(Document page, String field, String typed, String label) {
        Element element = page.selectFirst("input[name=" + field + "], textarea[name=" + field + "]");
        if (element == null) {
            return;
        }
        String type = element.tagName().equals("textarea") ? "textarea" : element.attr("type").isEmpty() ? "text"
                : element.attr("type");
        if (!TEXT_TYPES.contains(type)) {
            return;
        }
        String expected = typed.replace('\u0000', '\uFFFD');
        String shown = element.tagName().equals("textarea") ? element.wholeText() : element.val();
        if (expected.isBlank()) {
            assertTrue(shown.isBlank(), label + ": a blank field comes back as " + shown);
            return;
        }
        assertEquals(expected.length() > 200 ? expected.length() : -1, shown.length() > 200 ? shown.length() : -1,
                label + ": the typed value is not kept (length)");
        if (expected.length() <= 200) {
            assertEquals(expected, shown, label + ": the typed value is not kept");
        }
    }

    /** Markup typed into the main forms is stored as typed and shown as text, never as markup. */
    @Test
    void acceptedTextComesBackEscaped() {
        FixtureWorld world = new FixtureWorld();
        String name = "Zoe" + SCRIPT;
        WebSession consultant = world.session(Identity.CONSULTANT);
        Response created = consultant.post("/clients", "firstName", name, "lastName", world.a.lastName() + "Esc",
                "consultantId", String.valueOf(world.consultant.id()), "babyName", "Baby " + SCRIPT,
                "notes", "Notes " + SCRIPT + " 👩‍🍼 שלום", "version", "0", "babyVersion", "0");
        assertEquals(303, created.statusCode(), created.body().asString());
        String client = created.header("Location").replaceAll("^https?://[^/]+", "");
        assertShownAsText(consultant.get(client), name, "client page");
        assertShownAsText(consultant.get(client), "Baby " + SCRIPT, "client page, baby");
        assertShownAsText(consultant.get(client + "/edit"), "Notes " + SCRIPT + " 👩‍🍼 שלום", "client edit form");
        assertShownAsText(consultant.get("/clients?q=" + world.a.lastName() + "Esc"), name, "client list");

        WebSession admin = world.session(Identity.ADMIN);
        String strategy = "Strategy " + SCRIPT + " " + System.nanoTime();
        Response saved = admin.post("/strategies", "name", strategy, "category", "RELAXATION", "description",
                "For consultants " + SCRIPT, "instructions", "Step one " + SCRIPT, "usualFrequency", "daily", "relevance_STRESS", "2", "version", "0");
        assertEquals(303, saved.statusCode(), saved.body().asString());
        assertShownAsText(admin.get(saved.header("Location").replaceAll("^https?://[^/]+", "")), strategy, "strategy page");

        WebSession me = world.session(Identity.CLIENT);
        Document log = me.page("/portal/log");
        String occurredAt = log.selectFirst("input[name=occurredAt]").val();
        Response logged = me.post("/portal/log", "occurredAt", occurredAt, "feedKind", "FEEDING", "minutes", "2",
                "note", "My note " + SCRIPT);
        assertEquals(303, logged.statusCode(), logged.body().asString());
        assertShownAsText(me.get("/portal/log"), "My note " + SCRIPT, "portal log");
        assertShownAsText(world.session(Identity.CONSULTANT).get("/clients/" + world.a.clientId() + "/letdown-log"),
                "My note " + SCRIPT, "consultant's view of the log");
    }

    private static void assertShownAsText(Response response, String typed, String where) {
        assertEquals(200, response.statusCode(), where);
        String body = response.body().asString();
        assertFalse(body.contains(RAW_SCRIPT), where + " shows the markup unescaped");
        Document page = Jsoup.parse(body);
        String shown = page.text() + " " + String.join(" ", page.select("input, textarea").eachAttr("value"))
                + page.select("textarea").stream().map(Element::wholeText).reduce("", String::concat);
        assertTrue(shown.contains(typed), where + " does not show " + typed);
    }

    /** The sign-in form (outside JAX-RS) with hostile values: a failed sign-in, never a 500. */
    @Test
    void theSignInFormSurvivesHostileValues() {
        for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
            WebSession session = WebSession.anonymous();
            Response answer = session.login(hostile.getValue(), hostile.getValue());
            assertEquals(303, answer.statusCode(), "sign-in with " + hostile.getKey());
            assertTrue(answer.header("Location").endsWith("/login?error"), hostile.getKey() + ": " + answer.header("Location"));
            Response page = session.get("/login?error");
            assertEquals(200, page.statusCode(), hostile.getKey());
            assertFalse(page.body().asString().contains(RAW_SCRIPT), hostile.getKey() + ": the typed name comes back unescaped");
        }
    }

    /** Every query parameter of every page, with odd values: never a 500. */
    @Test
    void everyQueryParameterSurvivesOddValues() {
        FixtureWorld world = new FixtureWorld();
        List<String> problems = new ArrayList<>();
        List<String> values = List.of("-1", "0", "abc", "1.5", "99999999999999999999", "-99999999999999999999",
                "2023-02-30", "+999999999-12-31", "-999999999-01-01", "9999-12-31", "0000-01-01", SCRIPT,
                HOSTILE.get("sql"), HOSTILE.get("emoji and right-to-left"), "%", "a".repeat(3000), "\u0000");
        int asked = 0;
        for (Route route : RouteMatrixTest.catalog()) {
            if (!route.httpMethod().equals("GET")) {
                continue;
            }
            List<String> parameters = queryParameters(route);
            if (parameters.isEmpty()) {
                continue;
            }
            Identity who = route.allows(Identity.CONSULTANT.role) ? Identity.CONSULTANT
                    : route.allows(Identity.ADMIN.role) ? Identity.ADMIN : Identity.CLIENT;
            String path = RouteMatrixTest.path(route, world);
            for (String parameter : parameters) {
                for (String value : values) {
                    asked++;
                    Response response = given().redirects().follow(false).cookies(world.session(who).cookies())
                            .queryParam(parameter, value).get(path);
                    String label = who + " GET " + path + "?" + parameter + "=" + RouteMatrixTest.abbreviate(value);
                    String body = response.body().asString();
                    if (response.statusCode() >= 500 || body.contains(RAW_SCRIPT)) {
                        problems.add(label + " answered " + response.statusCode());
                    } else if (response.statusCode() == 200 && !path.endsWith(".csv")
                            && Jsoup.parse(body).selectFirst("main h1") == null) {
                        problems.add(label + " is not a page");
                    }
                }
                // 100,000 characters: the HTTP layer refuses so long an address (414) before the app sees it
                try {
                    Response response = given().redirects().follow(false).cookies(world.session(who).cookies())
                            .queryParam(parameter, "a".repeat(100_000)).get(path);
                    assertTrue(response.statusCode() < 500, path + " with 100,000 characters: " + response.statusCode());
                } catch (Exception e) {
                    if (!(rootCause(e) instanceof java.net.SocketException)) {
                        throw new AssertionError(path + " with 100,000 characters", e);
                    }
                    // the server answered 414 and closed the connection while the client was still sending
                }
            }
            if (parameters.contains("from") && parameters.contains("to")) {
                for (String[] range : new String[][] {{"+999999999-12-31", "+999999999-12-31"},
                        {"-999999999-01-01", "+999999999-12-31"}, {"2024-05-01", "2024-04-01"}, {"0001-01-01", "9999-12-31"}}) {
                    Response response = given().redirects().follow(false).cookies(world.session(who).cookies())
                            .queryParam("from", range[0]).queryParam("to", range[1]).get(path);
                    if (response.statusCode() >= 500) {
                        problems.add(who + " GET " + path + "?from=" + range[0] + "&to=" + range[1] + " answered "
                                + response.statusCode());
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        assertTrue(asked > 100, "asked " + asked);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Forms go out in UTF-8, as browsers send them (RestAssured's default for forms is ISO-8859-1). */
    @org.junit.jupiter.api.BeforeEach
    void utf8Forms() {
        previousConfig = io.restassured.RestAssured.config;
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().encoderConfig(
                io.restassured.config.EncoderConfig.encoderConfig().defaultCharsetForContentType("UTF-8",
                        "application/x-www-form-urlencoded"));
    }

    @org.junit.jupiter.api.AfterEach
    void restoreConfig() {
        io.restassured.RestAssured.config = previousConfig;
    }

    private io.restassured.config.RestAssuredConfig previousConfig;

    /** The query parameters the route's Java method reads. */
    static List<String> queryParameters(Route route) {
        for (Method method : route.resource().getDeclaredMethods()) {
            if (method.getName().equals(route.javaMethod())) {
                List<String> names = new ArrayList<>();
                for (Annotation[] annotations : method.getParameterAnnotations()) {
                    for (Annotation annotation : annotations) {
                        if (annotation instanceof QueryParam query) {
                            names.add(query.value());
                        }
                    }
                }
                return names;
            }
        }
        throw new AssertionError("no method for " + route);
    }
}
