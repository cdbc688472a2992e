package clinic.letdown.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.support.FormValues;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class ClientResourceTest {

    private static String[] clientForm(String first, String last, long consultantId, String... more) {
        List<String> fields = List.of("firstName", first, "lastName", last, "dateOfBirth", "1992-06-01",
                "phone", "+1 555 014 2233", "email", "sofia@example.org", "preferredLanguage", "Spanish",
                "consultantId", String.valueOf(consultantId), "notes", "First baby.", "version", "0",
                "babyName", "Mateo", "babyDateOfBirth", LocalDate.now().minusDays(20).toString(),
                "babyGestationalAgeWeeks", "39", "babyBirthWeightGrams", "3350", "babyVersion", "0");
        return FormValues.with(fields, more);
    }

    @Test
    void consultantCreatesAClientWithABaby() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Document form = session.page("/clients/new");
        assertEquals(String.valueOf(consultant.id()), form.selectFirst("#consultantId option[selected]").val(),
                "the current consultant is the default");
        assertNotNull(form.selectFirst("label[for=babyName]"));

        String last = ChartingFixtures.uniqueSurname("Reyes");
        Response created = session.post("/clients", clientForm("Sofía", last, consultant.id()));
        assertEquals(303, created.statusCode(), created.body().asString());
        Client client = ChartingFixtures.findByLastName(last);
        assertTrue(created.header("Location").endsWith("/clients/" + client.id));
        assertEquals("Sofía", client.firstName);
        assertEquals(LocalDate.of(1992, 6, 1), client.dateOfBirth);
        assertEquals(consultant.id(), client.consultant.id);
        assertEquals(ClientStatus.ACTIVE, client.status);
        assertEquals(1, client.babies.size());
        assertEquals("Mateo", client.babies.get(0).name);
        assertEquals(39, client.babies.get(0).gestationalAgeWeeks);
        assertEquals(3350, client.babies.get(0).birthWeightGrams);
        List<String> terms = ChartingFixtures.terms(client.id);
        assertTrue(terms.containsAll(List.of("sofia", last.toLowerCase(), "mateo", "@sofiaexampleorg", "example", "org",
                "15550142233", "2233")), terms.toString());
        assertFalse(terms.contains("sofiaexampleorg"), "the whole address only marked, out of the names' ranges");
        assertTrue(ChartingFixtures.audited(AuditAction.CREATE, "Client", client.id));

        Document page = session.page("/clients/" + client.id);
        assertTrue(page.select("h1").text().contains("Sofía " + last));
        assertTrue(page.select("#babies").text().contains("Mateo"));
        assertTrue(page.select("#babies").text().contains("3,350 g"));
        assertTrue(page.text().contains("Client Sofía " + last + " created"), "flash message");
        assertTrue(ChartingFixtures.audited(AuditAction.VIEW, "Client", client.id));
    }

    @Test
    void invalidInputComesBackWithAMessageAtEachFieldAndNothingIsStored() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String last = ChartingFixtures.uniqueSurname("Invalid");
        Response response = session.post("/clients", clientForm("", last, consultant.id(),
                "dateOfBirth", LocalDate.now().plusDays(3).toString(), "phone", "call me maybe", "email", "not-an-email",
                "babyName", " ", "babyDateOfBirth", "2026-02-30", "babyGestationalAgeWeeks", "forty",
                "babyBirthWeightGrams", "7001", "consultantId", "99999999"));
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body().asString());
        assertEquals("Enter the client's first name.", page.selectFirst("#firstName-error").text());
        assertEquals("The date cannot be in the future.", page.selectFirst("#dateOfBirth-error").text());
        assertTrue(page.selectFirst("#phone-error").text().startsWith("Digits, spaces"));
        assertTrue(page.selectFirst("#email-error").text().startsWith("Enter an email address"));
        assertTrue(page.selectFirst("#babyName-error").text().startsWith("Enter the baby's name"));
        assertTrue(page.selectFirst("#babyDateOfBirth-error").text().startsWith("Enter a date"));
        assertEquals("Enter a whole number.", page.selectFirst("#babyGestationalAgeWeeks-error").text());
        assertEquals("Enter a whole number from 300 to 7000.", page.selectFirst("#babyBirthWeightGrams-error").text());
        assertEquals("Choose a consultant from the list.", page.selectFirst("#consultantId-error").text());
        assertEquals(last, page.selectFirst("#lastName").val(), "typed values are kept");
        assertEquals("forty", page.selectFirst("#babyGestationalAgeWeeks").val());
        assertEquals("call me maybe", page.selectFirst("#phone").val());
        assertEquals(0, ChartingFixtures.clientsNamed(last));

        Response ga = session.post("/clients", clientForm("Ana", last, consultant.id(), "babyGestationalAgeWeeks", "21",
                "babyBirthWeightGrams", "299", "phone", "12 34"));
        Document gaPage = Jsoup.parse(ga.body().asString());
        assertEquals("Enter a whole number from 22 to 44.", gaPage.selectFirst("#babyGestationalAgeWeeks-error").text());
        assertEquals("Enter a whole number from 300 to 7000.", gaPage.selectFirst("#babyBirthWeightGrams-error").text());
        assertEquals("A phone number has at least 6 digits.", gaPage.selectFirst("#phone-error").text());
        assertEquals(0, ChartingFixtures.clientsNamed(last));
    }

    @Test
    void hostileInputNeverBreaksThePageAndHtmlIsShownAsText() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String last = ChartingFixtures.uniqueSurname("Hostile");
        Response huge = session.post("/clients", clientForm("Ana", last, consultant.id(), "notes", "x".repeat(100_000),
                "firstName", "y".repeat(81)));
        assertEquals(200, huge.statusCode());
        Document hugePage = Jsoup.parse(huge.body().asString());
        assertEquals("At most 10,000 characters.", hugePage.selectFirst("#notes-error").text());
        assertEquals("At most 80 characters.", hugePage.selectFirst("#firstName-error").text());
        assertEquals(0, ChartingFixtures.clientsNamed(last));

        Response sql = session.post("/clients", clientForm("Robert'); DROP TABLE client;--", last, consultant.id(),
                "notes", "<script>alert('x')</script><b>bold</b>", "babyName", "<img src=x onerror=alert(1)>"));
        assertEquals(303, sql.statusCode());
        Client client = ChartingFixtures.findByLastName(last);
        Response page = session.get("/clients/" + client.id);
        assertEquals(200, page.statusCode());
        String html = page.body().asString();
        assertFalse(html.contains("<script>alert"), "script tags are escaped");
        assertFalse(html.contains("<img src=x"), "HTML in a name is escaped");
        assertTrue(html.contains("&lt;script&gt;alert("));
        Document document = Jsoup.parse(html);
        assertTrue(document.select(".notes").text().contains("<script>alert('x')</script><b>bold</b>"));
        assertTrue(document.select("h1").text().contains("Robert'); DROP TABLE client;--"));

        assertEquals(200, session.get("/clients?q=' or 1=1--&status=<script>&consultant=abc&page=-5").statusCode());
        assertEquals(200, session.get("/clients?q=" + "z".repeat(3000)).statusCode());
        assertEquals(200, session.get("/clients?q=%%_\\ '").statusCode());
        assertEquals(404, session.get("/clients/abc").statusCode());
        assertEquals(404, session.get("/clients/99999999999").statusCode());
    }

    @Test
    void editingKeepsTheRecordAndAStaleEditIsRefusedWithTheTypedValuesKept() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        TestAccounts.Created colleague = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String last = ChartingFixtures.uniqueSurname("Edit");
        Client client = ChartingFixtures.client("Amara", last, consultant.id(), "Chidi");
        Document form = session.page("/clients/" + client.id + "/edit");
        assertEquals("Amara", form.selectFirst("#firstName").val());
        String version = form.selectFirst("input[name=version]").val();
        assertTrue(ChartingFixtures.audited(AuditAction.VIEW, "Client", client.id));

        Response saved = session.post("/clients/" + client.id, "firstName", "Amarachi", "lastName", last,
                "phone", "555 0100 77", "email", "a.o@example.com", "consultantId", String.valueOf(colleague.id()),
                "notes", "Twins expected", "version", version);
        assertEquals(303, saved.statusCode(), saved.body().asString());
        Client updated = ChartingFixtures.load(client.id);
        assertEquals("Amarachi", updated.firstName);
        assertEquals(colleague.id(), updated.consultant.id);
        assertEquals("a.o@example.com", updated.email);
        assertTrue(ChartingFixtures.terms(client.id).contains("amarachi"));
        assertFalse(ChartingFixtures.terms(client.id).contains("amara"), "old terms are gone");
        assertTrue(ChartingFixtures.audited(AuditAction.UPDATE, "Client", client.id));

        Response stale = session.post("/clients/" + client.id, "firstName", "Typed", "lastName", last,
                "consultantId", String.valueOf(consultant.id()), "notes", "my stale notes", "version", version);
        assertEquals(200, stale.statusCode());
        Document stalePage = Jsoup.parse(stale.body().asString());
        assertTrue(stalePage.select(".error-summary").text().contains("Someone else changed this client"));
        assertEquals("Typed", stalePage.selectFirst("#firstName").val());
        assertEquals("my stale notes", stalePage.selectFirst("#notes").val());
        assertEquals(String.valueOf(updated.version), stalePage.selectFirst("input[name=version]").val());
        assertEquals("Amarachi", ChartingFixtures.load(client.id).firstName, "nothing overwritten");
    }

    @Test
    void dischargeAndReactivate() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Grace", ChartingFixtures.uniqueSurname("Status"), consultant.id(), "Oliver");
        Response discharged = session.post("/clients/" + client.id + "/discharge");
        assertEquals(303, discharged.statusCode());
        assertEquals(ClientStatus.DISCHARGED, ChartingFixtures.load(client.id).status);
        Document page = session.page("/clients/" + client.id);
        assertTrue(page.select("h1 .tag").text().contains("Discharged"));
        assertNotNull(page.selectFirst("form[action=/clients/" + client.id + "/reactivate]"));
        assertEquals(303, session.post("/clients/" + client.id + "/reactivate").statusCode());
        assertEquals(ClientStatus.ACTIVE, ChartingFixtures.load(client.id).status);
        assertTrue(ChartingFixtures.audited(AuditAction.UPDATE, "Client", client.id));
    }

    @Test
    void onlyConsultantsReachClientPages() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Mei", ChartingFixtures.uniqueSurname("Access"), consultant.id(), "Lin");
        WebSession admin = TestAccounts.admin().signIn();
        WebSession portal = TestAccounts.client().signIn();
        WebSession lead = TestAccounts.create("lead", Role.ADMIN, Role.CONSULTANT).signIn();
        for (String path : List.of("/clients", "/clients/new", "/clients/" + client.id, "/clients/" + client.id + "/edit",
                "/clients/" + client.id + "/babies/new")) {
            assertEquals(403, admin.get(path).statusCode(), "admin " + path);
            assertEquals(403, portal.get(path).statusCode(), "client " + path);
            assertEquals(200, lead.get(path).statusCode(), "consultant and admin " + path);
            Response anonymous = WebSession.anonymous().get(path);
            assertEquals(302, anonymous.statusCode(), "anonymous " + path);
            assertTrue(anonymous.header("Location").endsWith("/login"));
        }
        assertEquals(403, admin.post("/clients/" + client.id + "/discharge").statusCode());
        assertEquals(403, portal.post("/clients", "firstName", "X", "lastName", "Y").statusCode());
        assertEquals(ClientStatus.ACTIVE, ChartingFixtures.load(client.id).status);
        assertEquals(404, lead.get("/clients/99999999/edit").statusCode());
        assertEquals(404, lead.post("/clients/99999999/discharge").statusCode());
    }
}
