package clinic.letdown.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.report.ReportService;
import clinic.letdown.robustness.FixtureWorld.Identity;
import clinic.letdown.support.RouteCatalog.Access;
import clinic.letdown.support.RouteCatalog.Route;
import clinic.letdown.support.RouteCatalog;
import clinic.letdown.billing.BillingFixtures;
import clinic.letdown.support.WebSession;

/**
 * Every route of the app (read from the resources by {@link RouteCatalog}), asked by anonymous, a
 * client, another client, a consultant and an admin. A route this test does not know fails it, so
 * a new route cannot be added without saying which records its path names and who may see them.
 */
@QuarkusTest
class RouteMatrixTest {

    /** What a path parameter is, per route ("METHOD template"): the values for the pages of client A. */
    private static final Map<String, Function<FixtureWorld, Map<String, String>>> ROUTES = new LinkedHashMap<>();
    /** Routes of a client's own records: another client asking with these ids gets 404, as for a missing one. */
    private static final Set<String> OWNED_BY_CLIENT = Set.of("GET /portal/plans/{id}");
    private static final String SECTION = "{section: outcomes|strategies|appointments}";
    private static final String TABLE = "{table: [^/]+}.csv";
    /** The language link: for anyone, it keeps the choice and goes back (to the sign-in page without a return path). */
    private static final String LANGUAGE = "GET /language/{tag}";
    /**
     * Admin routes that hold clients' clinical records (the whole clinic's FHIR export): the class
     * admits admins, the resource refuses one who is not also a consultant (minimum necessary).
     */
    static final Set<String> ADMIN_AND_CONSULTANT = Set.of("GET /admin/fhir", "POST /admin/fhir");
    /** Pages that exist in dev mode only: 404 for whoever may ask, in the tests. */
    private static final Set<String> DEV_ONLY = Set.of("GET /dev/mails");

    static {
        none("GET /", "GET /login", "POST /logout", "GET /account/password", "POST /account/password", "GET /admin",
                "GET /admin/backup", "POST /admin/backup", "GET /admin/reports", "GET /admin/audit", "GET /admin/audit/verify",
                "GET /admin/users",
                "GET /admin/users/new", "POST /admin/users", "GET /clients", "GET /clients/new", "POST /clients",
                "GET /strategies", "GET /strategies/new", "POST /strategies", "GET /portal", "GET /portal/learn",
                "GET /portal/log", "POST /portal/log", "GET /admin/growth", "POST /admin/growth", "GET /portal/weights",
                "GET /admin/appointment-types", "GET /admin/appointment-types/new", "POST /admin/appointment-types",
                "GET /admin/locations/new", "POST /admin/locations", "GET /admin/schedule", "POST /admin/schedule/hours",
                "POST /admin/schedule/time-off", "GET /schedule", "GET /appointments/new", "GET /portal/appointments",
                "POST /portal/appointments", "POST /portal/appointments/reminders", "GET /account/calendar-feed",
                "POST /account/calendar-feed", "POST /account/calendar-feed/revoke",
                "GET /admin/consents", "GET /admin/consents/new", "POST /admin/consents", "GET /portal/consents",
                "GET /portal/intake", "POST /portal/intake/submit", "GET /dev/mails",
                "POST /account/language", "POST /portal/language");
        known("GET /calendar/{token: [A-Za-z0-9_-]+}.ics", w -> Map.of("token", w.feedToken));
        known("POST /portal/appointments/{id}/cancel", w -> Map.of("id", String.valueOf(w.appointmentId)));
        for (String route : List.of("GET /admin/appointment-types/{id}", "POST /admin/appointment-types/{id}")) {
            known(route, w -> Map.of("id", String.valueOf(w.appointmentTypeId)));
        }
        for (String route : List.of("GET /admin/locations/{id}", "POST /admin/locations/{id}")) {
            known(route, w -> Map.of("id", String.valueOf(w.locationId)));
        }
        known("POST /admin/schedule/time-off/{id}/remove", w -> Map.of("id", String.valueOf(w.timeOffId)));
        for (String route : List.of("GET /appointments/{id}", "GET /appointments/{id}/edit", "POST /appointments/{id}",
                "POST /appointments/{id}/cancel", "POST /appointments/{id}/check-in", "POST /appointments/{id}/no-show")) {
            known(route, w -> Map.of("id", String.valueOf(w.appointmentId)));
        }
        for (String route : List.of("GET /portal/intake/{section}", "POST /portal/intake/{section}")) {
            known(route, w -> Map.of("section", "birth"));
        }
        for (String route : List.of("GET /clients/{clientId}/intake/{section}", "POST /clients/{clientId}/intake/{section}")) {
            known(route, w -> Map.of("clientId", String.valueOf(w.a.clientId()), "section", "birth"));
        }
        known("GET /admin/consents/{id}", w -> Map.of("id", "1"));
        for (String route : List.of("GET /portal/consents/{kind}", "POST /portal/consents/{kind}",
                "POST /portal/consents/{kind}/withdraw")) {
            known(route, w -> Map.of("kind", "care"));
        }
        known("POST /clients/{clientId}/consents/{signatureId}/withdraw", w -> Map.of("clientId",
                String.valueOf(w.a.clientId()), "signatureId", String.valueOf(w.a.consentId())));
        known(LANGUAGE, w -> Map.of("tag", "es"));
        known("GET /admin/reports/" + SECTION, w -> Map.of("section", "outcomes"));
        known("GET /admin/reports/" + TABLE, w -> Map.of("table", ReportService.TABLES.get(0)));
        for (String route : List.of("GET /admin/users/{id}", "POST /admin/users/{id}", "POST /admin/users/{id}/disable",
                "POST /admin/users/{id}/enable", "POST /admin/users/{id}/password")) {
            known(route, w -> Map.of("id", String.valueOf(w.staff.id())));
        }
        for (String route : List.of("GET /careplans/{id}", "POST /careplans/{id}/status", "GET /careplans/{id}/print",
                "GET /portal/plans/{id}")) {
            known(route, w -> Map.of("id", String.valueOf(w.a.activePlanId())));
        }
        for (String route : List.of("GET /careplans/{id}/edit", "POST /careplans/{id}")) {
            known(route, w -> Map.of("id", String.valueOf(w.a.draftPlanId())));
        }
        for (String route : List.of("GET /clients/{id}", "GET /clients/{id}/edit", "POST /clients/{id}",
                "POST /clients/{id}/discharge", "POST /clients/{id}/reactivate")) {
            known(route, w -> Map.of("id", String.valueOf(w.a.clientId())));
        }
        for (String route : List.of("GET /clients/{clientId}/careplans/new", "POST /clients/{clientId}/careplans",
                "GET /clients/{clientId}/babies/new", "POST /clients/{clientId}/babies",
                "GET /clients/{clientId}/consultations/new", "POST /clients/{clientId}/consultations",
                "GET /clients/{clientId}/portal-account", "POST /clients/{clientId}/portal-account",
                "POST /clients/{clientId}/portal-account/password", "POST /clients/{clientId}/portal-account/disable",
                "POST /clients/{clientId}/portal-account/enable", "GET /clients/{clientId}/letdown-log",
                "GET /clients/{clientId}/appointments/new", "POST /clients/{clientId}/appointments",
                "GET /clients/{clientId}/consents", "POST /clients/{clientId}/consents",
                "GET /clients/{clientId}/intake", "POST /clients/{clientId}/intake/submit")) {
            known(route, w -> Map.of("clientId", String.valueOf(w.a.clientId())));
        }
        for (String route : List.of("GET /clients/{clientId}/babies/{babyId}/edit",
                "POST /clients/{clientId}/babies/{babyId}", "POST /clients/{clientId}/babies/{babyId}/remove",
                "GET /clients/{clientId}/babies/{babyId}/weights/new", "POST /clients/{clientId}/babies/{babyId}/weights")) {
            known(route, w -> Map.of("clientId", String.valueOf(w.a.clientId()), "babyId", String.valueOf(w.a.babyId())));
        }
        for (String route : List.of("GET /consultations/{id}", "GET /consultations/{id}/edit", "POST /consultations/{id}",
                "GET /consultations/{id}/report", "GET /consultations/{id}/report/sent", "POST /consultations/{id}/report/sent")) {
            known(route, w -> Map.of("id", String.valueOf(w.a.consultationId())));
        }
        for (String route : List.of("GET /strategies/{id}", "GET /strategies/{id}/edit", "POST /strategies/{id}",
                "POST /strategies/{id}/retire", "POST /strategies/{id}/reactivate")) {
            known(route, w -> Map.of("id", String.valueOf(w.strategyId)));
        }
        // records that leave the clinic (issue 27)
        known("GET /careplans/{id}/print.pdf", w -> Map.of("id", String.valueOf(w.a.activePlanId())));
        known("GET /consultations/{id}/report.pdf", w -> Map.of("id", String.valueOf(w.a.consultationId())));
        none("GET /admin/billing", "POST /admin/billing", "GET /admin/fees", "POST /admin/fees", "GET /admin/diagnoses",
                "POST /admin/diagnoses", "GET /account/billing", "POST /account/billing", "GET /admin/revenue",
                "GET /admin/fhir", "POST /admin/fhir");
        known("GET /admin/revenue/{table: by-month|by-consultant|by-code}.csv", w -> Map.of("table", "by-code"));
        known("GET /admin/fees/{id}", w -> Map.of("id", "1"));
        known("POST /admin/fees/{id}", w -> Map.of("id", "1"));
        known("GET /admin/diagnoses/{id}", w -> Map.of("id", "1"));
        known("POST /admin/diagnoses/{id}", w -> Map.of("id", "1"));
        for (String route : List.of("GET /consultations/{id}/superbill", "GET /consultations/{id}/superbill/edit",
                "POST /consultations/{id}/superbill")) {
            known(route, w -> Map.of("id", String.valueOf(w.a.consultationId())));
        }
        for (String route : List.of("GET /clients/{id}/fhir", "POST /clients/{id}/fhir")) {
            known(route, w -> Map.of("id", String.valueOf(w.a.clientId())));
        }
        // the PDF needs a superbill: the fixture's consultation gets one (once)
        known("GET /consultations/{id}/superbill.pdf", w -> Map.of("id", String.valueOf(w.a.consultationId()
                + 0 * BillingFixtures.superbillFor(w.a.consultationId()))));
    }

    private static void none(String... routes) {
        for (String route : routes) {
            known(route, w -> Map.of());
        }
    }

    private static void known(String route, Function<FixtureWorld, Map<String, String>> parameters) {
        if (ROUTES.put(route, parameters) != null) {
            throw new IllegalStateException("twice: " + route);
        }
    }

    static String key(Route route) {
        return route.httpMethod() + " " + route.template();
    }

    /** The route's path with client A's records (the other client asks with these ids too). */
    static String path(Route route, FixtureWorld world) {
        Map<String, String> values = ROUTES.get(key(route)).apply(world);
        return route.path(name -> {
            String value = values.get(name);
            if (value == null) {
                throw new AssertionError("no value for {" + name + "} of " + route);
            }
            return value;
        });
    }

    static List<Route> catalog() {
        List<Route> routes = RouteCatalog.all();
        Set<String> unknown = new TreeSet<>();
        Set<String> stale = new TreeSet<>(ROUTES.keySet());
        for (Route route : routes) {
            if (!ROUTES.containsKey(key(route))) {
                unknown.add(route.toString());
            }
            stale.remove(key(route));
        }
        assertTrue(unknown.isEmpty(), "routes this test does not know yet (add them to ROUTES with their "
                + "parameters, and to OWNED_BY_CLIENT if they show a client's own records): " + unknown);
        assertTrue(stale.isEmpty(), "routes in ROUTES that the app no longer has: " + stale);
        return routes;
    }

    @Test
    void theCatalogHoldsEveryRouteOfTheAppAndNoTestOnlyOne() {
        List<Route> routes = catalog();
        assertTrue(routes.size() >= 60, "routes found: " + routes.size());
        assertTrue(routes.stream().noneMatch(r -> r.template().startsWith("/test-only")), "test resources are not app routes");
        assertTrue(routes.stream().anyMatch(r -> key(r).equals("POST /portal/log") && r.allows("CLIENT")
                && !r.allows("CONSULTANT")));
        assertTrue(routes.stream().anyMatch(r -> key(r).equals("GET /strategies/new") && r.allows("ADMIN")
                && !r.allows("CONSULTANT")), "a method's own role rule wins over its class's");
    }

    @Test
    void everyPageAnswersEachIdentityAsItsRolesSay() {
        FixtureWorld world = new FixtureWorld();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Route route : catalog()) {
            if (!route.httpMethod().equals("GET")) {
                continue;
            }
            String path = path(route, world);
            for (Identity identity : Identity.values()) {
                Response response = world.session(identity).get(path);
                int expected = expectedStatus(route, identity);
                String what = identity + " GET " + path + " (" + route + ")";
                if (response.statusCode() != expected) {
                    failures.add(what + ": expected " + expected + ", got " + response.statusCode() + " "
                            + response.header("Location"));
                    continue;
                }
                try {
                    checkAnswer(route, identity, response, world, what);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
                checked++;
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers:\n" + String.join("\n", failures));
        assertTrue(checked > 150, "answers checked: " + checked);
    }

    @Test
    void aMissingOrMalformedIdIsNotFoundForTheRoleThatMayAsk() {
        FixtureWorld world = new FixtureWorld();
        List<String> failures = new ArrayList<>();
        for (Route route : catalog()) {
            if (route.parameters().isEmpty() || !route.httpMethod().equals("GET") && !route.httpMethod().equals("POST")) {
                continue;
            }
            Identity identity = allowedIdentity(route);
            Map<String, String> good = ROUTES.get(key(route)).apply(world);
            for (String parameter : route.parameters()) {
                boolean numeric = good.get(parameter).matches("\\d+");
                for (String bad : numeric ? List.of("999999999", "abc", "-1", "99999999999999999999", "1.5")
                        : List.of("nope", "%3Cscript%3E")) {
                    String path = route.path(name -> name.equals(parameter) ? bad : good.get(name));
                    Map<String, String> before = world.snapshot();
                    WebSession session = world.session(identity);
                    Response response = route.httpMethod().equals("GET") ? session.get(path) : session.post(path);
                    String what = identity + " " + route.httpMethod() + " " + path + " (" + route + ")";
                    if (response.statusCode() != 404) {
                        failures.add(what + ": expected 404, got " + response.statusCode());
                        continue;
                    }
                    try {
                        assertErrorPage(response, 404, what);
                        assertEquals(before, world.snapshot(), what + " stored something");
                    } catch (AssertionError e) {
                        failures.add(e.getMessage());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers:\n" + String.join("\n", failures));
    }

    @Test
    void aFormSentByAnyoneWhoMayNotSendItChangesNothing() {
        FixtureWorld world = new FixtureWorld();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (Route route : catalog()) {
            if (route.httpMethod().equals("GET")) {
                continue;
            }
            String path = path(route, world);
            for (Identity identity : Identity.values()) {
                if (identity != Identity.ANONYMOUS && route.allows(identity.role)) {
                    continue;
                }
                Map<String, String> before = world.snapshot();
                Response response = world.session(identity).post(path, "firstName", "Changed", "title", "Changed",
                        "username", "changed-by-" + identity.name().toLowerCase(), "temporaryPassword", "Changed-password-1");
                String what = identity + " POST " + path + " (" + route + ")";
                try {
                    if (identity == Identity.ANONYMOUS) {
                        assertEquals(302, response.statusCode(), what);
                        assertTrue(response.header("Location").endsWith("/login"), what + " goes to " + response.header("Location"));
                    } else {
                        assertEquals(403, response.statusCode(), what);
                        assertErrorPage(response, 403, what);
                    }
                    assertEquals(before, world.snapshot(), what + " stored something");
                    refused++;
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers:\n" + String.join("\n", failures));
        assertTrue(refused > 60, "refusals checked: " + refused);
        // the sessions still work: nothing above signed anyone out
        assertEquals(200, world.session(Identity.CONSULTANT).get("/clients/" + world.a.clientId()).statusCode());
        assertEquals(200, world.session(Identity.CLIENT).get("/portal").statusCode());
    }

    /** Where a client's own records live: no route there may admit an admin who is not a consultant. */
    private static final List<String> CLIENT_DATA = List.of("/clients", "/careplans", "/consultations", "/portal");

    /**
     * Minimum necessary: an admin who is not a consultant gets 403 for every route under a
     * client's records, and 404 for her portal account on the accounts pages (it is not an
     * admin's), with nothing stored. What the admin may open shows no client by name, plan or
     * username (checkRecords).
     */
    @Test
    void anAdminOnlyAccountReachesNoClientsData() {
        FixtureWorld world = new FixtureWorld();
        List<String> failures = new ArrayList<>();
        int clientRoutes = 0;
        for (Route route : catalog()) {
            String path = path(route, world);
            boolean clientData = CLIENT_DATA.stream().anyMatch(prefix -> route.template().startsWith(prefix))
                    || ADMIN_AND_CONSULTANT.contains(key(route));
            String what = "ADMIN " + route.httpMethod() + " " + path + " (" + route + ")";
            if (clientData) {
                clientRoutes++;
                if (route.allows(Identity.ADMIN.role) && !ADMIN_AND_CONSULTANT.contains(key(route))) {
                    failures.add(what + " admits an admin");
                    continue;
                }
                Map<String, String> before = world.snapshot();
                Response response = route.httpMethod().equals("GET") ? world.session(Identity.ADMIN).get(path)
                        : world.session(Identity.ADMIN).post(path, "firstName", "Changed");
                if (response.statusCode() != 403) {
                    failures.add(what + ": expected 403, got " + response.statusCode());
                } else if (!before.equals(world.snapshot())) {
                    failures.add(what + " stored something");
                }
            }
            if (route.template().startsWith("/admin/users/{id}")) {
                String portalAccount = route.path(name -> String.valueOf(world.a.portal().id()));
                Map<String, String> before = world.snapshot();
                Response response = route.httpMethod().equals("GET") ? world.session(Identity.ADMIN).get(portalAccount)
                        : world.session(Identity.ADMIN).post(portalAccount, "displayName", "Changed", "roles",
                                "CONSULTANT", "temporaryPassword", "Changed-password-1", "version", "0");
                String whatPortal = "ADMIN " + route.httpMethod() + " " + portalAccount + " (her portal account)";
                if (response.statusCode() != 404) {
                    failures.add(whatPortal + ": expected 404, got " + response.statusCode());
                } else if (!before.equals(world.snapshot())) {
                    failures.add(whatPortal + " stored something");
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers:\n" + String.join("\n", failures));
        assertTrue(clientRoutes > 30, "client routes checked: " + clientRoutes);
        assertEquals(303, world.a.portal().signIn().get("/").statusCode(), "her password still works");
    }

    /** The clinic's FHIR export: an account that is admin and consultant opens it; admin alone or consultant alone, 403. */
    @Test
    void theClinicExportNeedsAnAccountThatIsBothAdminAndConsultant() {
        FixtureWorld world = new FixtureWorld();
        WebSession lead = clinic.letdown.support.TestAccounts.create("rob-lead", clinic.letdown.account.Role.ADMIN,
                clinic.letdown.account.Role.CONSULTANT).signIn();
        Response page = lead.get("/admin/fhir");
        assertEquals(200, page.statusCode());
        Document form = Jsoup.parse(page.asString());
        assertNotNull(form.selectFirst("form[action=/admin/fhir] textarea[name=reason]"), "the reason is asked");
        assertNotNull(form.selectFirst("form[action=/admin/fhir] input[name=currentPassword]"), "the password is asked");
        assertNotNull(Jsoup.parse(lead.get("/admin").asString()).selectFirst("a[href=/admin/fhir]"), "linked for her");

        Response adminOnly = world.session(Identity.ADMIN).get("/admin/fhir");
        assertEquals(403, adminOnly.statusCode());
        assertErrorPage(adminOnly, 403, "admin alone");
        Document home = Jsoup.parse(world.session(Identity.ADMIN).get("/admin").asString());
        assertNull(home.selectFirst("a[href=/admin/fhir]"), "no link for an admin alone");
        assertTrue(home.text().contains("both administrator and consultant"), "the admin home says why");
        assertEquals(403, world.session(Identity.ADMIN).post("/admin/fhir", "reason", "moving", "currentPassword",
                world.admin.password()).statusCode());
        assertEquals(403, world.session(Identity.CONSULTANT).get("/admin/fhir").statusCode());
    }

    private static Identity allowedIdentity(Route route) {
        for (Identity identity : List.of(Identity.CONSULTANT, Identity.ADMIN, Identity.CLIENT)) {
            if (route.allows(identity.role)) {
                return identity;
            }
        }
        throw new AssertionError("nobody may ask " + route);
    }

    private static int expectedStatus(Route route, Identity identity) {
        String key = key(route);
        if (key.equals(LANGUAGE)) {
            return 303;
        }
        if (identity == Identity.ANONYMOUS) {
            return route.access() == Access.PUBLIC ? 200 : 302;
        }
        if (!route.allows(identity.role)) {
            return 403;
        }
        if (key.equals("GET /") || key.equals("GET /login")) {
            return 303;
        }
        if (identity == Identity.ADMIN && ADMIN_AND_CONSULTANT.contains(key)) {
            return 403;
        }
        if (DEV_ONLY.contains(key)) {
            return 404;
        }
        if (identity == Identity.OTHER_CLIENT && OWNED_BY_CLIENT.contains(key)) {
            return 404;
        }
        return 200;
    }

    private static void checkAnswer(Route route, Identity identity, Response response, FixtureWorld world, String what) {
        String key = key(route);
        String body = response.body().asString();
        switch (response.statusCode()) {
            case 302 -> assertTrue(response.header("Location").endsWith("/login"), what + " goes to "
                    + response.header("Location"));
            case 303 -> {
                String home = key.equals("GET /login") ? "/" : key.equals(LANGUAGE) ? "/login" : switch (identity) {
                    case CLIENT, OTHER_CLIENT -> "/portal";
                    case CONSULTANT -> "/clients";
                    default -> "/admin";
                };
                assertTrue(response.header("Location").endsWith(home), what + " goes to " + response.header("Location"));
            }
            case 403, 404 -> assertErrorPage(response, response.statusCode(), what);
            case 200 -> {
                if (key.endsWith(".ics")) {
                    assertTrue(response.contentType().startsWith("text/calendar"), what + ": " + response.contentType());
                    assertTrue(body.startsWith("BEGIN:VCALENDAR"), what);
                    return;
                }
                if (key.endsWith(".pdf")) {
                    assertTrue(response.contentType().startsWith("application/pdf"), what + ": " + response.contentType());
                    assertTrue(body.startsWith("%PDF"), what + " is no PDF");
                    return;
                }
                if (key.endsWith(".csv")) {
                    assertTrue(response.contentType().startsWith("text/csv"), what + ": " + response.contentType());
                    assertFalse(body.isBlank(), what + " is empty");
                    return;
                }
                Document page = Jsoup.parse(body);
                assertNotNull(page.selectFirst("main#main"), what + " has no main");
                assertNotNull(page.selectFirst("main h1"), what + " has no heading");
                assertNull(page.selectFirst(".error-page"), what + " is an error page");
                if (identity != Identity.ANONYMOUS) {
                    checkNavigation(page, identity, what);
                }
                checkRecords(key, identity, page, world, what);
            }
            default -> throw new AssertionError(what + ": unexpected " + response.statusCode());
        }
    }

    /** The navigation offers what the role may open and nothing else. */
    private static void checkNavigation(Document page, Identity identity, String what) {
        boolean client = identity == Identity.CLIENT || identity == Identity.OTHER_CLIENT;
        assertEquals(identity == Identity.CONSULTANT, page.selectFirst("nav.main-nav a[href=/clients]") != null, what + " nav: clients");
        assertEquals(identity == Identity.ADMIN, page.selectFirst("nav.main-nav a[href=/admin/users]") != null, what + " nav: accounts");
        assertEquals(client, page.selectFirst("nav.main-nav a[href=/portal/log]") != null, what + " nav: portal");
        assertNotNull(page.selectFirst("form[action=/logout]"), what + " has no sign-out");
    }

    /** The page shows the records its address names, and a client never sees the other's. */
    private static void checkRecords(String key, Identity identity, Document page, FixtureWorld world, String what) {
        String text = page.text();
        if (identity == Identity.CLIENT || identity == Identity.OTHER_CLIENT) {
            FixtureWorld.Family me = identity == Identity.CLIENT ? world.a : world.b;
            FixtureWorld.Family other = identity == Identity.CLIENT ? world.b : world.a;
            for (String secret : List.of(other.firstName(), other.lastName(), other.activePlanTitle())) {
                assertFalse(text.contains(secret), what + " shows the other client's " + secret);
            }
            if (key.equals("GET /portal") || key.equals("GET /portal/plans/{id}")) {
                assertTrue(text.contains(me.activePlanTitle()), what + " does not show her plan");
            }
            return;
        }
        if (identity == Identity.ADMIN) {
            for (FixtureWorld.Family family : List.of(world.a, world.b)) {
                for (String secret : List.of(family.firstName(), family.lastName(), family.activePlanTitle(),
                        family.portal().username())) {
                    assertFalse(text.contains(secret), what + " shows an admin a client's " + secret);
                }
            }
        }
        if (key.startsWith("GET /clients/{") || key.startsWith("GET /careplans/") || key.startsWith("GET /consultations/")) {
            assertTrue(text.contains(world.a.firstName()), what + " does not name the client");
            assertFalse(text.contains(world.b.lastName()), what + " names the other client");
        }
        if (key.equals("GET /careplans/{id}") || key.equals("GET /careplans/{id}/print")) {
            assertTrue(text.contains(world.a.activePlanTitle()), what + " does not show the plan");
        }
        if (key.equals("GET /admin/users/{id}")) {
            assertTrue(text.contains(world.staff.username()), what + " does not show the account");
        }
    }

    static void assertErrorPage(Response response, int status, String what) {
        String body = response.body().asString();
        Document page = Jsoup.parse(body);
        assertNotNull(page.selectFirst(".error-page"), what + ": not the app's error page: " + abbreviate(body));
        assertTrue(page.select(".status-code").text().contains("Error " + status), what + ": " + page.select(".status-code").text());
        assertFalse(body.contains("Exception") || body.contains("at clinic.") || body.contains("at io.quarkus"),
                what + " shows a stack trace");
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
