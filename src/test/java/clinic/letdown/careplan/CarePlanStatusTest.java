package clinic.letdown.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.ConstraintViolations;

/** Status transitions of care plans and the one-active-plan rule, in the pages and in the database. */
@QuarkusTest
class CarePlanStatusTest {

    @Test
    void aPlanMovesThroughItsStatusesAndEachStepIsRecorded() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Hana");
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Steps", "Deep breathing");
        WebSession session = consultant.signIn();

        Document draft = session.page("/careplans/" + planId);
        assertEquals(List.of("Activate plan", "Revoke plan"), draft.select(".status-actions button").eachText());
        assertEquals(409, move(session, planId, "ON_HOLD").statusCode(), "a draft cannot be put on hold");
        assertEquals(CarePlanStatus.DRAFT, CarePlanFixtures.plan(planId).status);

        assertEquals(303, move(session, planId, "ACTIVE").statusCode());
        CarePlan active = CarePlanFixtures.plan(planId);
        assertEquals(CarePlanStatus.ACTIVE, active.status);
        assertEquals(client, active.activeClientId, "the active marker is the client");
        assertEquals(303, move(session, planId, "ON_HOLD").statusCode());
        assertNull(CarePlanFixtures.plan(planId).activeClientId);
        assertEquals(303, move(session, planId, "ACTIVE").statusCode());

        Response ask = move(session, planId, "COMPLETED");
        assertEquals(200, ask.statusCode(), "a final status is confirmed first");
        Document question = Jsoup.parse(ask.body().asString());
        assertNotNull(question.selectFirst("form input[name=confirm][value=yes]"));
        assertEquals(CarePlanStatus.ACTIVE, CarePlanFixtures.plan(planId).status);
        Response done = session.post("/careplans/" + planId + "/status", "to", "COMPLETED", "version", version(planId),
                "confirm", "yes");
        assertEquals(303, done.statusCode());
        assertEquals(CarePlanStatus.COMPLETED, CarePlanFixtures.plan(planId).status);

        Response reopen = move(session, planId, "ACTIVE");
        assertEquals(409, reopen.statusCode());
        assertTrue(Jsoup.parse(reopen.body().asString()).selectFirst(".error-summary").text()
                .contains("A Completed plan cannot become Active."));
        Response edit = session.get("/careplans/" + planId + "/edit");
        assertEquals(409, edit.statusCode(), "a completed plan cannot be edited");
        assertTrue(Jsoup.parse(edit.body().asString()).text().contains("can no longer be changed"));

        Document history = session.page("/careplans/" + planId);
        List<String> changes = history.select("td[data-label=Change]").eachText();
        assertEquals(List.of("Created as Draft", "Draft → Active", "Active → On hold", "On hold → Active", "Active → Completed"),
                changes);
        assertTrue(history.select("td[data-label=By]").eachText().stream().allMatch(by -> by.equals("Test consultant")));
        assertTrue(history.select(".status-actions").isEmpty(), "no way out of a final status");
    }

    @Test
    void aStaleStatusChangeAndAnEmptyPlanAreExplained() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Ines");
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Stale");
        WebSession session = consultant.signIn();
        Response empty = move(session, planId, "ACTIVE");
        assertEquals(409, empty.statusCode());
        assertTrue(Jsoup.parse(empty.body().asString()).text().contains("Add at least one goal and one activity"));

        long full = CarePlanFixtures.draftPlan(client, consultant.id(), "Full", "Visualization");
        Response stale = session.post("/careplans/" + full + "/status", "to", "ACTIVE", "version", "99");
        assertEquals(409, stale.statusCode());
        assertTrue(Jsoup.parse(stale.body().asString()).text().contains("changed by someone else"));
        assertEquals(CarePlanStatus.DRAFT, CarePlanFixtures.plan(full).status);
        assertEquals(400, session.post("/careplans/" + full + "/status", "to", "PAUSED", "version", "0").statusCode());
    }

    @Test
    void aDischargedClientGetsNoActivePlan() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Jo", TestAccounts.uniqueName("Gone"), ClientStatus.DISCHARGED);
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Late", "Deep breathing");
        Response refused = move(consultant.signIn(), planId, "ACTIVE");
        assertEquals(409, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body().asString()).text().contains("is discharged"));
    }

    @Test
    void activatingWhileAnotherPlanIsActiveAsksWhatBecomesOfTheOldOne() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Kim");
        long old = CarePlanFixtures.draftPlan(client, consultant.id(), "Old plan", "Deep breathing");
        long next = CarePlanFixtures.draftPlan(client, consultant.id(), "New plan", "Warm compresses");
        WebSession session = consultant.signIn();
        assertEquals(303, move(session, old, "ACTIVE").statusCode());

        assertTrue(session.page("/careplans/" + next + "/edit").selectFirst(".notice").text()
                .contains("has an active plan: Old plan"), "the builder warns before activation");
        Response asked = move(session, next, "ACTIVE");
        assertEquals(200, asked.statusCode());
        Document question = Jsoup.parse(asked.body().asString());
        assertTrue(question.selectFirst(".question").text().contains("already has an active plan: Old plan"));
        assertEquals(List.of("ON_HOLD", "COMPLETED", "REVOKED"), question.select("input[name=previousTo]").eachAttr("value"));
        assertEquals(String.valueOf(old), question.selectFirst("input[name=previousPlan]").val());
        assertEquals(CarePlanStatus.DRAFT, CarePlanFixtures.plan(next).status, "nothing changes before the answer");

        Response noAnswer = session.post("/careplans/" + next + "/status", "to", "ACTIVE", "version", version(next),
                "previousPlan", String.valueOf(old));
        assertEquals(200, noAnswer.statusCode());
        assertTrue(Jsoup.parse(noAnswer.body().asString()).text().contains("Choose what happens to the plan"));

        Response answered = session.post("/careplans/" + next + "/status", "to", "ACTIVE", "version", version(next),
                "previousPlan", String.valueOf(old), "previousTo", "ON_HOLD");
        assertEquals(303, answered.statusCode(), answered.body().asString());
        assertEquals(CarePlanStatus.ON_HOLD, CarePlanFixtures.plan(old).status);
        assertEquals(CarePlanStatus.ACTIVE, CarePlanFixtures.plan(next).status);
        CarePlan oldPlan = CarePlanFixtures.plan(old);
        assertEquals(CarePlanStatus.ON_HOLD, oldPlan.statusHistory.get(oldPlan.statusHistory.size() - 1).toStatus);

        // a plan of another client cannot be named as "the previous plan"
        long stranger = CarePlanFixtures.draftPlan(CarePlanFixtures.client("Lee"), consultant.id(), "Other client", "Deep breathing");
        assertEquals(400, session.post("/careplans/" + old + "/status", "to", "ACTIVE", "version", version(old),
                "previousPlan", String.valueOf(stranger)).statusCode());
    }

    @Test
    void theDatabaseItselfRefusesASecondActivePlan() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Mo");
        long first = CarePlanFixtures.draftPlan(client, consultant.id(), "First", "Deep breathing");
        long second = CarePlanFixtures.draftPlan(client, consultant.id(), "Second", "Deep breathing");
        QuarkusTransaction.requiringNew().run(() -> CarePlan.<CarePlan>findById(first).status = CarePlanStatus.ACTIVE);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            CarePlan.<CarePlan>findById(second).status = CarePlanStatus.ACTIVE;
            CarePlan.flush();
        }));
        assertTrue(ConstraintViolations.isViolationOf(refused, CarePlanService.ONE_ACTIVE_CONSTRAINT), refused.toString());
        assertEquals(CarePlanStatus.DRAFT, CarePlanFixtures.plan(second).status);
    }

    @Test
    void twoConsultantsActivatingTwoPlansOfOneClientAtOnce_exactlyOneWinsAndTheOtherIsTold() throws Exception {
        TestAccounts.Created maya = TestAccounts.consultant();
        TestAccounts.Created jordan = TestAccounts.consultant();
        WebSession mayaSession = maya.signIn();
        WebSession jordanSession = jordan.signIn();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                long client = CarePlanFixtures.client("Noor");
                long a = CarePlanFixtures.draftPlan(client, maya.id(), "Plan A", "Deep breathing");
                long b = CarePlanFixtures.draftPlan(client, jordan.id(), "Plan B", "Warm compresses");
                String versionA = version(a);
                String versionB = version(b);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Response> first = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return mayaSession.post("/careplans/" + a + "/status", "to", "ACTIVE", "version", versionA);
                });
                Future<Response> second = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return jordanSession.post("/careplans/" + b + "/status", "to", "ACTIVE", "version", versionB);
                });
                List<Response> answers = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
                List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
                assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "exactly one succeeds: " + statuses);
                Response loser = answers.stream().filter(r -> r.statusCode() != 303).findFirst().orElseThrow();
                assertTrue(loser.statusCode() == 200 || loser.statusCode() == 409, "never a 500: " + loser.statusCode());
                String explanation = Jsoup.parse(loser.body().asString()).select(".question, .error-summary").text();
                assertTrue(explanation.contains("active") || explanation.contains("same moment"), explanation);

                List<CarePlanStatus> stored = List.of(CarePlanFixtures.plan(a).status, CarePlanFixtures.plan(b).status);
                assertEquals(1, stored.stream().filter(s -> s == CarePlanStatus.ACTIVE).count(), stored.toString());
                assertEquals(1, stored.stream().filter(s -> s == CarePlanStatus.DRAFT).count(), stored.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anActivationThatLosesTheRaceInTheDatabaseIsExplainedNotA500() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Ola");
        long a = CarePlanFixtures.draftPlan(client, consultant.id(), "Winner", "Deep breathing");
        long b = CarePlanFixtures.draftPlan(client, consultant.id(), "Loser", "Warm compresses");
        WebSession session = consultant.signIn();
        String versionB = version(b);
        java.util.concurrent.CountDownLatch flushed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // another consultant's activation of A has reached the database but is not committed yet
            Future<?> winner = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                CarePlan plan = CarePlan.findById(a);
                plan.status = CarePlanStatus.ACTIVE;
                plan.updatedAt = java.time.Instant.now();
                CarePlan.flush();
                flushed.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(flushed.await(30, TimeUnit.SECONDS));
            Future<Response> loser = pool.submit(() -> session.post("/careplans/" + b + "/status", "to", "ACTIVE",
                    "version", versionB));
            Thread.sleep(1500);
            release.countDown();
            winner.get(30, TimeUnit.SECONDS);
            Response answer = loser.get(60, TimeUnit.SECONDS);
            assertEquals(409, answer.statusCode(), answer.body().asString());
            Document page = Jsoup.parse(answer.body().asString());
            assertTrue(page.text().contains("was activated a moment ago, by someone else: \"Winner\""), page.text());
            assertNotNull(page.selectFirst("input[name=previousPlan][value=" + a + "]"), "she can decide right away");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertEquals(CarePlanStatus.ACTIVE, CarePlanFixtures.plan(a).status);
        assertEquals(CarePlanStatus.DRAFT, CarePlanFixtures.plan(b).status);
    }

    @Test
    void rolesAndMissingRecordsAreAnsweredPlainly() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Oda");
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Private", "Deep breathing");
        List<String> pages = List.of("/careplans/" + planId, "/careplans/" + planId + "/edit", "/careplans/" + planId + "/print",
                "/clients/" + client + "/careplans/new");

        WebSession anonymous = WebSession.anonymous();
        for (String page : pages) {
            Response response = anonymous.get(page);
            assertTrue(response.statusCode() == 302 || response.statusCode() == 303, page + " " + response.statusCode());
            assertTrue(response.header("Location").endsWith("/login"), page);
        }
        for (WebSession other : List.of(TestAccounts.admin().signIn(), TestAccounts.client().signIn())) {
            for (String page : pages) {
                assertEquals(403, other.get(page).statusCode(), page);
            }
            assertEquals(403, other.post("/careplans/" + planId + "/status", "to", "ACTIVE", "version", "0").statusCode());
            assertEquals(403, other.post("/clients/" + client + "/careplans", "title", "x").statusCode());
        }
        assertEquals(CarePlanStatus.DRAFT, CarePlanFixtures.plan(planId).status);

        WebSession session = consultant.signIn();
        assertEquals(404, session.get("/careplans/987654321").statusCode());
        assertEquals(404, session.get("/careplans/abc").statusCode());
        assertEquals(404, session.get("/careplans/987654321/print").statusCode());
        assertEquals(404, session.get("/clients/987654321/careplans/new").statusCode());
        assertEquals(404, session.post("/clients/987654321/careplans", "title", "x").statusCode());
        assertEquals(404, session.post("/careplans/987654321/status", "to", "ACTIVE", "version", "0").statusCode());
        assertEquals(400, session.postWithoutCsrf("/careplans/" + planId + "/status", "to", "ACTIVE").statusCode());
    }

    private static Response move(WebSession session, long planId, String to) {
        return session.post("/careplans/" + planId + "/status", "to", to, "version", version(planId));
    }

    private static String version(long planId) {
        return String.valueOf(CarePlanFixtures.plan(planId).version);
    }

    static List<String> names(List<CarePlan> plans) {
        List<String> names = new ArrayList<>();
        plans.forEach(p -> names.add(p.title));
        return names;
    }

    static void assertNoActive(long client) {
        assertFalse(QuarkusTransaction.requiringNew().call(() -> CarePlan.findActiveFor(client) != null));
    }
}
