package clinic.letdown.letdownlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.web.Formats;

/**
 * The "what helps" comparison and the trend charts: medians with and without each activity,
 * fewer than 3 sessions on a side, ties, sessions where letdown did not come, the plan's period.
 * Read as the consultant reads them, on /clients/{id}/letdown-log, and from the service.
 */
@QuarkusTest
class LetdownTrendsTest {

    private static ZonedDateTime yesterday() {
        return ZonedDateTime.now(Formats.ZONE).minusDays(1);
    }

    private static LetdownTrends.Trends trendsOf(long clientId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(LetdownTrends.class).get().forClient(clientId));
    }

    private static LetdownTrends.Comparison comparisonOf(LetdownTrends.Trends trends, long activityId) {
        return trends.comparisons().stream().filter(c -> c.activityId() == activityId).findFirst().orElseThrow();
    }

    private static Element rowOf(Document page, String activity) {
        return page.select("table.comparison tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(activity)).findFirst().orElseThrow();
    }

    @Test
    void deepBreathingGoesWithFasterLetdownAndTheConsultantSeesIt() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.entries(family.clientId(), yesterday(), List.of(2.0, 1.5, 2.5), family.breathingId());
        PortalFixtures.entries(family.clientId(), yesterday().minusDays(1), List.of(6.0, 7.0, 5.0, 6.5));

        LetdownTrends.Comparison breathing = comparisonOf(trendsOf(family.clientId()), family.breathingId());
        assertEquals(LetdownTrends.Outcome.FASTER, breathing.outcome());
        assertEquals(new LetdownTrends.Side(3, 2.0, 0), breathing.tried());
        assertEquals(new LetdownTrends.Side(4, 6.25, 0), breathing.notTried());
        assertEquals(4.3, breathing.difference(), "6.3 - 2.0 as shown");

        Document page = family.consultant().signIn().page("/clients/" + family.clientId() + "/letdown-log");
        assertEquals("What goes with faster letdown for her", page.selectFirst("#helps-heading").text());
        Element row = rowOf(page, family.breathingName());
        assertTrue(row.text().contains("2.0 min median, 3 sessions timed"), row.text());
        assertTrue(row.text().contains("6.3 min median, 4 sessions timed"), row.text());
        assertTrue(row.text().contains("Letdown came 4.3 min faster when she tried it."), row.text());
        Element compresses = rowOf(page, family.compressesName());
        assertTrue(compresses.text().contains("Not enough entries yet: 0 tried, 7 not tried (at least 3 each are needed)."),
                compresses.text());
    }

    @Test
    void fewerThanThreeOnEitherSideShowsNoMedianYet() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.entries(family.clientId(), yesterday(), List.of(2.0, 2.0), family.breathingId());
        PortalFixtures.entries(family.clientId(), yesterday().minusDays(1), List.of(6.0, 7.0, 5.0));

        LetdownTrends.Comparison breathing = comparisonOf(trendsOf(family.clientId()), family.breathingId());
        assertEquals(LetdownTrends.Outcome.NOT_ENOUGH, breathing.outcome());
        assertNull(breathing.difference());

        Document page = family.portal().signIn().page("/portal/log");
        assertEquals("What helps you", page.selectFirst("#helps-heading").text());
        Element row = rowOf(page, family.breathingName());
        assertTrue(row.text().contains("Not enough entries yet: 2 tried, 3 not tried"), row.text());
        assertFalse(row.text().contains("median,"), "no median is shown for a side under 3: " + row.text());
    }

    @Test
    void equalMediansAreATieSaidPlainly() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.entries(family.clientId(), yesterday(), List.of(3.0, 4.0, 5.0), family.breathingId());
        PortalFixtures.entries(family.clientId(), yesterday().minusDays(1), List.of(4.0, 4.0, 4.0, 4.04));

        LetdownTrends.Comparison breathing = comparisonOf(trendsOf(family.clientId()), family.breathingId());
        assertEquals(LetdownTrends.Outcome.SAME, breathing.outcome());
        assertEquals(0.0, breathing.difference());
        Document page = family.portal().signIn().page("/portal/log");
        assertTrue(rowOf(page, family.breathingName()).text().contains("No difference: the median is 4.0 min either way."));
    }

    @Test
    void slowerLetdownIsSaidToo() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.entries(family.clientId(), yesterday(), List.of(8.0, 9.0, 10.0), family.compressesId());
        PortalFixtures.entries(family.clientId(), yesterday().minusDays(1), List.of(3.0, 4.0, 5.0));
        Document page = family.consultant().signIn().page("/clients/" + family.clientId() + "/letdown-log");
        assertTrue(rowOf(page, family.compressesName()).text().contains("Letdown came 5.0 min slower when she tried it."));
    }

    @Test
    void sessionsWhereLetdownDidNotComeAreCountedApartNotInTheMedians() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.entries(family.clientId(), yesterday(), List.of(2.0, 2.0, 3.0), family.breathingId());
        PortalFixtures.entry(family.clientId(), yesterday().minusHours(5).toInstant(), null, 8, 3, family.breathingId());
        PortalFixtures.entries(family.clientId(), yesterday().minusDays(1), List.of(6.0, 6.0, 6.0));
        PortalFixtures.entry(family.clientId(), yesterday().minusDays(2).toInstant(), null, 9, 4);
        PortalFixtures.entry(family.clientId(), yesterday().minusDays(2).minusHours(1).toInstant(), null, 9, 4);

        LetdownTrends.Comparison breathing = comparisonOf(trendsOf(family.clientId()), family.breathingId());
        assertEquals(new LetdownTrends.Side(3, 2.0, 1), breathing.tried());
        assertEquals(new LetdownTrends.Side(3, 6.0, 2), breathing.notTried());
        Document page = family.consultant().signIn().page("/clients/" + family.clientId() + "/letdown-log");
        Element row = rowOf(page, family.breathingName());
        assertTrue(row.text().contains("3 sessions timed, 1 without letdown"), row.text());
        assertTrue(row.text().contains("3 sessions timed, 2 without letdown"), row.text());
    }

    @Test
    void sessionsBeforeThePlanBeganCountOnlyWhenOneOfItsActivitiesWasTried() {
        LocalDate start = LocalDate.now(Formats.ZONE).minusDays(3);
        PortalFixtures.Family family = PortalFixtures.family(start);
        ZonedDateTime beforePlan = start.minusDays(2).atTime(10, 0).atZone(Formats.ZONE);
        PortalFixtures.entries(family.clientId(), beforePlan, List.of(20.0, 20.0, 20.0));
        PortalFixtures.entries(family.clientId(), beforePlan.minusDays(1), List.of(1.0), family.breathingId());
        PortalFixtures.entries(family.clientId(), yesterday(), List.of(2.0, 3.0), family.breathingId());
        PortalFixtures.entries(family.clientId(), yesterday().minusDays(1), List.of(5.0, 6.0, 7.0));

        LetdownTrends.Trends trends = trendsOf(family.clientId());
        assertEquals(start, trends.comparedSince());
        LetdownTrends.Comparison breathing = comparisonOf(trends, family.breathingId());
        assertEquals(new LetdownTrends.Side(3, 2.0, 0), breathing.tried());
        assertEquals(new LetdownTrends.Side(3, 6.0, 0), breathing.notTried(), "the 20-minute sessions came before the plan");
        assertEquals(9, trends.rows().size(), "the charts show every session");
    }

    @Test
    void anotherClientsSessionsNeverCount() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.Family other = PortalFixtures.family();
        PortalFixtures.entries(other.clientId(), yesterday(), Collections.nCopies(5, 30.0));
        PortalFixtures.entries(family.clientId(), yesterday(), List.of(2.0, 2.0, 2.0), family.breathingId());
        LetdownTrends.Comparison breathing = comparisonOf(trendsOf(family.clientId()), family.breathingId());
        assertEquals(0, breathing.notTried().count());
        assertEquals(3, trendsOf(family.clientId()).rows().size());
    }

    @Test
    void aPlanPageGetsTheComparisonForThatPlan() {
        PortalFixtures.Family family = PortalFixtures.family();
        long oldPlan = PortalFixtures.plan(family.clientId(), family.consultant().id(), "old plan",
                CarePlanStatus.COMPLETED, null);
        LetdownTrends.Trends trends = QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(LetdownTrends.class).get().forPlan(oldPlan));
        assertEquals(oldPlan, trends.planId());
        assertTrue(trends.comparisons().isEmpty());
        LetdownTrends.Trends active = QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(LetdownTrends.class).get().forPlan(family.planId()));
        assertEquals(2, active.comparisons().size());
    }

    @Test
    void theChartsDrawEachSessionAndTheirTableSaysTheSame() {
        PortalFixtures.Family family = PortalFixtures.family();
        ZonedDateTime day = yesterday().withHour(9).withMinute(0);
        PortalFixtures.entry(family.clientId(), day.minusDays(2).toInstant(), 6.0, 7, 4);
        PortalFixtures.entry(family.clientId(), day.minusDays(1).toInstant(), 2.0, 3, 2, family.breathingId());
        PortalFixtures.entry(family.clientId(), day.toInstant(), null, 8, null);

        Document page = family.consultant().signIn().page("/clients/" + family.clientId() + "/letdown-log");
        Element minutes = page.selectFirst("svg[aria-labelledby='trend-minutes-title trend-minutes-desc']");
        assertNotNull(minutes);
        assertEquals("Minutes until letdown", minutes.selectFirst("title").text());
        assertEquals(2, minutes.select("circle").size(), "the session without letdown is not a point");
        assertTrue(minutes.select("circle title").eachText().contains(
                "Minutes until letdown: " + Formats.shown(day.minusDays(2).toInstant()) + ": 6.0 min"));
        Element stressPain = page.selectFirst("svg[aria-labelledby='trend-stress-pain-title trend-stress-pain-desc']");
        assertEquals(3, stressPain.select(".series-0 circle").size(), "stress");
        assertEquals(2, stressPain.select(".series-1 circle").size(), "pain");
        assertEquals(List.of(Formats.day(day.minusDays(2).toLocalDate()), Formats.day(day.minusDays(1).toLocalDate())),
                minutes.select(".axis text[text-anchor=middle]").eachText(), "one label a day");
        assertEquals(List.of(Formats.day(day.minusDays(2).toLocalDate()), Formats.day(day.minusDays(1).toLocalDate()),
                Formats.day(day.toLocalDate())), stressPain.select(".axis text[text-anchor=middle]").eachText());

        List<Element> rows = page.select(".trend-data tbody tr");
        assertEquals(3, rows.size());
        assertEquals(List.of(Formats.shown(day.minusDays(2).toInstant()), "feeding", "6.0", "7", "4"),
                rows.get(0).select("td").eachText());
        assertEquals(List.of(Formats.shown(day.toInstant()), "feeding", "did not come", "8", "–"),
                rows.get(2).select("td").eachText());
    }

    @Test
    void withoutEntriesOrPlanTheTrendSaysSo() {
        long clientId = PortalFixtures.client("Lone", "Client", null);
        LetdownTrends.Trends trends = trendsOf(clientId);
        assertTrue(trends.isEmpty());
        assertFalse(trends.hasPlan());
        Document page = PortalFixtures.portalAccount(clientId).signIn().page("/portal/log");
        assertTrue(page.select(".letdown-trends").text().contains("Nothing logged yet."));
        assertTrue(page.select(".letdown-trends svg").isEmpty());
        assertTrue(page.select("#helps-heading").isEmpty());
    }
}
