package clinic.letdown.letdownlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** /clients/{clientId}/letdown-log: the consultant's view of a client's log, charts and comparison. */
@QuarkusTest
class ClientLetdownLogResourceTest {

    @Test
    void theConsultantSeesTheLogTheTrendAndWhatHelpsAndTheViewIsAudited() {
        PortalFixtures.Family family = PortalFixtures.family();
        ZonedDateTime yesterday = ZonedDateTime.now(Formats.ZONE).minusDays(1);
        PortalFixtures.entries(family.clientId(), yesterday, List.of(2.0, 2.0, 2.5), family.breathingId());
        PortalFixtures.entries(family.clientId(), yesterday.minusDays(1), List.of(6.0, 5.5, 6.5));

        Document page = family.consultant().signIn().page("/clients/" + family.clientId() + "/letdown-log");

        assertEquals("Letdown log " + family.fullName(), page.selectFirst("h1").text());
        assertEquals("/clients/" + family.clientId(), page.selectFirst(".breadcrumb a").attr("href"));
        assertEquals(6, page.select(".log-entry").size());
        assertEquals(6, page.select(".letdown-trends svg[aria-labelledby^=trend-minutes] circle").size());
        assertEquals(6, page.select(".letdown-trends .trend-data tbody tr").size());
        assertTrue(page.select("table.comparison").text().contains("Letdown came 4.0 min faster when she tried it."));
        assertEquals(1, PortalFixtures.auditCount("VIEW", "LetdownLogEntry", family.clientId()));
    }

    @Test
    void onlyConsultantsAndOnlyExistingClients() {
        PortalFixtures.Family family = PortalFixtures.family();
        String path = "/clients/" + family.clientId() + "/letdown-log";
        assertEquals(403, family.portal().signIn().get(path).statusCode());
        assertEquals(403, TestAccounts.admin().signIn().get(path).statusCode());
        Response anonymous = WebSession.anonymous().get(path);
        assertEquals(302, anonymous.statusCode());
        WebSession consultant = family.consultant().signIn();
        assertEquals(404, consultant.get("/clients/999999999/letdown-log").statusCode());
        assertEquals(404, consultant.get("/clients/abc/letdown-log").statusCode());
        assertEquals(0, PortalFixtures.auditCount("VIEW", "LetdownLogEntry", family.clientId()));
    }
}
