package clinic.letdown.careplan;

import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.client.Client;
import clinic.letdown.letdownlog.FeedKind;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.support.Statements;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** The plan page, the client's printed copy, the pieces for the client page and physician report. */
@QuarkusTest
class CarePlanPagesTest {

    @Test
    void thePrintedPlanIsAClientHandoutWithoutClinicalNotes() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Pia");
        CarePlanFixtures.consultation(client, consultant.id(), 1, STRESS, 7, PAIN, 5);
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Handout plan", "Deep breathing", "Warm compresses");
        QuarkusTransaction.requiringNew().run(() -> {
            CarePlan plan = CarePlan.findById(planId);
            plan.activities.get(1).status = ActivityStatus.STOPPED;
            plan.activities.get(0).instructions = "Breathe in for four.\nOut for six <b>slowly</b>.";
        });
        WebSession session = consultant.signIn();
        Response response = session.get("/careplans/" + planId + "/print");
        assertEquals(200, response.statusCode());
        String html = response.body().asString();
        Document print = Jsoup.parse(html);
        assertEquals("Your letdown care plan", print.selectFirst(".handout h1").text());
        assertTrue(print.selectFirst(".handout-for").text().contains("Pia"));
        assertTrue(print.select(".handout-goals li").text().contains("Letdown within 2 minutes"));
        assertEquals(List.of("Deep breathing"), print.select(".handout-activity h3").eachText(), "a stopped activity is left out");
        assertEquals(List.of("Breathe in for four.", "Out for six <b>slowly</b>."), print.select(".handout-activity ol.steps li").eachText());
        assertTrue(html.contains("Out for six &lt;b&gt;slowly&lt;/b&gt;."), "escaped");
        assertTrue(print.selectFirst(".handout-foot").text().contains("Your consultant: Test consultant"));
        String followUp = clinic.letdown.web.Formats.shown(LocalDate.now().plusDays(13));
        assertTrue(print.selectFirst("#h-follow-up").parent().text().contains(followUp), "the next follow-up");
        assertFalse(html.contains("CLINICAL-NOTE-NEVER-PRINTED"), "no client notes");
        assertFalse(html.contains("SOAP-NOTE-NEVER-PRINTED"), "no consultation notes");
        assertFalse(print.text().contains("score"), "no suggestion scores");
        assertNotNull(print.selectFirst("script[src=/js/careplan-print.js]"));
        assertNotNull(print.selectFirst(".handout-tools.no-print"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordId = ?2 and clientId = ?3", AuditAction.PRINT, planId, client)));
    }

    @Test
    void thePlanPageShowsGoalsActivitiesAndWhoChangedWhatInAFixedNumberOfQueries() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Quinn");
        long small = CarePlanFixtures.draftPlan(client, consultant.id(), "Small", "Deep breathing");
        long large = CarePlanFixtures.draftPlan(client, consultant.id(), "Large", "Deep breathing", "Warm compresses",
                "Visualization", "Eliminating distractions", "Rest and sleep support");
        WebSession session = consultant.signIn();
        session.page("/careplans/" + small);
        long smallQueries = queriesFor(session, "/careplans/" + small);
        long largeQueries = queriesFor(session, "/careplans/" + large);
        assertEquals(smallQueries, largeQueries, "5 activities cost no more queries than 1");

        Document page = session.page("/careplans/" + large);
        assertEquals(5, page.select("article.activity").size());
        assertEquals("Letdown within 2 minutes", page.selectFirst("td[data-label=Goal]").text());
        assertTrue(page.selectFirst("dl.facts").text().contains("Test consultant"));
        assertEquals("Created as Draft", page.selectFirst("td[data-label=Change]").text());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordId = ?2 and clientId = ?3", AuditAction.VIEW, large, client)) >= 1);
        long printQueriesSmall = queriesFor(session, "/careplans/" + small + "/print");
        long printQueriesLarge = queriesFor(session, "/careplans/" + large + "/print");
        assertEquals(printQueriesSmall, printQueriesLarge);
    }

    @Test
    void anActivityTheClientLoggedIsStoppedNeverRemoved() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Rae");
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Logged", "Deep breathing", "Warm compresses");
        long activityId = CarePlanFixtures.plan(planId).activities.get(0).id;
        QuarkusTransaction.requiringNew().run(() -> {
            LetdownLogEntry entry = new LetdownLogEntry();
            entry.client = Client.findById(client);
            entry.occurredAt = Instant.now();
            entry.createdAt = entry.occurredAt;
            entry.feedKind = FeedKind.FEEDING;
            entry.minutesToLetdown = 2.0;
            entry.activitiesTried.add(Activity.findById(activityId));
            entry.persist();
        });
        WebSession session = consultant.signIn();
        Document edit = session.page("/careplans/" + planId + "/edit");
        String[] fields = CarePlanBuilderTest.formFrom(edit);
        Response remove = session.post("/careplans/" + planId, CarePlanBuilderTest.with(List.of(fields), "removeActivity", "0"));
        assertEquals(200, remove.statusCode());
        Document refused = Jsoup.parse(remove.body().asString());
        assertTrue(refused.selectFirst(".error-summary").text().contains("appears in the client's letdown log"));
        assertEquals(2, refused.select("fieldset.activity-row").size(), "the row stays");
        assertTrue(refused.selectFirst("#activityStatus-0-error").text().contains("Stopped"));

        // a save without the row (sent by an old page, or crafted) puts the row back, and nothing is deleted
        List<String> withoutFirst = new java.util.ArrayList<>(List.of(fields));
        int first = withoutFirst.indexOf("activityId");
        for (int i = 0; i < 10; i++) {
            withoutFirst.remove(first);
        }
        Response crafted = session.post("/careplans/" + planId, withoutFirst.toArray(String[]::new));
        assertEquals(200, crafted.statusCode());
        Document restored = Jsoup.parse(crafted.body().asString());
        assertTrue(restored.selectFirst(".error-summary").text().contains("letdown log"));
        assertEquals(List.of("Activity 1: Warm compresses", "Activity 2: Deep breathing"),
                restored.select("fieldset.activity-row legend").eachText(), "the logged activity is back in the form");
        assertEquals(2, CarePlanFixtures.plan(planId).activities.size());

        // removing the other one is fine
        Response removeSecond = session.post("/careplans/" + planId, CarePlanBuilderTest.with(List.of(fields), "removeActivity", "1"));
        Document without = Jsoup.parse(removeSecond.body().asString());
        assertEquals(1, without.select("fieldset.activity-row").size());
        assertEquals(303, session.post("/careplans/" + planId, CarePlanBuilderTest.formFrom(without)).statusCode());
        assertEquals(List.of("Deep breathing"), CarePlanFixtures.plan(planId).activities.stream().map(a -> a.strategy.name).toList());
    }

    @Test
    void theClientPlansTagAndThePlanSummaryTagRenderForTheClientPageAndThePhysicianReport() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Sam");
        long older = CarePlanFixtures.draftPlan(client, consultant.id(), "First <plan>", "Deep breathing");
        long active = CarePlanFixtures.draftPlan(client, consultant.id(), "Second plan", "Warm compresses", "Visualization");
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(CarePlanService.class).get()
                .changeStatus(active, String.valueOf(CarePlan.<CarePlan>findById(active).version), CarePlanStatus.ACTIVE,
                        consultant.id(), null, null));
        Engine engine = Arc.container().instance(Engine.class).get();

        String list = QuarkusTransaction.requiringNew().call(() -> engine.parse("{#clientPlans plans=plans clientId=id /}")
                .data("plans", CarePlan.listForClient(client)).data("id", client).render());
        Document plans = Jsoup.parse(list);
        assertEquals(List.of("Second plan", "First <plan>"), plans.select("td[data-label=Plan] a").eachText(), "newest first");
        assertEquals(List.of("Active", "Draft"), plans.select("td[data-label=Status]").eachText());
        assertEquals("/clients/" + client + "/careplans/new", plans.selectFirst("a.button").attr("href"));
        assertTrue(list.contains("First &lt;plan&gt;"));
        assertEquals("/careplans/" + older, plans.select("td[data-label=Plan] a").get(1).attr("href"));

        String summary = QuarkusTransaction.requiringNew().call(() -> engine.parse("{#carePlanSummary plan=plan /}")
                .data("plan", CarePlan.findActiveWithDetailsFor(client)).render());
        Document brief = Jsoup.parse(summary);
        assertTrue(brief.text().contains("Second plan"), brief.text());
        assertTrue(brief.text().contains("Warm compresses"));
        assertTrue(brief.text().contains("Visualization"));
        assertTrue(brief.text().contains("Letdown within 2 minutes"));
        String none = QuarkusTransaction.requiringNew().call(() -> engine.parse("{#carePlanSummary plan=plan /}")
                .data("plan", CarePlan.findActiveWithDetailsFor(CarePlanFixtures.client("Nobody"))).render());
        assertTrue(Jsoup.parse(none).text().contains("No active care plan."));

        assertEquals(1, Statements.during(() -> QuarkusTransaction.requiringNew().run(() -> engine
                .parse("{#clientPlans plans=plans clientId=id /}")
                .data(Map.of("plans", CarePlan.listForClient(client), "id", client)).render())),
                "the list with its authors in one query");
    }

    private static long queriesFor(WebSession session, String path) {
        return Statements.during(() -> session.page(path));
    }
}
