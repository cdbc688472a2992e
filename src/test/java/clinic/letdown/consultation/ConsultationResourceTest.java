package clinic.letdown.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.FormValues;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

@QuarkusTest
class ConsultationResourceTest {

    static String visitTime(long daysAgo) {
        return LocalDateTime.now(Formats.ZONE).minusDays(daysAgo).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** The form of scenario 2, with any field replaced or added: name, value, ... */
    static String[] scenarioForm(long babyId, String... more) {
        List<String> fields = List.of("kind", "INITIAL", "startedAt", visitTime(0),
                "babyId", String.valueOf(babyId), "reason", "Letdown slow to come",
                "subjective", "Tense at feeds", "objective", "Shallow latch left", "assessment", "Stress and pain",
                "plan", "Deep breathing before feeds", "latchLatch", "1", "latchAudible", "1", "latchNipple", "2",
                "latchComfort", "1", "latchHold", "1", "infantWeightGrams", "3420", "preFeedWeightGrams", "3420",
                "postFeedWeightGrams", "3468", "painScore", "5", "signs", "TINGLING", "triggers", "BABY_CRY",
                "factor", "STRESS", "severity", "7", "detail", "Worried about supply",
                "factor", "PAIN", "severity", "5", "detail", "",
                "factor", "", "severity", "", "detail", "",
                "factor", "", "severity", "", "detail", "",
                "followUpOn", LocalDate.now(Formats.ZONE).plusDays(14).toString(), "version", "0");
        return FormValues.with(fields, more);
    }

    static Consultation stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Consultation c = Consultation.findById(id);
            c.difficulties.size();
            c.consultant.displayName.length();
            return c;
        });
    }

    static long consultationsOf(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> Consultation.count("client.id", clientId));
    }

    @Test
    void consultantChartsTheInitialConsultationOfScenarioTwo() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Sofia", ChartingFixtures.uniqueSurname("Chart"), consultant.id(), "Mateo");
        long babyId = client.babies.get(0).id;

        Document form = session.page("/clients/" + client.id + "/consultations/new");
        assertEquals("INITIAL", form.selectFirst("#kind option[selected]").val());
        assertEquals(String.valueOf(babyId), form.selectFirst("#babyId option[selected]").val());
        assertEquals(4, form.select("select[name=factor]").size(), "four empty difficulty rows");
        assertNotNull(form.selectFirst("label[for=factor-0]"));
        assertNotNull(form.selectFirst("input[type=datetime-local]#startedAt"));
        assertTrue(form.select("fieldset.latch").text().contains("grasps breast"), "LATCH help from the reference table");

        Response saved = session.post("/clients/" + client.id + "/consultations", scenarioForm(babyId));
        assertEquals(303, saved.statusCode(), saved.body().asString());
        long id = Long.parseLong(saved.header("Location").replaceAll(".*/consultations/", ""));
        Consultation c = stored(id);
        assertEquals(ConsultationKind.INITIAL, c.kind);
        assertEquals(consultant.id(), c.consultant.id, "the charting consultant is recorded");
        assertEquals(6, c.latchTotal());
        assertEquals(48, c.milkTransferMl());
        assertEquals(5, c.painScore);
        assertEquals(EnumSet.of(LetdownSign.TINGLING), c.signs());
        assertEquals(EnumSet.of(LetdownTrigger.BABY_CRY), c.triggers());
        assertEquals(2, c.difficulties.size());
        assertEquals(DifficultyFactor.STRESS, c.difficulties.get(0).factor);
        assertEquals(7, c.difficulties.get(0).severity);
        assertEquals("Worried about supply", c.difficulties.get(0).detail);
        assertEquals(DifficultyFactor.PAIN, c.difficulties.get(1).factor);
        assertNull(c.difficulties.get(1).detail);
        assertTrue(ChartingFixtures.audited(AuditAction.CREATE, "Consultation", id));

        Document view = session.page("/consultations/" + id);
        String findings = view.select(".findings").text();
        assertTrue(findings.contains("6 / 10"), findings);
        assertTrue(findings.contains("48 ml"), findings);
        assertTrue(findings.contains("Tingling"), findings);
        assertTrue(view.select("table.difficulties").text().contains("Stress 7"));
        assertTrue(view.select("table.difficulties").text().contains("Pain 5"));
        assertTrue(view.text().contains("Test consultant"), "the consultant is named");
        assertTrue(ChartingFixtures.audited(AuditAction.VIEW, "Consultation", id));
    }

    @Test
    void hostileOrMalformedInputComesBackWithErrorsAndStoresNothing() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Hana", ChartingFixtures.uniqueSurname("Hostile"), consultant.id(), "Lukas");
        long babyId = client.babies.get(0).id;
        Response response = session.post("/clients/" + client.id + "/consultations", scenarioForm(babyId,
                "kind", "HACK", "startedAt", "2026-02-30T10:00", "latchLatch", "3", "infantWeightGrams", "abc",
                "painScore", "11", "signs", "TELEPATHY", "subjective", "s".repeat(100_000),
                "severity", "11", "followUpOn", "yesterday", "babyId", "99999999"));
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body().asString());
        assertEquals("Choose the kind of visit.", page.selectFirst("#kind-error").text());
        assertTrue(page.selectFirst("#startedAt-error").text().startsWith("Enter a date and time"));
        assertEquals("Choose 0, 1 or 2.", page.selectFirst("#latchLatch-error").text());
        assertEquals("Enter a whole number.", page.selectFirst("#infantWeightGrams-error").text());
        assertEquals("Enter a whole number from 0 to 10.", page.selectFirst("#painScore-error").text());
        assertEquals("Choose a sign from the list.", page.selectFirst("#signs-error").text());
        assertEquals("At most 10,000 characters.", page.selectFirst("#subjective-error").text());
        assertEquals("Enter a whole number from 0 to 10.", page.selectFirst("#severity-0-error").text());
        assertTrue(page.selectFirst("#followUpOn-error").text().startsWith("Enter a date"));
        assertEquals("Choose this baby from the list.", page.selectFirst("#babyId-error").text());
        assertEquals("abc", page.selectFirst("#infantWeightGrams").val(), "typed values are kept");
        assertEquals("11", page.selectFirst("#severity-0").val());
        assertEquals("Worried about supply", page.selectFirst("#detail-0").val());
        assertEquals(0, consultationsOf(client.id));

        Response detail = session.post("/clients/" + client.id + "/consultations", scenarioForm(babyId,
                "factor", "MEDICATION", "detail", " ", "latchHold", "", "preFeedWeightGrams", "",
                "startedAt", visitTime(-3), "reason", "<script>alert(1)</script>" + "r".repeat(600)));
        Document detailPage = Jsoup.parse(detail.body().asString());
        assertEquals("Name the medication in the detail.", detailPage.selectFirst("#detail-0-error").text());
        assertEquals("Score all five LATCH items, or none of them.", detailPage.selectFirst("#latchHold-error").text());
        assertEquals("Enter both test weights, before and after the feed.",
                detailPage.selectFirst("#preFeedWeightGrams-error").text());
        assertEquals("The visit cannot be in the future.", detailPage.selectFirst("#startedAt-error").text());
        assertEquals("At most 500 characters.", detailPage.selectFirst("#reason-error").text());
        assertFalse(detail.body().asString().contains("<script>alert(1)"), "typed HTML is escaped");

        Response twice = session.post("/clients/" + client.id + "/consultations", scenarioForm(babyId,
                "factor", "PAIN", "detail", "x".repeat(501)));
        Document twicePage = Jsoup.parse(twice.body().asString());
        assertEquals("Pain is listed twice; keep one row for it.", twicePage.selectFirst("#factor-1-error").text());
        assertEquals("At most 500 characters.", twicePage.selectFirst("#detail-0-error").text());

        Response orphan = session.post("/clients/" + client.id + "/consultations", scenarioForm(babyId,
                "factor", "", "severity", "4"));
        assertEquals("Choose the factor this row is about.",
                Jsoup.parse(orphan.body().asString()).selectFirst("#factor-0-error").text());
        assertEquals(0, consultationsOf(client.id), "nothing stored by any of them");
    }

    @Test
    void htmlInNotesIsStoredAsTypedAndShownAsText() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Ines", ChartingFixtures.uniqueSurname("Html"), consultant.id(), "Leo");
        Response saved = session.post("/clients/" + client.id + "/consultations", scenarioForm(client.babies.get(0).id,
                "plan", "<script>alert('plan')</script>'; DROP TABLE consultation; --", "detail", "<b>bold</b>"));
        assertEquals(303, saved.statusCode());
        String path = saved.header("Location").replaceAll("^https?://[^/]+", "");
        for (String page : List.of(path, path + "/report", "/clients/" + client.id)) {
            String html = session.get(page).body().asString();
            assertFalse(html.contains("<script>alert('plan')"), page);
            assertFalse(html.contains("<b>bold</b>"), page);
        }
        assertTrue(Jsoup.parse(session.get(path).body().asString()).text().contains("<script>alert('plan')</script>"));
    }

    @Test
    void moreRowsKeepsEverythingTypedAndSavesNothing() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Rows"), consultant.id(), "Ben");
        Response more = session.post("/clients/" + client.id + "/consultations",
                scenarioForm(client.babies.get(0).id, "more", "rows"));
        assertEquals(200, more.statusCode());
        Document page = Jsoup.parse(more.body().asString());
        assertEquals(8, page.select("select[name=factor]").size());
        assertEquals("STRESS", page.selectFirst("#factor-0 option[selected]").val());
        assertEquals("7", page.selectFirst("#severity-0").val());
        assertTrue(page.select(".error-summary").isEmpty());
        assertEquals("6 / 10", page.selectFirst("#latch-total").text(), "the LATCH total is computed on the form too");
        assertEquals("48 ml", page.selectFirst("#milk-transfer").text());
        assertEquals(0, consultationsOf(client.id));
    }

    @Test
    void anEditOnAStaleCopyIsRefusedWithTheTypedValuesKept() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession maya = consultant.signIn();
        WebSession colleague = TestAccounts.consultant().signIn();
        Client client = ChartingFixtures.client("Lucia", ChartingFixtures.uniqueSurname("Stale"), consultant.id(), "Emma");
        long babyId = client.babies.get(0).id;
        Consultation c = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now().minus(1, ChronoUnit.DAYS),
                List.of(new ConsultationForm.Difficulty(DifficultyFactor.ANXIETY, 6, null)), null);

        Document mine = maya.page("/consultations/" + c.id + "/edit");
        Document theirs = colleague.page("/consultations/" + c.id + "/edit");
        assertEquals("ANXIETY", mine.selectFirst("#factor-0 option[selected]").val());
        String version = mine.selectFirst("input[name=version]").val();
        assertEquals(version, theirs.selectFirst("input[name=version]").val());

        Response first = colleague.post("/consultations/" + c.id, scenarioForm(babyId, "version", version,
                "plan", "Colleague's plan", "startedAt", visitTime(1)));
        assertEquals(303, first.statusCode(), first.body().asString());
        Response second = maya.post("/consultations/" + c.id, scenarioForm(babyId, "version", version,
                "plan", "Maya's plan", "severity", "3", "startedAt", visitTime(1)));
        assertEquals(200, second.statusCode());
        Document page = Jsoup.parse(second.body().asString());
        assertTrue(page.select(".error-summary").text().contains("Someone else changed this consultation"));
        assertEquals("Maya's plan", page.selectFirst("#plan").val());
        assertEquals("3", page.selectFirst("#severity-0").val());
        Consultation now = stored(c.id);
        assertEquals("Colleague's plan", now.plan, "the first save is kept");
        assertEquals(String.valueOf(now.version), page.selectFirst("input[name=version]").val());
        assertEquals(consultant.id(), now.consultant.id, "the charting consultant stays");
        assertTrue(ChartingFixtures.audited(AuditAction.UPDATE, "Consultation", c.id));

        Response retry = maya.post("/consultations/" + c.id, scenarioForm(babyId, "version", String.valueOf(now.version),
                "plan", "Maya's plan", "severity", "3", "startedAt", visitTime(1)));
        assertEquals(303, retry.statusCode());
        assertEquals("Maya's plan", stored(c.id).plan);
        assertEquals(3, stored(c.id).difficulties.stream().filter(d -> d.factor == DifficultyFactor.STRESS).findFirst()
                .orElseThrow().severity, "difficulties are replaced by the edited rows");
    }

    @Test
    void physicianReportIsAOnePageLetter() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String last = ChartingFixtures.uniqueSurname("Report");
        Client client = ChartingFixtures.client("Priya", last, consultant.id(), "Anika " + last);
        Consultation c = ChartingFixtures.medicationVisit(client.id, consultant.id());
        LocalDate followUp = c.followUpOn;
        Document report = session.page("/consultations/" + c.id + "/report");
        assertTrue(report.body().hasClass("letter-page"));
        String letter = report.select("article.letter").text();
        // the clinic's name as configured (clinic.name), in the letterhead and under the signature
        assertEquals("Letdown Clinic", report.selectFirst(".letterhead .clinic").text());
        assertTrue(report.selectFirst(".signer").text().endsWith("Letdown Clinic"), report.selectFirst(".signer").text());
        assertTrue(letter.contains("Priya " + last), letter);
        assertTrue(letter.contains("To the physician of Anika " + last), letter);
        assertTrue(letter.contains("Slow letdown"), "the concern");
        assertTrue(letter.contains("6 / 10"), "LATCH");
        assertTrue(letter.contains("40 ml"), "transfer");
        assertTrue(letter.contains("Medication 5 Pseudoephedrine"), "difficulty with severity");
        assertTrue(letter.contains("Breathing before feeds"), "plan");
        assertTrue(letter.contains(Formats.shown(followUp)), "follow-up");
        assertTrue(letter.contains("Test consultant"), "consultant");
        assertTrue(ChartingFixtures.audited(AuditAction.PRINT, "Consultation", c.id));
    }

    @Test
    void onlyConsultantsReachConsultations() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Mei", ChartingFixtures.uniqueSurname("Rules"), consultant.id(), "Lin");
        Consultation c = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now(), List.of(), null);
        WebSession admin = TestAccounts.admin().signIn();
        WebSession portal = TestAccounts.client().signIn();
        WebSession lead = TestAccounts.create("lead", Role.ADMIN, Role.CONSULTANT).signIn();
        for (String path : List.of("/consultations/" + c.id, "/consultations/" + c.id + "/edit",
                "/consultations/" + c.id + "/report", "/clients/" + client.id + "/consultations/new")) {
            assertEquals(403, admin.get(path).statusCode(), "admin " + path);
            assertEquals(403, portal.get(path).statusCode(), "client " + path);
            assertEquals(200, lead.get(path).statusCode(), "consultant " + path);
        }
        assertEquals(403, portal.post("/clients/" + client.id + "/consultations", scenarioForm(1)).statusCode());
        assertEquals(403, admin.post("/consultations/" + c.id, scenarioForm(1)).statusCode());
        assertEquals(404, lead.get("/consultations/99999999").statusCode());
        assertEquals(404, lead.get("/consultations/99999999/report").statusCode());
        assertEquals(404, lead.get("/clients/99999999/consultations/new").statusCode());
        assertEquals(404, lead.post("/clients/99999999/consultations", scenarioForm(1)).statusCode());
        assertEquals(404, lead.get("/consultations/x1").statusCode());
    }
}
