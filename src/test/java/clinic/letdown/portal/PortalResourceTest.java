package clinic.letdown.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** /portal, /portal/plans/{id}, /portal/learn: her plan, exactly, and nothing of anyone else. */
@QuarkusTest
class PortalResourceTest {

    @Test
    void homeShowsHerActivePlanFollowUpAndConsultantButNeverConsultationNotes() {
        PortalFixtures.Family family = PortalFixtures.family();
        LocalDate followUp = LocalDate.now(Formats.ZONE).plusDays(5);
        PortalFixtures.consultation(family.clientId(), family.consultant().id(),
                Instant.now().minus(2, ChronoUnit.DAYS), followUp, "Secret subjective note about her mother");
        String draft = TestAccounts.uniqueName("Draft plan");
        PortalFixtures.plan(family.clientId(), family.consultant().id(), draft, CarePlanStatus.DRAFT, null, "draft goal");
        String finished = TestAccounts.uniqueName("First plan");
        long finishedId = PortalFixtures.plan(family.clientId(), family.consultant().id(), finished,
                CarePlanStatus.COMPLETED, LocalDate.now(Formats.ZONE).minusDays(60), "old goal");

        Document page = family.portal().signIn().page("/portal");

        String text = page.select("main").text();
        assertTrue(text.contains("Hello, " + family.firstName()), text);
        assertEquals("Your plan: " + family.planTitle(), page.selectFirst("#plan-heading").text());
        assertTrue(page.select(".portal-goals").text().contains(family.goalDescription()));
        assertTrue(page.select(".portal-goals").text().contains("on 5 of 7 days"));
        assertTrue(page.select(".portal-goals").text().contains(Formats.shown(LocalDate.now(Formats.ZONE).plusDays(14))));
        assertEquals(2, page.select(".portal-activities > li").size());
        String breathing = page.selectFirst("#activity-" + family.breathingId()).text();
        assertTrue(breathing.contains(family.breathingName()), breathing);
        assertTrue(breathing.contains("Breathe in for 4, out for 6, " + family.firstName()), breathing);
        assertTrue(breathing.contains("before every feed"), breathing);
        assertTrue(text.contains(Formats.shown(followUp)), "the next follow-up is shown");
        assertTrue(text.contains("Test consultant"), "her consultant's name");
        assertTrue(text.contains("This plan helps with: stress, pain."), text);
        assertNotNull(page.selectFirst("a[href='/portal/plans/" + finishedId + "']"), "earlier plans are listed");
        assertFalse(text.contains(draft), "a draft is the consultant's work in progress");
        assertFalse(text.contains("Secret subjective note"), "consultation notes never reach the portal");
        assertFalse(text.contains("Assessment"), "consultation notes never reach the portal");
        assertNotNull(page.selectFirst("a.button[href='/portal/log#log-form']"));
        assertTrue(PortalFixtures.auditCount("VIEW", "CarePlan", family.clientId()) >= 1);
    }

    @Test
    void aFollowUpDateInThePastOrOfAnOlderConsultationIsNotNext() {
        PortalFixtures.Family family = PortalFixtures.family();
        LocalDate today = LocalDate.now(Formats.ZONE);
        PortalFixtures.consultation(family.clientId(), family.consultant().id(), Instant.now().minus(10, ChronoUnit.DAYS),
                today.plusDays(30), "older visit");
        PortalFixtures.consultation(family.clientId(), family.consultant().id(), Instant.now().minus(3, ChronoUnit.DAYS),
                today.minusDays(1), "latest visit");
        String text = family.portal().signIn().page("/portal").select("main").text();
        assertTrue(text.contains("None booked yet"), text);
        assertFalse(text.contains(Formats.shown(today.plusDays(30))), text);
    }

    @Test
    void withoutAnActivePlanSheIsToldItIsComing() {
        long clientId = PortalFixtures.client(TestAccounts.uniqueName("Noor"), "Haddad", null);
        TestAccounts.Created portal = PortalFixtures.portalAccount(clientId);
        Document page = portal.signIn().page("/portal");
        assertTrue(page.text().contains("has not shared a current plan"), page.text());
        assertTrue(page.text().contains("The clinic team"), "no consultant assigned");
    }

    @Test
    void anEarlierPlanOpensButDraftsAndOtherClientsPlansAre404() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.Family other = PortalFixtures.family();
        String finished = TestAccounts.uniqueName("Finished plan");
        long finishedId = PortalFixtures.plan(family.clientId(), family.consultant().id(), finished,
                CarePlanStatus.COMPLETED, null, "finished goal");
        long draftId = PortalFixtures.plan(family.clientId(), family.consultant().id(), "draft", CarePlanStatus.DRAFT,
                null, "draft goal");
        WebSession session = family.portal().signIn();

        Document earlier = session.page("/portal/plans/" + finishedId);
        assertEquals(finished, earlier.selectFirst("h1").text());
        assertTrue(earlier.text().contains("finished goal"));
        assertTrue(earlier.text().contains("no longer the one you follow"));
        Document active = session.page("/portal/plans/" + family.planId());
        assertTrue(active.text().contains(family.breathingName()));

        Response missing = session.get("/portal/plans/999999999");
        assertEquals(404, missing.statusCode());
        for (String path : new String[] {"/portal/plans/" + draftId, "/portal/plans/" + other.planId()}) {
            Response answer = session.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertEquals(missing.body().asString(), answer.body().asString(), "a foreign plan looks exactly like a missing one");
            assertFalse(answer.body().asString().contains(other.planTitle()));
        }
        assertEquals(404, session.get("/portal/plans/abc").statusCode());
        assertEquals(404, session.get("/portal/plans/1%27%20or%201=1").statusCode());
    }

    @Test
    void learnExplainsInPlainWordsAndPointsToHerOwnActivities() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.Family other = PortalFixtures.family();
        Document page = family.portal().signIn().page("/portal/learn");
        String text = page.select("main").text();
        for (String words : new String[] {"oxytocin", "tingling", "leaking from the other breast",
                "thinking about your baby", "Stress, tiredness, worry, pain and distractions", "warm, damp cloth"}) {
            assertTrue(text.contains(words), words);
        }
        assertFalse(page.select(".in-your-plan a[href='/portal#activity-" + family.breathingId() + "']").isEmpty(),
                "deep breathing is linked from the relaxation part");
        assertEquals(family.breathingName(),
                page.select("#helps-heading ~ .in-your-plan a").first().text());
        assertFalse(text.contains(other.breathingName()));
    }

    @Test
    void aDischargedClientStillReadsHerPlanButIsToldLoggingIsClosed() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.discharge(family.clientId());
        Document page = family.portal().signIn().page("/portal");
        assertTrue(page.text().contains("Your care with the clinic has ended"));
        assertTrue(page.text().contains(family.breathingName()));
        assertTrue(page.select("a.button[href='/portal/log#log-form']").isEmpty());
    }

    @Test
    void aClientAccountWithoutAClientRecordGetsAnExplanationNotAnError() {
        TestAccounts.Created orphan = TestAccounts.client();
        WebSession session = orphan.signIn();
        for (String path : new String[] {"/portal", "/portal/log", "/portal/learn", "/portal/plans/1"}) {
            Response answer = session.get(path);
            assertEquals(200, answer.statusCode(), path);
            assertTrue(answer.body().asString().contains("Your portal is not ready yet"), path);
        }
        Response post = session.post("/portal/log", "minutes", "2", "feedKind", "FEEDING");
        assertEquals(200, post.statusCode());
        assertTrue(post.body().asString().contains("not linked to a client record"));
    }

    @Test
    void staffGet403OnPortalPagesAndAnonymousVisitorsAreSentToSignIn() {
        PortalFixtures.Family family = PortalFixtures.family();
        for (TestAccounts.Created staff : new TestAccounts.Created[] {family.consultant(), TestAccounts.admin()}) {
            WebSession session = staff.signIn();
            for (String path : new String[] {"/portal", "/portal/log", "/portal/learn", "/portal/plans/" + family.planId()}) {
                assertEquals(403, session.get(path).statusCode(), path);
            }
            assertEquals(403, session.post("/portal/log", "minutes", "2", "feedKind", "FEEDING").statusCode());
        }
        WebSession anonymous = WebSession.anonymous();
        Response answer = anonymous.get("/portal");
        assertEquals(302, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/login"));
        assertEquals(0, PortalFixtures.entryCount(family.clientId()));
    }

    @Test
    void clientsGet403OnStaffPages() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
        java.util.Map<String, Integer> expected = new java.util.TreeMap<>();
        for (String path : new String[] {"/clients/" + family.clientId() + "/portal-account",
                "/clients/" + family.clientId() + "/letdown-log", "/admin", "/admin/users", "/admin/audit"}) {
            answers.put(path, session.get(path).statusCode());
            expected.put(path, 403);
        }
        assertEquals(expected, answers);
        assertEquals(403, session.post("/clients/" + family.clientId() + "/portal-account/password").statusCode());
    }

    @Test
    void learnWithoutAPlanHasNoPlanLinks() {
        long clientId = PortalFixtures.client(TestAccounts.uniqueName("Mia"), "Berg", null);
        PortalFixtures.strategy(TestAccounts.uniqueName("Unused"), StrategyCategory.REST);
        Document page = PortalFixtures.portalAccount(clientId).signIn().page("/portal/learn");
        assertTrue(page.select(".in-your-plan").isEmpty());
    }
}
