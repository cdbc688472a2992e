package clinic.letdown.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class BabyResourceTest {

    @Test
    void babiesAreAddedCorrectedAndRemovedOnTheClientsPages() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Amara", ChartingFixtures.uniqueSurname("Twins"), consultant.id(), "Chidi");
        long first = client.babies.get(0).id;

        Response invalid = session.post("/clients/" + client.id + "/babies", "babyName", "Nneka", "babyDateOfBirth",
                LocalDate.now().plusDays(1).toString(), "babyGestationalAgeWeeks", "45", "babyBirthWeightGrams", "12kg");
        assertEquals(200, invalid.statusCode());
        Document page = Jsoup.parse(invalid.body().asString());
        assertEquals("The date cannot be in the future.", page.selectFirst("#babyDateOfBirth-error").text());
        assertEquals("Enter a whole number from 22 to 44.", page.selectFirst("#babyGestationalAgeWeeks-error").text());
        assertEquals("Enter a whole number.", page.selectFirst("#babyBirthWeightGrams-error").text());
        assertEquals(1, ChartingFixtures.load(client.id).babies.size());

        Response added = session.post("/clients/" + client.id + "/babies", "babyName", "Nneka", "babyDateOfBirth",
                LocalDate.now().minusDays(30).toString(), "babyGestationalAgeWeeks", "36", "babyBirthWeightGrams", "2310");
        assertEquals(303, added.statusCode());
        Client twice = ChartingFixtures.load(client.id);
        assertEquals(2, twice.babies.size());
        long second = twice.babies.stream().filter(b -> b.name.equals("Nneka")).findFirst().orElseThrow().id;
        assertTrue(ChartingFixtures.terms(client.id).contains("nneka"), "found by the new baby's name");
        assertTrue(ChartingFixtures.audited(AuditAction.CREATE, "Baby", second));

        Document edit = session.page("/clients/" + client.id + "/babies/" + second + "/edit");
        String version = edit.selectFirst("input[name=babyVersion]").val();
        assertEquals(303, session.post("/clients/" + client.id + "/babies/" + second, "babyName", "Nneka Grace",
                "babyGestationalAgeWeeks", "36", "babyBirthWeightGrams", "2320", "babyVersion", version).statusCode());
        Response stale = session.post("/clients/" + client.id + "/babies/" + second, "babyName", "Stale",
                "babyVersion", version);
        assertEquals(200, stale.statusCode());
        assertTrue(Jsoup.parse(stale.body().asString()).select(".error-summary").text().contains("Someone else changed"));
        assertEquals("Nneka Grace", ChartingFixtures.load(client.id).babies.stream().filter(b -> b.id == second)
                .findFirst().orElseThrow().name);

        ChartingFixtures.consultation(client.id, consultant.id(), Instant.now(), List.of(), null);
        Response inUse = session.post("/clients/" + client.id + "/babies/" + first + "/remove");
        assertEquals(303, inUse.statusCode());
        assertTrue(session.page("/clients/" + client.id).text().contains("is named in consultations"));
        assertEquals(303, session.post("/clients/" + client.id + "/babies/" + second + "/remove").statusCode());
        Client after = ChartingFixtures.load(client.id);
        assertEquals(1, after.babies.size());
        assertEquals("Chidi", after.babies.get(0).name);
        assertTrue(!ChartingFixtures.terms(client.id).contains("nneka"), "no longer found by a removed baby");

        Response last = session.post("/clients/" + client.id + "/babies/" + first + "/remove");
        assertEquals(303, last.statusCode());
        assertEquals(1, ChartingFixtures.load(client.id).babies.size(), "the last baby stays");
    }

    @Test
    void aBabyOfAnotherClientIsNotFound() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client one = ChartingFixtures.client("Ana", ChartingFixtures.uniqueSurname("One"), consultant.id(), "Ava");
        Client other = ChartingFixtures.client("Bea", ChartingFixtures.uniqueSurname("Other"), consultant.id(), "Bo");
        long foreign = other.babies.get(0).id;
        assertEquals(404, session.get("/clients/" + one.id + "/babies/" + foreign + "/edit").statusCode());
        assertEquals(404, session.post("/clients/" + one.id + "/babies/" + foreign, "babyName", "X", "babyVersion", "0")
                .statusCode());
        assertEquals(404, session.post("/clients/" + one.id + "/babies/" + foreign + "/remove").statusCode());
        assertEquals("Bo", ChartingFixtures.load(other.id).babies.get(0).name);
        assertEquals(404, session.get("/clients/99999999/babies/new").statusCode());
        assertEquals(403, TestAccounts.admin().signIn().get("/clients/" + one.id + "/babies/new").statusCode());
    }
}
