package clinic.letdown.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.Client;
import clinic.letdown.growth.GrowthFixtures;
import clinic.letdown.growth.GrowthThresholds;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** The client sees her baby's weights in plain words, never a z-score or a flag, and only when the clinic shows them. */
@QuarkusTest
class PortalWeightsResourceTest {

    @Test
    void sheSeesTheWeightsInPlainWordsWithoutZScoresOrFlags() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = GrowthFixtures.client(consultant.id(), "Mateo", BabySex.MALE, 20, 3350, 40);
        GrowthFixtures.weighIn(client, consultant.id(), 5, 3000); // 10.4% below birth weight: urgent for the consultant
        GrowthFixtures.weighIn(client, consultant.id(), 15, 3420);
        WebSession me = PortalFixtures.portalAccount(client.id).signIn();

        assertNotNull(me.page("/portal").selectFirst("a[href=/portal/weights]"), "the portal offers the page");
        Document page = me.page("/portal/weights");
        String text = page.selectFirst("main").text();
        String day15 = Formats.shown(client.babies.get(0).dateOfBirth.plusDays(15));
        assertTrue(text.contains("3,420 g on " + day15 + ", 70 g more than at birth"), text);
        assertTrue(text.contains("3,000 g on"), text);
        assertTrue(text.contains("350 g less than at birth"), text);
        assertTrue(text.contains("Birth weight: 3,350 g."), text);
        for (String never : new String[] {"z-score", "centile", "urgent", "below birth weight", "review feeding", "doctor"}) {
            assertFalse(text.toLowerCase().contains(never), "the portal says " + never + ": " + text);
        }
        assertEquals(1, PortalFixtures.auditCount("VIEW", RecordType.GROWTH.stored, client.id));
    }

    @Test
    void whenTheClinicHidesWeightsSheIsToldHerConsultantWillGoOverThem() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = GrowthFixtures.client(consultant.id(), "Anika", BabySex.FEMALE, 20, 3180, 40);
        GrowthFixtures.weighIn(client, consultant.id(), 15, 3420);
        WebSession me = PortalFixtures.portalAccount(client.id).signIn();
        try {
            GrowthFixtures.settings(GrowthThresholds.DEFAULTS, false);
            assertNull(me.page("/portal").selectFirst("a[href=/portal/weights]"));
            String text = me.page("/portal/weights").selectFirst("main").text();
            assertTrue(text.contains("Your consultant will go over your baby's weight with you at your visits."), text);
            assertFalse(text.contains("3,420"), text);
        } finally {
            GrowthFixtures.defaults();
        }
    }
}
