package clinic.letdown.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.appointment.AppointmentFixtures;
import clinic.letdown.appointment.LocationKind;
import clinic.letdown.appointment.VisitKind;
import clinic.letdown.consent.ConsentFixtures;
import clinic.letdown.consent.ConsentKind;
import clinic.letdown.consultation.ConsultationForm.Difficulty;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.support.Statements;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** The client's page: babies, timeline, latest difficulties, charts with their tables, next follow-up. */
@QuarkusTest
class ClientPageTest {

    @Test
    void herConsentsAndAppointmentsAddNoStatementsToThePage() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client plain = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Plain"), consultant.id(), "Ivo");
        Client busy = ChartingFixtures.client("Bea", ChartingFixtures.uniqueSurname("Busy"), consultant.id(), "Uma");
        for (ConsentKind kind : List.of(ConsentKind.CARE, ConsentKind.TELEHEALTH, ConsentKind.PHYSICIAN_SHARING)) {
            ConsentFixtures.paper(busy.id, consultant.id(), kind);
        }
        long type = AppointmentFixtures.type(AppointmentFixtures.unique("Page visit"), 60, VisitKind.FOLLOW_UP, false, false);
        long location = AppointmentFixtures.location(AppointmentFixtures.unique("Page room"), LocationKind.HOME_VISIT);
        for (int week = 1; week <= 2; week++) {
            AppointmentFixtures.appointment(busy.id, consultant.id(), type, location,
                    AppointmentFixtures.at(AppointmentFixtures.futureDay(week), 10, 0));
        }
        session.page("/clients/" + plain.id); // warm up
        long few = Statements.forPage(session, "/clients/" + plain.id);
        long many = Statements.forPage(session, "/clients/" + busy.id);
        assertEquals(few, many, "the same statements for a client without consents or appointments and one with both");
        Document page = session.page("/clients/" + busy.id);
        assertEquals(3, page.select("ul.consents-given li").size());
        assertEquals(1, page.select("ul.consents-missing li").size());
    }

    @Test
    void showsTheTimelineTheLatestDifficultiesTheChartsAndTheNextFollowUp() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Sofia", ChartingFixtures.uniqueSurname("Page"), consultant.id(), "Mateo");
        Instant now = Instant.now();
        LocalDate followUp = LocalDate.now(Formats.ZONE).plusDays(7);
        ChartingFixtures.consultation(client.id, consultant.id(), now.minus(21, ChronoUnit.DAYS),
                List.of(new Difficulty(DifficultyFactor.STRESS, 7, null), new Difficulty(DifficultyFactor.PAIN, 5, null)),
                LocalDate.now(Formats.ZONE).minusDays(7));
        ChartingFixtures.consultation(client.id, consultant.id(), now.minus(7, ChronoUnit.DAYS),
                List.of(new Difficulty(DifficultyFactor.STRESS, 4, null), new Difficulty(DifficultyFactor.PAIN, 2, null),
                        new Difficulty(DifficultyFactor.FATIGUE, 3, "Night feeds")), followUp);

        Document page = session.page("/clients/" + client.id);
        assertEquals(2, page.select("ol.timeline > li").size());
        assertTrue(page.select("ol.timeline > li").first().text().contains(Formats.shown(now.minus(7, ChronoUnit.DAYS)).substring(0, 6)),
                "newest first");
        assertTrue(page.select("ol.timeline").text().contains("LATCH 6/10"));

        Element latest = page.selectFirst("table.latest-difficulties");
        assertNotNull(latest);
        String latestText = latest.text();
        assertTrue(latestText.contains("Stress 4 down 7 → 4"), latestText);
        assertTrue(latestText.contains("Pain 2 down 5 → 2"), latestText);
        assertTrue(latestText.contains("Fatigue 3 new Night feeds"), latestText);

        Element chart = page.selectFirst("#difficulties svg[role=img]");
        assertNotNull(chart, "severity chart");
        assertEquals("severity-chart-title severity-chart-desc", chart.attr("aria-labelledby"));
        assertEquals(3, chart.select("g[class^=series-]").size(), "a line per factor");
        Element table = page.selectFirst("#difficulties table.chart-data");
        assertTrue(table.selectFirst("caption").text().contains("the chart's data"));
        assertEquals(3, table.select("thead th").size(), "factor and two visits");
        assertTrue(table.text().contains("Stress 7 4"), table.text());
        assertTrue(table.text().contains("Fatigue – 3"), table.text());

        Element weights = page.selectFirst("table.growth-table");
        assertNotNull(weights, "weight table (the growth section)");
        assertEquals(3, weights.select("tbody tr").size(), "birth and two visits");
        assertNotNull(page.selectFirst("svg[aria-labelledby^=growth-chart-]"), "weight chart");

        assertTrue(page.select("[aria-labelledby=followup-heading]").text().contains(Formats.shown(followUp)));
        assertTrue(page.select("[aria-labelledby=followup-heading] .tag.warn").isEmpty(), "not overdue");
    }

    @Test
    void aClientWithoutConsultationsSaysSo() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Nadia", ChartingFixtures.uniqueSurname("Empty"), consultant.id(), "Sami");
        Document page = consultant.signIn().page("/clients/" + client.id);
        assertTrue(page.select("#consultations").text().contains("No consultation charted yet."));
        assertTrue(page.select("[aria-labelledby=followup-heading]").text().contains("None planned."));
        assertTrue(page.select("svg").isEmpty());
    }
}
