package clinic.letdown.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManagerFactory;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class StrategyResourceTest {

    @Test
    void consultantsReadTheSeededLibraryButCannotChangeIt() {
        TestAccounts.Created consultantAccount = TestAccounts.consultant();
        WebSession consultant = consultantAccount.signIn();
        Document list = consultant.page("/strategies");
        for (String seeded : List.of("Deep breathing", "Visualization", "Warm compresses", "A calm and comfortable environment",
                "Eliminating distractions", "Focusing on the baby and the latch", "Bonding and skin-to-skin contact",
                "Using the baby's cues when apart", "Combining breastfeeding with pumping", "Rest and sleep support",
                "Latch assessment for pain", "Review of medications with the prescriber",
                "Referral to a physician for a medical condition")) {
            // other tests add strategies too: look each seeded one up by name
            List<String> names = consultant.page("/strategies?q=" + seeded).select("table.list td[data-label=Strategy] a").eachText();
            assertTrue(names.contains(seeded), seeded + " in " + names);
        }
        assertNull(list.selectFirst("a[href=/strategies/new]"), "no 'New strategy' for a consultant");

        long id = seeded("Deep breathing").id;
        Document show = consultant.page("/strategies/" + id);
        assertEquals("Deep breathing", show.selectFirst("h1").text());
        assertTrue(show.select("ol.steps li").size() >= 4, "instructions are shown step by step");
        assertTrue(show.text().contains("Stress (directly)"), show.text());
        assertTrue(show.text().contains("Pain (a little)"));
        assertNull(show.selectFirst("a[href$=/edit]"));
        assertNull(show.selectFirst("form[action$=/retire]"));

        Response refused = consultant.get("/strategies/new");
        assertEquals(403, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body().asString()).selectFirst("h1").text().contains("You do not have access"));
        String username = consultantAccount.username();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and actor = ?2 and detail = ?3",
                AuditAction.ACCESS_DENIED, username, "GET /strategies/new")) == 1, "the refusal is audited with its actor");
        assertEquals(403, consultant.get("/strategies/" + id + "/edit").statusCode());
        assertEquals(403, consultant.post("/strategies", "name", TestAccounts.uniqueName("Nope")).statusCode());
        assertEquals(403, consultant.post("/strategies/" + id + "/retire").statusCode());
        assertFalse(seeded("Deep breathing").retired);
    }

    @Test
    void anonymousVisitorsAndClientsCannotReachTheLibrary() {
        Response anonymous = WebSession.anonymous().get("/strategies");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "status " + anonymous.statusCode());
        assertTrue(anonymous.header("Location").endsWith("/login"));
        WebSession client = TestAccounts.client().signIn();
        assertEquals(403, client.get("/strategies").statusCode());
        assertEquals(403, client.get("/strategies/1").statusCode());
    }

    @Test
    void everyStrategyOfTheSeedHasInstructionsAndWeightedFactors() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Strategy> seeded = Strategy.list("id < 1000 order by id");
            assertEquals(14, seeded.size(), "the reference text's 13 and the referral for mood (V68)");
            for (Strategy s : seeded) {
                assertFalse(s.factors.isEmpty(), s.name);
                assertTrue(s.steps().size() >= 3, s.name);
                assertNotNull(s.usualFrequency, s.name);
                s.factors.forEach(f -> assertTrue(f.relevance >= 1 && f.relevance <= 3, s.name));
            }
        });
        Strategy breathing = seeded("Deep breathing");
        assertEquals(3, breathing.relevanceFor(DifficultyFactor.STRESS));
        assertEquals(3, breathing.relevanceFor(DifficultyFactor.ANXIETY));
        assertEquals(1, breathing.relevanceFor(DifficultyFactor.PAIN));
        Strategy compresses = seeded("Warm compresses");
        assertEquals(3, compresses.relevanceFor(DifficultyFactor.PAIN));
        assertEquals(2, compresses.relevanceFor(DifficultyFactor.STRESS));
    }

    @Test
    void anAdminAddsChangesRetiresAndReactivatesAStrategy() {
        WebSession admin = TestAccounts.admin().signIn();
        Document blank = admin.page("/strategies/new");
        assertNotNull(blank.selectFirst("label[for=relevance_STRESS]"));
        String name = TestAccounts.uniqueName("Hand expression");
        Response created = admin.post("/strategies", "name", name, "category", "FEEDING_PRACTICE",
                "description", "Shows <b>how</b> to start milk flow by hand.",
                "instructions", "1. Wash your hands.\n2. Cup the breast <script>alert(1)</script>\n- Press back, then together.",
                "usualFrequency", "Before pumping", "relevance_OTHER", "1", "relevance_MEDICATION", "1", "version", "0");
        assertEquals(303, created.statusCode(), created.body().asString());
        String location = created.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Response shown = admin.get("/strategies/" + id);
        assertTrue(shown.body().asString().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "HTML is shown escaped");
        Document show = Jsoup.parse(shown.body().asString());
        assertTrue(show.selectFirst(".flash").text().contains(name));
        assertEquals(List.of("Wash your hands.", "Cup the breast <script>alert(1)</script>", "Press back, then together."),
                show.select("ol.steps li").eachText(), "typed numbers and bullets are not numbered twice");
        Strategy stored = load(id);
        assertEquals(StrategyCategory.FEEDING_PRACTICE, stored.category);
        assertEquals(1, stored.relevanceFor(DifficultyFactor.OTHER));
        assertEquals(1, stored.relevanceFor(DifficultyFactor.MEDICATION));
        assertEquals(2, stored.factors.size());

        Document edit = admin.page("/strategies/" + id + "/edit");
        assertEquals(name, edit.selectFirst("input#name").val());
        assertEquals("1", edit.selectFirst("select#relevance_OTHER option[selected]").val());
        String version = edit.selectFirst("input[name=version]").val();
        Response saved = admin.post("/strategies/" + id, "name", name, "category", "COMFORT", "description", "Changed.",
                "instructions", "One.\nTwo.\nThree.", "usualFrequency", "", "relevance_OTHER", "2", "version", version);
        assertEquals(303, saved.statusCode());
        stored = load(id);
        assertEquals(StrategyCategory.COMFORT, stored.category);
        assertEquals(2, stored.relevanceFor(DifficultyFactor.OTHER));
        assertEquals(0, stored.relevanceFor(DifficultyFactor.MEDICATION));
        assertNull(stored.usualFrequency);

        Response stale = admin.post("/strategies/" + id, "name", name, "category", "REST", "description", "My stale text",
                "instructions", "One.", "relevance_OTHER", "3", "version", version);
        assertEquals(200, stale.statusCode());
        Document staleForm = Jsoup.parse(stale.body().asString());
        assertTrue(staleForm.selectFirst(".error-summary").text().contains("Someone else changed this while you were editing"));
        assertEquals("My stale text", staleForm.selectFirst("textarea#description").text(), "typed text is kept");
        assertEquals(StrategyCategory.COMFORT, load(id).category, "nothing overwritten");

        assertEquals(303, admin.post("/strategies/" + id + "/retire").statusCode());
        assertTrue(load(id).retired);
        Document retired = admin.page("/strategies/" + id);
        assertTrue(retired.text().contains("Retired: no longer offered for new care plans"));
        assertNotNull(retired.selectFirst("form[action=/strategies/" + id + "/reactivate]"));
        assertFalse(admin.page("/strategies?q=" + name).select("td a").eachText().contains(name), "active list hides it");
        assertTrue(admin.page("/strategies?show=retired&q=" + name).select("td a").eachText().contains(name));
        assertEquals(303, admin.post("/strategies/" + id + "/reactivate").statusCode());
        assertFalse(load(id).retired);

        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "recordType = 'Strategy' and recordId = ?1 and action in ?2", id, List.of(AuditAction.CREATE, AuditAction.UPDATE)));
        assertEquals(4, audited, "created, saved, retired, reactivated; the refused stale edit changed nothing");
    }

    @Test
    void badInputComesBackWithAMessageAtEachFieldAndTheTypedValues() {
        WebSession admin = TestAccounts.admin().signIn();
        Response response = admin.post("/strategies", "name", "", "category", "NOT_A_CATEGORY",
                "description", "<img src=x onerror=alert(1)>", "instructions", "", "relevance_STRESS", "abc",
                "relevance_PAIN", "7", "version", "0");
        assertEquals(200, response.statusCode());
        Document form = Jsoup.parse(response.body().asString());
        assertEquals("Please fill this in.", form.selectFirst("#name-error").text());
        assertEquals("Choose a category.", form.selectFirst("#category-error").text());
        assertEquals("Please fill this in.", form.selectFirst("#instructions-error").text());
        assertEquals("Choose 0 to 3.", form.selectFirst("#relevance_STRESS-error").text());
        assertEquals("Choose 0 to 3.", form.selectFirst("#relevance_PAIN-error").text());
        assertEquals("<img src=x onerror=alert(1)>", form.selectFirst("textarea#description").text());
        assertFalse(response.body().asString().contains("<img src=x"), "escaped");

        Response noFactor = admin.post("/strategies", "name", TestAccounts.uniqueName("No factor"), "category", "REST",
                "description", "d", "instructions", "i", "version", "0");
        assertEquals(200, noFactor.statusCode());
        assertTrue(Jsoup.parse(noFactor.body().asString()).selectFirst("#factors-error").text().contains("at least one"));

        Response taken = admin.post("/strategies", "name", "  DEEP breathing ", "category", "REST", "description", "d",
                "instructions", "i", "relevance_OTHER", "1", "version", "0");
        assertEquals(200, taken.statusCode());
        assertEquals("Another strategy already has this name.", Jsoup.parse(taken.body().asString()).selectFirst("#name-error").text());

        Response huge = admin.post("/strategies", "name", "x".repeat(5000), "category", "REST", "description", "d".repeat(5000),
                "instructions", "i", "relevance_OTHER", "1", "version", "0");
        assertEquals(200, huge.statusCode());
        Document hugeForm = Jsoup.parse(huge.body().asString());
        assertEquals("At most 120 characters.", hugeForm.selectFirst("#name-error").text());
        assertEquals("At most 4,000 characters.", hugeForm.selectFirst("#description-error").text());

        assertEquals(404, admin.get("/strategies/987654321").statusCode());
        assertEquals(404, admin.get("/strategies/abc").statusCode());
        assertEquals(404, admin.post("/strategies/987654321/retire").statusCode());
    }

    @Test
    void theLibraryListRunsAFixedNumberOfQueries() {
        WebSession consultant = TestAccounts.consultant().signIn();
        consultant.page("/strategies?show=all");
        Statistics statistics = Arc.container().instance(EntityManagerFactory.class).get().unwrap(SessionFactory.class)
                .getStatistics();
        long before = statistics.getPrepareStatementCount();
        Document list = consultant.page("/strategies?show=all");
        long queries = statistics.getPrepareStatementCount() - before;
        assertTrue(list.select("table.list tbody tr").size() >= 13);
        assertTrue(queries <= 5, "list of strategies with their factors in " + queries + " queries");
    }

    private static Strategy seeded(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Strategy s = Strategy.find("name", name).firstResult();
            s.factors.size();
            return s;
        });
    }

    private static Strategy load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Strategy s = Strategy.findById(id);
            s.factors.size();
            return s;
        });
    }
}
