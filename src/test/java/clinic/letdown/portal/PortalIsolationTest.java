package clinic.letdown.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** Scenario 6 over HTTP: every portal route, asked by a second client with the first client's ids, reveals nothing. */
@QuarkusTest
class PortalIsolationTest {

    @Test
    void aSecondClientReachesNothingOfTheFirst() {
        PortalFixtures.Family first = PortalFixtures.family();
        PortalFixtures.Family second = PortalFixtures.family();
        long firstOldPlan = PortalFixtures.plan(first.clientId(), first.consultant().id(), "Old plan of " + first.firstName(),
                CarePlanStatus.COMPLETED, null, "old goal of " + first.firstName());
        PortalFixtures.entries(first.clientId(), ZonedDateTime.now(Formats.ZONE).minusDays(1), List.of(2.0, 2.0, 2.0),
                first.breathingId());
        long firstEntry = PortalFixtures.entry(first.clientId(), Instant.now().minus(2, ChronoUnit.DAYS), 9.5, 9, 9);
        QuarkusTransaction.requiringNew().run(() -> LetdownLogEntry.<LetdownLogEntry>findById(firstEntry).note =
                "Private note of " + first.firstName());
        PortalFixtures.consultation(first.clientId(), first.consultant().id(), Instant.now(),
                LocalDate.now(Formats.ZONE).plusDays(3), "visit of " + first.firstName());
        List<String> secrets = List.of(first.firstName(), first.lastName(), first.planTitle(), first.goalDescription(),
                first.breathingName(), first.compressesName(), "Private note of", "Old plan of");

        WebSession session = second.portal().signIn();

        for (String path : new String[] {"/portal", "/portal/log", "/portal/log?page=2", "/portal/learn",
                "/portal/plans/" + second.planId()}) {
            Response answer = session.get(path);
            assertEquals(200, answer.statusCode(), path);
            assertRevealsNothing(answer, secrets, path);
        }
        assertTrue(session.page("/portal").text().contains(second.planTitle()), "she sees her own plan");

        Response missing = session.get("/portal/plans/999999999");
        for (long foreignPlan : new long[] {first.planId(), firstOldPlan}) {
            Response answer = session.get("/portal/plans/" + foreignPlan);
            assertEquals(404, answer.statusCode());
            assertEquals(missing.body().asString(), answer.body().asString(), "the same page as a missing id");
            assertRevealsNothing(answer, secrets, "plan " + foreignPlan);
        }

        for (long foreignActivity : new long[] {first.breathingId(), first.compressesId()}) {
            Response answer = session.post("/portal/log", "occurredAt",
                    Formats.inputValue(java.time.LocalDateTime.now(Formats.ZONE).minusHours(1)), "feedKind", "FEEDING",
                    "minutes", "2", "activities", String.valueOf(foreignActivity));
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().asString().contains("Choose activities from your current plan"));
            assertRevealsNothing(answer, secrets, "POST with activity " + foreignActivity);
        }
        assertEquals(0, PortalFixtures.entryCount(second.clientId()));
        assertEquals(4, PortalFixtures.entryCount(first.clientId()));

        for (String staffPage : new String[] {"/clients/" + first.clientId() + "/letdown-log",
                "/clients/" + first.clientId() + "/portal-account"}) {
            Response answer = session.get(staffPage);
            assertEquals(403, answer.statusCode(), staffPage);
            assertRevealsNothing(answer, secrets, staffPage);
        }
        assertEquals(403, session.post("/clients/" + first.clientId() + "/portal-account/disable").statusCode());
        assertTrue(first.portal().signIn().get("/portal").statusCode() == 200, "the first client's account still works");
    }

    private static void assertRevealsNothing(Response answer, List<String> secrets, String where) {
        String body = answer.body().asString();
        for (String secret : secrets) {
            assertFalse(body.contains(secret), where + " reveals " + secret);
        }
    }
}
