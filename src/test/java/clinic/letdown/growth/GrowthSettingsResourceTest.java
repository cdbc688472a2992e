package clinic.letdown.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /admin/growth: admins change the thresholds and the portal choice; consultants' flags follow them. */
@QuarkusTest
class GrowthSettingsResourceTest {

    private static String[] values(String version, String review, String urgent, String shown) {
        return new String[] {"lossReviewPercent", review, "lossUrgentPercent", urgent, "regainedByDay", "14",
                "minGainGramsPerDay", "20", "gainFromDay", "5", "gainUntilDay", "91", "centileLinesFall", "2",
                "showWeightsToClient", shown, "version", version};
    }

    @Test
    void anAdminChangesTheThresholdsAndTheFlagsFollow() {
        WebSession admin = TestAccounts.admin().signIn();
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = GrowthFixtures.client(consultant.id(), "Finn", BabySex.MALE, 6, 3000, 40);
        GrowthFixtures.weighIn(client, consultant.id(), 4, 2820); // 6% below birth weight
        try {
            Document form = admin.page("/admin/growth");
            assertEquals("7", form.selectFirst("input[name=lossReviewPercent]").val());
            assertTrue(form.text().contains("AAP, Breastfeeding and the Use of Human Milk (2005)"), "the source of the default");
            String version = form.selectFirst("input[name=version]").val();
            assertFalse(consultant.signIn().page("/clients/" + client.id).select(".growth-alerts").hasText(), "6% < 7%");

            Response saved = admin.post("/admin/growth", values(version, "5", "10", "SHOWN"));
            assertEquals(303, saved.statusCode(), saved.body().asString());
            assertEquals(5, GrowthFixtures.current().lossReviewPercent);
            assertTrue(ChartingFixtures.audited(AuditAction.UPDATE, RecordType.GROWTH_SETTINGS.stored, GrowthSettings.ID));
            assertTrue(consultant.signIn().page("/clients/" + client.id).selectFirst(".growth-alerts").text()
                    .contains("6.0% below birth weight (more than 5%): review feeding."));

            Response stale = admin.post("/admin/growth", values(version, "6", "10", "SHOWN"));
            assertEquals(200, stale.statusCode());
            assertTrue(Jsoup.parse(stale.body().asString()).select(".error-summary").text().contains("Someone else changed"));
            assertEquals(5, GrowthFixtures.current().lossReviewPercent, "the stale edit changed nothing");
        } finally {
            GrowthFixtures.defaults();
        }
    }

    @Test
    void impossibleThresholdsAreRefusedWithTheirReason() {
        WebSession admin = TestAccounts.admin().signIn();
        String version = admin.page("/admin/growth").selectFirst("input[name=version]").val();
        Response refused = admin.post("/admin/growth", values(version, "12", "10", "MAYBE"));
        assertEquals(200, refused.statusCode());
        Document page = Jsoup.parse(refused.body().asString());
        assertEquals("The urgent loss must be higher than the review loss.", page.getElementById("lossUrgentPercent-error").text());
        assertEquals("Choose shown or not shown.", page.getElementById("showWeightsToClient-error").text());
        Response letters = admin.post("/admin/growth", values(version, "seven", "10", "SHOWN"));
        assertEquals("Enter a whole number from 1 to 30.",
                Jsoup.parse(letters.body().asString()).getElementById("lossReviewPercent-error").text());
        assertEquals("seven", Jsoup.parse(letters.body().asString()).selectFirst("input[name=lossReviewPercent]").val());
        assertEquals(7, GrowthFixtures.current().lossReviewPercent);
        assertTrue(GrowthFixtures.current().showWeightsToClient);
    }
}
