package clinic.letdown.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** The weigh-in form: saved and shown on the client page with its computed values and flags; hostile values refused. */
@QuarkusTest
class WeighInResourceTest {

    @Test
    void aWeighInIsSavedAuditedAndAssessedOnTheClientPage() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = GrowthFixtures.client(consultant.id(), "Nneka", BabySex.FEMALE, 4, 3000, 39);
        long babyId = client.babies.get(0).id;
        String base = "/clients/" + client.id + "/babies/" + babyId + "/weights";

        Document form = session.page(base + "/new");
        assertEquals(GrowthFixtures.today().toString(), form.selectFirst("input[name=weighedOn]").val());
        assertNotNull(form.selectFirst("input[name=grams]"));
        assertEquals(2, form.select("input[name=clothing]").size());
        assertTrue(form.selectFirst("input[name=clothing][value=NAKED]").hasAttr("checked"), "naked by default");
        assertEquals(1, PortalFixtures.auditCount("VIEW", RecordType.WEIGH_IN.stored, client.id));

        Response saved = session.post(base, "weighedOn", GrowthFixtures.today().toString(), "grams", "2,730".replace(",", ""),
                "clothing", "NAKED", "scale", "Clinic scale 2");
        assertEquals(303, saved.statusCode(), saved.body().asString());
        assertTrue(saved.header("Location").endsWith("/clients/" + client.id + "#growth-" + babyId), saved.header("Location"));
        WeighIn stored = GrowthFixtures.latestWeighIn(client.id);
        assertEquals(2730, stored.grams);
        assertFalse(stored.clothed);
        assertEquals("Clinic scale 2", stored.scale);
        assertEquals(GrowthFixtures.today(), stored.weighedOn);
        assertTrue(ChartingFixtures.audited(AuditAction.CREATE, RecordType.WEIGH_IN.stored, stored.id));

        Document page = session.page("/clients/" + client.id);
        Element alerts = page.selectFirst(".growth-alerts");
        assertNotNull(alerts, "the flag at the top of the page");
        assertTrue(alerts.text().contains("Nneka: 9.0% below birth weight (more than 7%): review feeding."), alerts.text());
        Element section = page.getElementById("growth-" + babyId);
        assertTrue(section.text().contains("weight-for-age for girls"), section.text());
        Element latest = section.select("table.growth-table tbody tr").last();
        String row = latest.text();
        assertTrue(row.contains("2,730 g"), row);
        assertTrue(row.contains("-270 g (-9.0%)"), row);
        assertTrue(row.contains("Weigh-in, naked, Clinic scale 2"), row);
        // z of 2.73 kg for a girl on day 4 (WHO: L 0.2890, M 3.2575, S 0.14695) read from the table
        double z = WhoWeightForAge.table().at(BabySex.FEMALE, 4).z(2.73);
        assertTrue(row.contains(GrowthFormats.twoDecimals(z)), row + " lacks " + z);
        assertTrue(row.contains(" 4 "), "day of life: " + row);
        Element chart = section.selectFirst("svg[aria-labelledby=growth-chart-" + babyId + "-title growth-chart-" + babyId + "-desc]");
        assertNotNull(chart, "the chart");
        assertEquals(5, chart.select("g.centile").size(), "the five centile curves");
        assertEquals(2, chart.select("g.series-0 circle").size(), "birth and the weigh-in");
    }

    @Test
    void hostileValuesGetAMessageAtTheirFieldAndStoreNothing() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = GrowthFixtures.client(consultant.id(), "Ada", BabySex.MALE, 10, 3300, 40);
        String action = "/clients/" + client.id + "/babies/" + client.babies.get(0).id + "/weights";
        String today = GrowthFixtures.today().toString();
        LocalDate born = client.babies.get(0).dateOfBirth;
        Map<String, String[]> cases = Map.of(
                "-5", new String[] {"grams", "Enter a weight from 300 to 25000 grams.", today},
                "100000", new String[] {"grams", "Enter a weight from 300 to 25000 grams.", today},
                "3.4kg", new String[] {"grams", "Enter the weight as a whole number of grams, for example 3420.", today},
                "", new String[] {"grams", "Enter the weight in grams.", today});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            Response answer = session.post(action, "weighedOn", c.getValue()[2], "grams", c.getKey(), "clothing", "NAKED");
            assertRefused(answer, c.getValue()[0], c.getValue()[1], c.getKey());
        }
        assertRefused(session.post(action, "weighedOn", born.minusDays(1).toString(), "grams", "3300", "clothing", "NAKED"),
                "weighedOn", "The date is before Ada was born.", born.minusDays(1).toString());
        assertRefused(session.post(action, "weighedOn", GrowthFixtures.today().plusDays(1).toString(), "grams", "3300",
                "clothing", "NAKED"), "weighedOn", "The date cannot be in the future.", GrowthFixtures.today().plusDays(1).toString());
        assertRefused(session.post(action, "weighedOn", "2026-02-30", "grams", "3300", "clothing", "NAKED"), "weighedOn",
                "Enter a date as year-month-day, for example 2026-03-14.", "2026-02-30");
        assertRefused(session.post(action, "weighedOn", today, "grams", "3300", "clothing", "WET"), "clothing",
                "Choose naked or clothed.", null);
        assertRefused(session.post(action, "weighedOn", today, "grams", "3300", "clothing", "NAKED", "scale", "s".repeat(81)),
                "scale", "Use at most 80 characters.", "s".repeat(81));
        assertEquals(0, GrowthFixtures.weighIns(client.id));
        assertEquals(Formats.shown(born), Formats.shown(ChartingFixtures.load(client.id).babies.get(0).dateOfBirth));
    }

    private static void assertRefused(Response answer, String field, String message, String typed) {
        assertEquals(200, answer.statusCode(), field + ": " + message);
        Document page = Jsoup.parse(answer.body().asString());
        assertNotNull(page.selectFirst(".error-summary"), message);
        Element error = page.getElementById(field + "-error");
        assertNotNull(error, "no message at " + field + " for " + message);
        assertEquals(message, error.text());
        if (typed != null) {
            assertEquals(typed, page.selectFirst("input[name=" + field + "]").val(), "the typed value is kept");
        }
    }

    @Test
    void aBabyOfAnotherClientIsNotFound() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client mine = GrowthFixtures.client(consultant.id(), "Ida", BabySex.FEMALE, 10, 3300, 40);
        Client other = GrowthFixtures.client(consultant.id(), "Bo", BabySex.MALE, 10, 3300, 40);
        String path = "/clients/" + mine.id + "/babies/" + other.babies.get(0).id + "/weights";
        assertEquals(404, session.get(path + "/new").statusCode());
        assertEquals(404, session.post(path, "weighedOn", GrowthFixtures.today().toString(), "grams", "3300",
                "clothing", "NAKED").statusCode());
        assertEquals(0, GrowthFixtures.weighIns(mine.id));
        assertEquals(0, GrowthFixtures.weighIns(other.id));
    }
}
