package clinic.letdown.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.Statements;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** Growth on the client page (speed, no sex recorded), in the physician report, and the baby's new fields. */
@QuarkusTest
class GrowthPagesTest {

    @Test
    void theClientPageReadsGrowthInAFixedNumberOfStatements() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client plain = GrowthFixtures.client(consultant.id(), "Leo", BabySex.MALE, 40, 3500, 40);
        Client busy = GrowthFixtures.client(consultant.id(), "Ava", BabySex.FEMALE, 40, 3200, 39);
        session.post("/clients/" + busy.id + "/babies", "babyName", "Iris", "babyDateOfBirth",
                busy.babies.get(0).dateOfBirth.toString(), "babyBirthWeightGrams", "3000", "babySex", "FEMALE",
                "babyVersion", "0");
        busy = ChartingFixtures.load(busy.id);
        for (int day = 3; day <= 33; day += 6) {
            GrowthFixtures.weighIn(busy, consultant.id(), day, 3100 + day * 25);
        }
        for (int i = 0; i < 3; i++) {
            ChartingFixtures.consultation(busy.id, consultant.id(), Instant.now().minus(30 - i * 7, ChronoUnit.DAYS),
                    List.of(), null);
        }
        session.page("/clients/" + plain.id); // warm up
        long few = statementsFor(session, "/clients/" + plain.id);
        long many = statementsFor(session, "/clients/" + busy.id);
        assertEquals(few, many, "the same statements for a baby without weights and two babies with nine");
        Document page = session.page("/clients/" + busy.id);
        assertEquals(2, page.select("section.growth").size());
        assertEquals(1 + 6 + 3, page.selectFirst("section.growth table.growth-table").select("tbody tr").size());
    }

    private static long statementsFor(WebSession session, String path) {
        return Statements.forPage(session, path);
    }

    @Test
    void withoutTheSexRecordedThePageSaysSoAndShowsNoZScore() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = GrowthFixtures.client(consultant.id(), "Kai", BabySex.NOT_RECORDED, 20, 3400, 40);
        GrowthFixtures.weighIn(client, consultant.id(), 15, 3600);
        Element section = session.page("/clients/" + client.id).getElementById("growth-" + client.babies.get(0).id);
        assertTrue(section.text().contains("Sex not recorded: no WHO z-score or centile is shown"), section.text());
        Element row = section.select("table.growth-table tbody tr").last();
        assertEquals("", row.select("td").get(7).text(), "no z-score");
        assertEquals("", row.select("td").get(8).text(), "no centile");
        assertTrue(section.select("g.centile").isEmpty(), "no centile curves");
        assertNotNull(section.selectFirst("g.series-0"), "the weights are still drawn");
    }

    @Test
    void aPretermBabyIsMarkedCorrected() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = GrowthFixtures.client(consultant.id(), "Chidi", BabySex.MALE, 60, 1900, 34);
        GrowthFixtures.weighIn(client, consultant.id(), 56, 3400);
        Element section = consultant.signIn().page("/clients/" + client.id).getElementById("growth-" + client.babies.get(0).id);
        assertTrue(section.text().contains("Born at 34 weeks: plotted and scored at corrected age (6 weeks less) until 24 months."),
                section.text());
        assertTrue(section.select("table.growth-table tbody tr").last().text().contains("56 (corrected 14)"));
    }

    @Test
    void thePhysicianReportGivesTheLatestAssessmentAsOfTheVisit() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = GrowthFixtures.client(consultant.id(), "Omar", BabySex.MALE, 30, 3900, 40);
        // the fixture's visit, 2 days ago, weighs 3500 g: more than 10% below 3900 g on day 28
        long visit = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now().minus(2, ChronoUnit.DAYS),
                List.of(), null).id;
        GrowthFixtures.weighIn(client, consultant.id(), 30, 4500); // after the visit: not in its letter
        Document letter = session.page("/consultations/" + visit + "/report");
        String text = letter.selectFirst("article.letter").text();
        assertTrue(text.contains("Latest weight 3,500 g on"), text);
        assertTrue(text.contains("(day 28 of life)"), text);
        assertTrue(text.contains("-400 g (-10.3%) from the birth weight of 3,900 g."), text);
        assertTrue(text.contains("WHO weight-for-age (2006): z-score"), text);
        assertTrue(text.contains("10.3% below birth weight (more than 10%): urgent, contact the baby's doctor."), text);
        assertTrue(text.contains("Still below birth weight on day 28"), text);
        assertFalse(text.contains("4,500"), "a later weigh-in is not in the letter of the visit");
        // the client page, today, has the later weight and no flag
        Document page = session.page("/clients/" + client.id);
        assertNull(page.selectFirst(".growth-alerts"), page.select(".growth-alerts").text());
    }

    @Test
    void theBabyFormTakesSexLengthAndHeadCircumference() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = GrowthFixtures.client(consultant.id(), "Luna", BabySex.NOT_RECORDED, 5, 3300, 40);
        long babyId = client.babies.get(0).id;
        String action = "/clients/" + client.id + "/babies/" + babyId;
        Document edit = session.page(action + "/edit");
        assertTrue(edit.selectFirst("input[name=babySex][value=NOT_RECORDED]").hasAttr("checked"));
        String version = edit.selectFirst("input[name=babyVersion]").val();

        Response refused = session.post(action, "babyName", "Luna", "babyBirthWeightGrams", "3300", "babySex", "OTHER",
                "babyBirthLengthCm", "49.55", "babyHeadCircumferenceCm", "80", "babyVersion", version);
        assertEquals(200, refused.statusCode());
        Document page = Jsoup.parse(refused.body().asString());
        assertEquals("Choose female, male or not recorded.", page.getElementById("babySex-error").text());
        assertEquals("Enter centimetres with at most one decimal, for example 49.5.",
                page.getElementById("babyBirthLengthCm-error").text());
        assertEquals("Enter a value from 18.0 to 45.0 cm.", page.getElementById("babyHeadCircumferenceCm-error").text());
        assertEquals("49.55", page.selectFirst("input[name=babyBirthLengthCm]").val());

        assertEquals(303, session.post(action, "babyName", "Luna", "babyDateOfBirth",
                client.babies.get(0).dateOfBirth.toString(), "babyBirthWeightGrams", "3300", "babySex", "FEMALE",
                "babyBirthLengthCm", "49,5", "babyHeadCircumferenceCm", "34.0", "babyVersion", version).statusCode());
        var baby = ChartingFixtures.load(client.id).babies.get(0);
        assertEquals(BabySex.FEMALE, baby.sex);
        assertEquals("49.5", baby.birthLengthCm.toPlainString());
        assertEquals("34.0", baby.headCircumferenceCm.toPlainString());
        Document after = session.page(action + "/edit");
        assertEquals("49.5", after.selectFirst("input[name=babyBirthLengthCm]").val());
        assertTrue(session.page("/clients/" + client.id).selectFirst("#babies").text().contains("Female"));
        assertTrue(PortalFixtures.auditCount("UPDATE", "Baby", client.id) > 0);
    }
}
