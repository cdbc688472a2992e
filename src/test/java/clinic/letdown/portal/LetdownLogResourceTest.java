package clinic.letdown.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManagerFactory;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.letdownlog.FeedKind;
import clinic.letdown.letdownlog.LetdownLog;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.letdownlog.LogEntryForm;
import clinic.letdown.letdownlog.PlanChangedException;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** /portal/log: logging a session, every rule of the form, the history, and a discharged client's closed log. */
@QuarkusTest
class LetdownLogResourceTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static String hoursAgo(int hours) {
        return INPUT.format(LocalDateTime.now(Formats.ZONE).minusHours(hours));
    }

    @Test
    void theFormOpensAtNowWithHerPlansActivitiesAndEverySign() {
        PortalFixtures.Family family = PortalFixtures.family();
        Document page = family.portal().signIn().page("/portal/log");
        String when = page.selectFirst("#occurredAt").val();
        LocalDateTime shown = LocalDateTime.parse(when);
        assertTrue(Math.abs(ChronoUnit.MINUTES.between(shown, LocalDateTime.now(Formats.ZONE))) <= 2, when);
        assertEquals("datetime-local", page.selectFirst("#occurredAt").attr("type"));
        assertNotNull(page.selectFirst("input[name=feedKind][value=FEEDING][checked]"));
        assertEquals("decimal", page.selectFirst("#minutes").attr("inputmode"));
        assertEquals(List.of(String.valueOf(family.breathingId()), String.valueOf(family.compressesId())),
                page.select("input[name=activities]").eachAttr("value"));
        assertTrue(page.select("fieldset:has(input[name=activities])").text().contains(family.breathingName()));
        assertEquals(EnumSet.allOf(LetdownSign.class).stream().map(Enum::name).toList(),
                page.select("input[name=signs]").eachAttr("value"));
        assertEquals(12, page.select("input[name=stress]").size(), "not noted + 0..10");
        assertNotNull(page.selectFirst("input[name=stress][value=''][checked]"));
        assertNotNull(page.selectFirst("form[action='/portal/log'] input[name=csrf-token]"));
        for (var input : page.select("form[action='/portal/log'] input:not([type=hidden]):not([type=radio]):not([type=checkbox]), form textarea")) {
            assertNotNull(page.selectFirst("label[for=" + input.id() + "]"), "label for " + input.id());
        }
    }

    @Test
    void anEntryIsStoredWithEverythingAuditedAndShownInTheHistory() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        String when = hoursAgo(3);
        Response saved = session.post("/portal/log", "occurredAt", when, "feedKind", "PUMPING", "minutes", "2,5",
                "signs", "TINGLING", "signs", "WARMTH", "activities", String.valueOf(family.breathingId()),
                "stress", "4", "pain", "0", "pumpedMl", "80", "note", "Calm evening");
        assertEquals(303, saved.statusCode(), saved.body().asString());
        assertTrue(saved.header("Location").endsWith("/portal/log"));

        LetdownLogEntry entry = PortalFixtures.latestEntry(family.clientId());
        assertEquals(LocalDateTime.parse(when).atZone(Formats.ZONE).toInstant(), entry.occurredAt);
        assertEquals(FeedKind.PUMPING, entry.feedKind);
        assertEquals(2.5, entry.minutesToLetdown);
        assertEquals(EnumSet.of(LetdownSign.TINGLING, LetdownSign.WARMTH), entry.signs());
        assertEquals(List.of(family.breathingId()), entry.activitiesTried.stream().map(a -> a.id).toList());
        assertEquals(4, entry.stress);
        assertEquals(0, entry.pain);
        assertEquals(80, entry.pumpedMl);
        assertEquals("Calm evening", entry.note);
        assertEquals(1, PortalFixtures.auditCount("CREATE", "LetdownLogEntry", family.clientId()));

        Document page = session.page("/portal/log");
        assertTrue(page.select(".flash").text().startsWith("Saved: " + Formats.shown(entry.occurredAt)));
        String history = page.select("#history .log-entry").first().text();
        for (String part : new String[] {"pumping", "Letdown after 2.5 min", family.breathingName(), "Stress 4 of 10",
                "Pain 0 of 10", "Tingling, Warmth", "Pumped 80 ml", "Calm evening"}) {
            assertTrue(history.contains(part), part + " in " + history);
        }
        assertTrue(PortalFixtures.auditCount("VIEW", "LetdownLogEntry", family.clientId()) >= 1);
    }

    @Test
    void letdownThatDidNotComeIsStoredWithoutMinutes() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        Response saved = session.post("/portal/log", "occurredAt", hoursAgo(1), "feedKind", "FEEDING",
                "minutes", "", "noLetdown", "yes", "signs", "NONE_FELT");
        assertEquals(303, saved.statusCode());
        LetdownLogEntry entry = PortalFixtures.latestEntry(family.clientId());
        assertNull(entry.minutesToLetdown);
        assertFalse(entry.letdownCame());
        assertNull(entry.stress, "not noted");
        assertTrue(session.page("/portal/log").select("#history").text().contains("Letdown did not come"));
    }

    @Test
    void invalidInputComesBackWithTheValuesAndAMessageAtEachField() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        String note = "x".repeat(1001);
        Response answer = session.post("/portal/log", "occurredAt", "2026-02-30T10:00", "feedKind", "FEEDING",
                "minutes", "abc", "stress", "11", "pain", "-1", "pumpedMl", "60", "signs", "NONE_FELT",
                "signs", "TINGLING", "activities", String.valueOf(family.compressesId()), "note", note);
        assertEquals(200, answer.statusCode());
        Document page = Jsoup.parse(answer.body().asString());
        assertNotNull(page.selectFirst(".error-summary"));
        assertError(page, "occurredAt", "Enter the date and time");
        assertError(page, "minutes", "Enter minutes as a number");
        assertError(page, "stress", "Choose a number from 0 to 10");
        assertError(page, "pain", "Choose a number from 0 to 10");
        assertError(page, "pumpedMl", "only for pumping sessions");
        assertError(page, "signs", "cannot go with other signs");
        assertError(page, "note", "At most 1,000 characters");
        assertEquals("2026-02-30T10:00", page.selectFirst("#occurredAt").val());
        assertEquals("abc", page.selectFirst("#minutes").val());
        assertEquals("60", page.selectFirst("#pumpedMl").val());
        assertEquals(note, page.selectFirst("#note").val());
        assertNotNull(page.selectFirst("input[name=signs][value=TINGLING][checked]"));
        assertNotNull(page.selectFirst("input[name=activities][value=" + family.compressesId() + "][checked]"));
        assertEquals(0, PortalFixtures.entryCount(family.clientId()));
    }

    @Test
    void theChosenRatingsAndKindStayChosenWhenTheFormComesBack() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        Response answer = session.post("/portal/log", "occurredAt", "2026-02-10T10:00", "feedKind", "PUMPING",
                "minutes", "abc", "stress", "7", "pain", "0", "pumpedMl", "60", "note", "");
        assertEquals(200, answer.statusCode());
        Document page = Jsoup.parse(answer.body().asString());
        assertEquals(List.of("PUMPING"), page.select("input[name=feedKind][checked]").eachAttr("value"));
        assertEquals(List.of("7"), page.select("input[name=stress][checked]").eachAttr("value"));
        assertEquals(List.of("0"), page.select("input[name=pain][checked]").eachAttr("value"), "0 is a rating, not none");
        assertEquals(0, PortalFixtures.entryCount(family.clientId()));
    }

    @Test
    void everyOtherRuleOfTheFormIsChecked() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        String now = hoursAgo(0);
        String future = INPUT.format(LocalDateTime.now(Formats.ZONE).plusHours(2));
        String longAgo = INPUT.format(LocalDateTime.now(Formats.ZONE).minusYears(2));
        Object[][] cases = {
                {"minutes", "That is in the future", new String[] {"occurredAt", future, "minutes", "2"}, "occurredAt"},
                {"minutes", "more than a year ago", new String[] {"occurredAt", longAgo, "minutes", "2"}, "occurredAt"},
                {"minutes", "How many minutes until letdown", new String[] {"occurredAt", now, "minutes", ""}, "minutes"},
                {"minutes", "not both", new String[] {"occurredAt", now, "minutes", "3", "noLetdown", "yes"}, "minutes"},
                {"minutes", "Between 0 and 120", new String[] {"occurredAt", now, "minutes", "121"}, "minutes"},
                {"minutes", "Between 0 and 120", new String[] {"occurredAt", now, "minutes", "1e9"}, "minutes"},
                {"minutes", "Between 0 and 120", new String[] {"occurredAt", now, "minutes", "-2"}, "minutes"},
                {"minutes", "Enter minutes as a number", new String[] {"occurredAt", now, "minutes", "NaN"}, "minutes"},
                {"minutes", "Enter minutes as a number", new String[] {"occurredAt", now, "minutes", "Infinity"}, "minutes"},
                {"minutes", "Enter the date and time", new String[] {"occurredAt", "yesterday", "minutes", "2"}, "occurredAt"},
                {"minutes", "Choose signs from the list", new String[] {"occurredAt", now, "minutes", "2", "signs", "' OR 1=1 --"}, "signs"},
                {"minutes", "Choose activities from your current plan", new String[] {"occurredAt", now, "minutes", "2", "activities", "abc"}, "activities"},
                {"minutes", "Choose activities from your current plan", new String[] {"occurredAt", now, "minutes", "2", "activities", "999999999"}, "activities"},
                {"minutes", "Enter millilitres as a whole number", new String[] {"occurredAt", now, "minutes", "2", "pumpedMl", "lots"}, "pumpedMl"},
                {"minutes", "Between 0 and 1,000 ml", new String[] {"occurredAt", now, "minutes", "2", "pumpedMl", "5000"}, "pumpedMl"},
        };
        for (Object[] c : cases) {
            String[] fields = (String[]) c[2];
            List<String> form = new ArrayList<>(List.of(fields));
            if (!form.contains("feedKind")) {
                form.addAll(List.of("feedKind", fields[fields.length - 2].equals("pumpedMl") ? "PUMPING" : "FEEDING"));
            }
            Response answer = session.post("/portal/log", form.toArray(String[]::new));
            assertEquals(200, answer.statusCode(), String.join(" ", fields));
            assertError(Jsoup.parse(answer.body().asString()), (String) c[3], (String) c[1]);
        }
        Response kind = session.post("/portal/log", "occurredAt", now, "minutes", "2", "feedKind", "BOGUS");
        assertError(Jsoup.parse(kind.body().asString()), "feedKind", "Choose feeding or pumping");
        Response noKind = session.post("/portal/log", "occurredAt", now, "minutes", "2");
        assertError(Jsoup.parse(noKind.body().asString()), "feedKind", "Choose feeding or pumping");
        assertEquals(0, PortalFixtures.entryCount(family.clientId()));
    }

    @Test
    void htmlAndSqlInTheNoteAreStoredAsTypedAndShownEscaped() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        String note = "<script>alert('x')</script> '; DROP TABLE letdown_log_entry; --";
        assertEquals(303, session.post("/portal/log", "occurredAt", hoursAgo(1), "feedKind", "FEEDING",
                "minutes", "3", "note", note).statusCode());
        assertEquals(note, PortalFixtures.latestEntry(family.clientId()).note);
        String html = session.get("/portal/log").body().asString();
        assertFalse(html.contains("<script>alert"), "the note is escaped");
        assertTrue(html.contains("&lt;script&gt;alert("), "the note is shown as typed");
        assertEquals(1, PortalFixtures.entryCount(family.clientId()));
    }

    /**
     * The check inside the transaction, for a plan that changed after the form's check: an
     * activity of another plan is refused and nothing is stored; her own is stored with the entry.
     */
    @Test
    void theEntrysTransactionChecksTheActivitiesAgainstHerActivePlan() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.Family other = PortalFixtures.family();
        LetdownLog log = Arc.container().instance(LetdownLog.class).get();
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        assertThrows(PlanChangedException.class, () -> log.record(family.clientId(), new LogEntryForm.Values(at,
                FeedKind.FEEDING, 2.0, EnumSet.noneOf(LetdownSign.class),
                Set.of(family.breathingId(), other.breathingId()), null, null, null, null)));
        assertEquals(0, PortalFixtures.entryCount(family.clientId()));
        long stored = log.record(family.clientId(), new LogEntryForm.Values(at, FeedKind.FEEDING, 2.0,
                EnumSet.noneOf(LetdownSign.class), Set.of(family.breathingId()), null, null, null, null)).id;
        assertEquals(List.of(family.breathingId()), QuarkusTransaction.requiringNew().call(
                () -> LetdownLogEntry.<LetdownLogEntry>findById(stored).activitiesTried.stream().map(a -> a.id).toList()));
    }

    @Test
    void onlyActivitiesOfHerCurrentPlanCanBeMarked() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.Family other = PortalFixtures.family();
        long oldPlan = PortalFixtures.plan(family.clientId(), family.consultant().id(), "old", CarePlanStatus.COMPLETED,
                null);
        long oldActivity = PortalFixtures.activity(oldPlan,
                PortalFixtures.strategy(TestAccounts.uniqueName("Old strategy"), StrategyCategory.REST), "old", null, 0);
        WebSession session = family.portal().signIn();
        for (long foreign : new long[] {other.breathingId(), oldActivity}) {
            Response answer = session.post("/portal/log", "occurredAt", hoursAgo(1), "feedKind", "FEEDING",
                    "minutes", "2", "activities", String.valueOf(foreign));
            assertEquals(200, answer.statusCode());
            Document page = Jsoup.parse(answer.body().asString());
            assertError(page, "activities", "Choose activities from your current plan");
            assertFalse(page.text().contains(other.breathingName()), "nothing of the other client is revealed");
        }
        assertEquals(0, PortalFixtures.entryCount(family.clientId()));
        assertEquals(0, PortalFixtures.entryCount(other.clientId()));
    }

    @Test
    void aDischargedClientReadsHerLogButCannotAddToIt() {
        PortalFixtures.Family family = PortalFixtures.family();
        PortalFixtures.entry(family.clientId(), ZonedDateTime.now(Formats.ZONE).minusDays(1).toInstant(), 4.0, 5, 2);
        PortalFixtures.discharge(family.clientId());
        WebSession session = family.portal().signIn();
        Document page = session.page("/portal/log");
        assertTrue(page.select("form[action='/portal/log']").isEmpty(), "no form");
        assertTrue(page.text().contains("new log entries are closed"));
        assertEquals(1, page.select("#history .log-entry").size(), "her history stays readable");

        Response refused = session.post("/portal/log", "occurredAt", hoursAgo(1), "feedKind", "FEEDING", "minutes", "2");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().asString().contains("Your care with the clinic has ended, so new log entries are closed"));
        assertEquals(1, PortalFixtures.entryCount(family.clientId()));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession session = family.portal().signIn();
        session.get("/portal/log");
        Response answer = session.postWithoutCsrf("/portal/log", "occurredAt", hoursAgo(1), "feedKind", "FEEDING",
                "minutes", "2");
        assertEquals(400, answer.statusCode());
        assertEquals(0, PortalFixtures.entryCount(family.clientId()));
    }

    @Test
    void theHistoryPagesAndFetchesItsRowsInAFixedNumberOfQueries() {
        PortalFixtures.Family small = PortalFixtures.family();
        PortalFixtures.Family large = PortalFixtures.family();
        ZonedDateTime start = ZonedDateTime.now(Formats.ZONE).minusHours(1);
        PortalFixtures.entries(small.clientId(), start, List.of(2.0, 5.0), small.breathingId());
        PortalFixtures.entries(large.clientId(), start, Collections.nCopies(25, 3.0), large.breathingId(),
                large.compressesId());
        WebSession smallSession = small.portal().signIn();
        WebSession largeSession = large.portal().signIn();
        smallSession.page("/portal/log");
        largeSession.page("/portal/log");

        long smallQueries = queriesFor(() -> smallSession.page("/portal/log"));
        long largeQueries = queriesFor(() -> largeSession.page("/portal/log"));
        assertEquals(smallQueries, largeQueries, "the page's queries do not grow with its rows");

        Document first = largeSession.page("/portal/log");
        assertEquals(LetdownLog.PAGE_SIZE, first.select("#history .log-entry").size());
        assertNotNull(first.selectFirst("#history a[rel=next][href='?page=2']"));
        Document second = largeSession.page("/portal/log?page=2");
        assertEquals(5, second.select("#history .log-entry").size());
        assertTrue(second.select("#history .log-entry").first().text()
                .contains(large.breathingName() + ", " + large.compressesName()));
        assertEquals(200, largeSession.get("/portal/log?page=abc").statusCode());
        assertEquals(200, largeSession.get("/portal/log?page=-5").statusCode());
    }

    private static long queriesFor(Runnable request) {
        Statistics statistics = Arc.container().instance(EntityManagerFactory.class).get()
                .unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }

    static void assertError(Document page, String field, String message) {
        String error = page.select("#" + field + "-error").text();
        assertTrue(error.contains(message), field + ": expected \"" + message + "\" but was \"" + error + "\"; errors: "
                + page.select(".error").stream().map(e -> e.id() + "=" + e.text()).collect(Collectors.joining(" | ")));
    }
}
