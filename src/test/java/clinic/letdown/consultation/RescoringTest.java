package clinic.letdown.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** A follow-up's charting form starts with the previous visit's difficulties to score again or remove knowingly. */
@QuarkusTest
class RescoringTest {

    @Test
    void aFollowUpStartsWithThePreviousDifficultiesToScoreAgain() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Rhea", ChartingFixtures.uniqueSurname("Rescore"), consultant.id(), "Ria");
        ChartingFixtures.consultation(client.id, consultant.id(), Instant.now().minus(7, ChronoUnit.DAYS),
                List.of(new ConsultationForm.Difficulty(DifficultyFactor.STRESS, 7, null),
                        new ConsultationForm.Difficulty(DifficultyFactor.MEDICATION, 4, "Pseudoephedrine")), null);
        long babyId = ChartingFixtures.load(client.id).babies.get(0).id;
        String path = "/clients/" + client.id + "/consultations";

        Document form = session.page(path + "/new");
        assertEquals("FOLLOW_UP", form.selectFirst("select[name=kind] option[selected]").val());
        assertTrue(form.selectFirst(".rescore-help").text().contains("score each again, 0 when it is resolved"));
        assertEquals("STRESS", form.selectFirst("#factor-0 option[selected]").val());
        assertEquals("", form.selectFirst("#severity-0").val(), "the severity is empty: she scores it again");
        assertEquals("MEDICATION", form.selectFirst("#factor-1 option[selected]").val());
        assertEquals("Pseudoephedrine", form.selectFirst("#detail-1").val());
        assertTrue(form.select(".carried-from").get(0).text().contains("severity 7"));
        assertNotNull(form.selectFirst("input[name=remove][value=1]"));

        String now = Formats.inputValue(LocalDateTime.now(Formats.ZONE).truncatedTo(ChronoUnit.MINUTES));
        Response unscored = session.post(path, "kind", "FOLLOW_UP", "startedAt", now, "babyId", String.valueOf(babyId),
                "factor", "STRESS", "severity", "", "detail", "", "factor", "MEDICATION", "severity", "", "detail",
                "Pseudoephedrine", "remove", "1");
        assertEquals(200, unscored.statusCode());
        Document errors = Jsoup.parse(unscored.body().asString());
        assertNotNull(errors.getElementById("severity-0-error"), "a carried difficulty is scored again or removed");
        assertTrue(errors.selectFirst("input[name=remove][value=1]").hasAttr("checked"), "the removal is kept");

        Response saved = session.post(path, "kind", "FOLLOW_UP", "startedAt", now, "babyId", String.valueOf(babyId),
                "factor", "STRESS", "severity", "0", "detail", "", "factor", "MEDICATION", "severity", "", "detail",
                "Pseudoephedrine", "remove", "1");
        assertEquals(303, saved.statusCode(), saved.body().asString());
        long id = Long.parseLong(saved.header("Location").replaceAll(".*/consultations/", ""));
        Consultation stored = ConsultationResourceTest.stored(id);
        assertEquals(1, stored.difficulties.size());
        assertEquals(DifficultyFactor.STRESS, stored.difficulties.get(0).factor);
        assertEquals(0, stored.difficulties.get(0).severity, "resolved");
    }
}
