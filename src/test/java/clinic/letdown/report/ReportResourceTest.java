package clinic.letdown.report;

import static clinic.letdown.consultation.ConsultationKind.FOLLOW_UP;
import static clinic.letdown.consultation.ConsultationKind.INITIAL;
import static clinic.letdown.consultation.ConsultationKind.PHONE;
import static clinic.letdown.consultation.ConsultationKind.TELEHEALTH;
import static clinic.letdown.consultation.DifficultyFactor.ANXIETY;
import static clinic.letdown.consultation.DifficultyFactor.FATIGUE;
import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/**
 * Every figure of /admin/reports on a fixed data set (1971-03-01 to 1971-05-31, a period no other
 * test uses), for all clients, for one consultant, for a consultant without clients and for an
 * empty period. The expected figures are worked out by hand in the comments.
 */
@QuarkusTest
class ReportResourceTest {

    static final String PERIOD = "from=1971-03-01&to=1971-05-31";
    static final String OUTCOMES = "/admin/reports/outcomes?";
    static final String STRATEGIES = "/admin/reports/strategies?";

    /** The data set, made once by whichever test needs it first. */
    record Fixture(ReportData.Consultant ann, ReportData.Consultant bea, ReportData.Consultant cid, String deep,
            String warm, String skin) {
    }

    private static Fixture fixture;

    static synchronized Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        ReportData.Consultant ann = ReportData.consultant("Ann");
        ReportData.Consultant bea = ReportData.consultant("Bea");
        ReportData.Consultant cid = ReportData.consultant("Cid");
        long a = ann.id();
        long b = bea.id();
        // c1 (Ann): new; STRESS 7 -> 3, PAIN 5 -> 1
        long c1 = ReportData.client(a, ClientStatus.ACTIVE);
        ReportData.consultation(c1, a, "1971-03-05T10:00", INITIAL, Map.of(STRESS, 7, PAIN, 5));
        ReportData.consultation(c1, a, "1971-04-02T10:00", FOLLOW_UP, Map.of(STRESS, 3, PAIN, 1));
        // c2 (Ann): new; STRESS 5 -> 2 (the middle visit does not count), FATIGUE 6 -> 2; Bea charted the telehealth
        long c2 = ReportData.client(a, ClientStatus.ACTIVE);
        ReportData.consultation(c2, a, "1971-03-10T09:00", INITIAL, Map.of(STRESS, 5, FATIGUE, 6));
        ReportData.consultation(c2, b, "1971-03-24T09:00", TELEHEALTH, Map.of(STRESS, 4));
        ReportData.consultation(c2, a, "1971-05-20T09:00", FOLLOW_UP, Map.of(STRESS, 2, FATIGUE, 2));
        // c3 (Bea): seen before the period, so not new; one visit in it
        long c3 = ReportData.client(b, ClientStatus.ACTIVE);
        ReportData.consultation(c3, b, "1971-01-15T11:00", INITIAL, Map.of(ANXIETY, 8));
        ReportData.consultation(c3, b, "1971-04-10T11:00", PHONE, Map.of(ANXIETY, 6));
        // c4 (Bea, discharged): new late on the last day; the next visit is after the period
        long c4 = ReportData.client(b, ClientStatus.DISCHARGED);
        ReportData.consultation(c4, b, "1971-05-31T23:30", INITIAL, Map.of(PAIN, 9));
        ReportData.consultation(c4, b, "1971-06-01T00:10", FOLLOW_UP, Map.of(PAIN, 2));
        // c5 (Ann): only a visit a minute before the period
        long c5 = ReportData.client(a, ClientStatus.ACTIVE);
        ReportData.consultation(c5, a, "1971-02-28T23:59", INITIAL, Map.of(STRESS, 9));

        String suffix = TestAccounts.uniqueName("");
        String deep = "Deep breathing" + suffix;
        String warm = "Warm compress" + suffix;
        String skin = "Skin to skin" + suffix;
        long s1 = ReportData.strategy(deep);
        long s2 = ReportData.strategy(warm);
        long s3 = ReportData.strategy(skin);

        long p1 = ReportData.plan(c1, a, CarePlanStatus.ACTIVE, "1971-03-05T10:30");
        long a11 = ReportData.activity(p1, s1);
        long a12 = ReportData.activity(p1, s2);
        ReportData.goal(p1, "1971-03-19", GoalStatus.ACHIEVED);
        ReportData.goal(p1, "1971-04-30", GoalStatus.NOT_ACHIEVED);
        ReportData.goal(p1, "1971-06-15", GoalStatus.IN_PROGRESS);
        long p2 = ReportData.plan(c2, a, CarePlanStatus.COMPLETED, "1971-03-10T09:30");
        long a21 = ReportData.activity(p2, s1);
        long a22 = ReportData.activity(p2, s3);
        ReportData.goal(p2, "1971-05-01", GoalStatus.ACHIEVED);
        ReportData.goal(p2, "1971-05-31", GoalStatus.CANCELLED);
        ReportData.goal(p2, "1971-05-15", GoalStatus.IN_PROGRESS);
        long p3 = ReportData.plan(c2, a, CarePlanStatus.DRAFT, "1971-05-20T09:30");
        ReportData.activity(p3, s2);
        long p4 = ReportData.plan(c3, b, CarePlanStatus.ACTIVE, "1971-02-01T12:00");
        long a41 = ReportData.activity(p4, s3);
        ReportData.goal(p4, "1971-03-01", GoalStatus.ACHIEVED);

        ReportData.logEntry(c1, "1971-03-06T08:00", 2.0, a11);
        ReportData.logEntry(c1, "1971-03-07T08:00", 3.0, a11);
        ReportData.logEntry(c1, "1971-03-08T08:00", 6.0);
        ReportData.logEntry(c1, "1971-03-09T08:00", 5.0, a12);
        ReportData.logEntry(c1, "1971-03-10T08:00", null);
        ReportData.logEntry(c1, "1971-02-20T08:00", 1.0, a11);
        ReportData.logEntry(c2, "1971-04-01T08:00", 4.0, a21, a22);
        ReportData.logEntry(c2, "1971-04-02T08:00", 8.0);
        ReportData.logEntry(c2, "1971-04-03T08:00", null, a22);
        ReportData.logEntry(c3, "1971-04-15T08:00", 3.0, a41);
        ReportData.logEntry(c3, "1971-04-16T08:00", 7.0);
        fixture = new Fixture(ann, bea, cid, deep, warm, skin);
        return fixture;
    }

    static WebSession admin() {
        return TestAccounts.admin().signIn();
    }

    @Test
    void activityCountsNewActiveAndFollowedUpClientsAndConsultationsByKindAndMonth() {
        fixture();
        Document page = admin().page("/admin/reports?" + PERIOD);
        assertEquals(Map.of(
                "New clients", List.of("3"),
                "Active clients (seen in the period)", List.of("4"),
                "Clients with 2 or more consultations", List.of("2"),
                "Consultations", List.of("7")), ReportPage.table(page, "activity"));
        // INITIAL c1, c2, c4; FOLLOW_UP c1, c2; TELEHEALTH c2; PHONE c3
        assertEquals(List.of(List.of("3", "42.9"), List.of("2", "28.6"), List.of("1", "14.3"), List.of("1", "14.3")),
                List.copyOf(ReportPage.table(page, "consultations-by-kind").values()));
        assertEquals(List.of("Initial", "Follow-up", "Telehealth", "Phone"),
                List.copyOf(ReportPage.table(page, "consultations-by-kind").keySet()));
        assertEquals(List.of("Month", "Initial", "Follow-up", "Telehealth", "Phone", "Total"),
                ReportPage.headers(page, "consultations-by-month"));
        Map<String, List<String>> months = ReportPage.table(page, "consultations-by-month");
        assertEquals(List.of("Mar 1971", "Apr 1971", "May 1971"), List.copyOf(months.keySet()));
        assertEquals(List.of("2", "0", "1", "0", "3"), months.get("Mar 1971"));
        assertEquals(List.of("0", "1", "0", "1", "2"), months.get("Apr 1971"));
        assertEquals(List.of("1", "1", "0", "0", "2"), months.get("May 1971"));
        assertNotNull(page.selectFirst("#consultations-by-month svg path"), "a line chart beside the month table");
        assertEquals(4, page.select("#consultations-by-kind svg rect").size(), "a bar per kind");
    }

    @Test
    void caseloadListsEveryConsultantAlsoWithoutClients() {
        Fixture f = fixture();
        Map<String, List<String>> caseload = ReportPage.table(admin().page("/admin/reports?" + PERIOD), "caseload");
        // Ann: active c1, c2, c5; charted c1 twice and c2 twice. Bea: active c3 (c4 is discharged); charted c2, c3, c4
        assertEquals(List.of("3", "2", "4"), caseload.get(f.ann().name()), caseload.toString());
        assertEquals(List.of("1", "3", "3"), caseload.get(f.bea().name()));
        assertEquals(List.of("0", "0", "0"), caseload.get(f.cid().name()));
    }

    @Test
    void difficultiesAtIntakeAreThoseOfEachNewClientsFirstConsultation() {
        fixture();
        Map<String, List<String>> intake = ReportPage.table(admin().page(OUTCOMES + PERIOD), "intake");
        // new clients c1 {STRESS 7, PAIN 5}, c2 {STRESS 5, FATIGUE 6}, c4 {PAIN 9}; c3's ANXIETY is not an intake
        assertEquals(List.of("Stress", "Pain", "Fatigue", "Anxiety", "Distractions", "Medical condition", "Medication",
                "Other"), List.copyOf(intake.keySet()));
        assertEquals(List.of("2", "66.7", "6.0"), intake.get("Stress"));
        assertEquals(List.of("2", "66.7", "7.0"), intake.get("Pain"));
        assertEquals(List.of("1", "33.3", "6.0"), intake.get("Fatigue"));
        assertEquals(List.of("0", "0.0", "–"), intake.get("Anxiety"));
    }

    /**
     * The shares at intake are of all new clients, also those whose first visit recorded no
     * difficulty (January 1968, a period of its own, one consultant of its own).
     */
    @Test
    void aNewClientWithoutDifficultiesCountsInTheShares() {
        ReportData.Consultant dee = ReportData.consultant("Dee");
        long withStress = ReportData.client(dee.id(), ClientStatus.ACTIVE);
        ReportData.consultation(withStress, dee.id(), "1968-01-05T10:00", INITIAL, Map.of(STRESS, 4));
        long withNone = ReportData.client(dee.id(), ClientStatus.ACTIVE);
        ReportData.consultation(withNone, dee.id(), "1968-01-08T10:00", INITIAL, Map.of());
        ReportData.consultation(withNone, dee.id(), "1968-01-20T10:00", FOLLOW_UP, Map.of(PAIN, 6));
        long notNew = ReportData.client(dee.id(), ClientStatus.ACTIVE);
        ReportData.consultation(notNew, dee.id(), "1967-12-30T10:00", INITIAL, Map.of());
        ReportData.consultation(notNew, dee.id(), "1968-01-10T10:00", FOLLOW_UP, Map.of(STRESS, 8));

        String period = "from=1968-01-01&to=1968-01-31&consultant=" + dee.id();
        WebSession admin = admin();
        assertEquals(List.of("2"), ReportPage.table(admin.page("/admin/reports?" + period), "activity").get("New clients"));
        Map<String, List<String>> intake = ReportPage.table(admin.page(OUTCOMES + period), "intake");
        assertEquals(List.of("1", "50.0", "4.0"), intake.get("Stress"));
        assertEquals(List.of("0", "0.0", "–"), intake.get("Pain"), "her later visit's pain is not an intake");
        List<org.apache.commons.csv.CSVRecord> csv = ReportPage.parse(
                admin.get("/admin/reports/intake.csv?" + period).asString());
        assertEquals(List.of("Stress", "1", "50.0", "4.0"), csv.get(1).toList(), "the download computes it alike");
    }

    @Test
    void outcomesCompareTheFirstAndLatestConsultationOfThePeriod() {
        fixture();
        Document page = admin().page(OUTCOMES + PERIOD);
        Map<String, List<String>> outcomes = ReportPage.table(page, "outcomes");
        // c1 STRESS 7->3 PAIN 5->1; c2 STRESS 5->2 FATIGUE 6->2; c4's next visit is after the period
        assertEquals(List.of("Stress", "Fatigue", "Pain"), List.copyOf(outcomes.keySet()));
        assertEquals(List.of("2", "6.0", "2.5", "-3.5", "0"), outcomes.get("Stress"));
        assertEquals(List.of("1", "6.0", "2.0", "-4.0", "0"), outcomes.get("Fatigue"));
        assertEquals(List.of("1", "5.0", "1.0", "-4.0", "0"), outcomes.get("Pain"));
        assertEquals(3, page.select("#outcomes svg g.bar.negative").size(), "improvements drawn as negative bars");

        // goals due 1971-03-01..05-31: achieved g1 g4 g7, not achieved g2, in progress g6, cancelled g5
        Map<String, List<String>> goals = ReportPage.table(page, "goals");
        assertEquals(List.of("3", "60.0"), goals.get("Achieved"));
        assertEquals(List.of("1", "20.0"), goals.get("Not achieved"));
        assertEquals(List.of("1", "20.0"), goals.get("Still in progress"));
        assertEquals(List.of("5", "100.0"), goals.get("Goals due (cancelled ones left out)"));
        assertEquals(List.of("1", "–"), goals.get("Cancelled (not counted as due)"));

        // plans created in the period: p1 ACTIVE, p2 COMPLETED, p3 DRAFT (p4 is older)
        Map<String, List<String>> plans = ReportPage.table(page, "plans");
        assertEquals(List.of("Draft", "Active", "On hold", "Completed", "Revoked"), List.copyOf(plans.keySet()));
        assertEquals(List.of("1", "33.3"), plans.get("Active"));
        assertEquals(List.of("1", "33.3"), plans.get("Completed"));
        assertEquals(List.of("1", "33.3"), plans.get("Draft"));
        assertEquals(List.of("0", "0.0"), plans.get("On hold"));
    }

    @Test
    void strategiesMostAssignedAndMedianMinutesWithAndWithout() {
        Fixture f = fixture();
        Document page = admin().page(STRATEGIES + PERIOD);
        // non-draft plans of the period: p1 (deep, warm), p2 (deep, skin)
        Map<String, List<String>> assigned = ReportPage.table(page, "strategies");
        assertEquals(List.of(f.deep(), f.skin(), f.warm()), List.copyOf(assigned.keySet()));
        assertEquals(List.of("2", "100.0", "2"), assigned.get(f.deep()));
        assertEquals(List.of("1", "50.0", "1"), assigned.get(f.skin()));
        assertEquals(List.of("1", "50.0", "1"), assigned.get(f.warm()));

        Map<String, List<String>> letdown = ReportPage.table(page, "strategy-letdown");
        assertEquals(List.of(f.deep(), f.skin(), f.warm()), List.copyOf(letdown.keySet()));
        // deep: c1, c2; tried 2, 3, 4 -> 3.0; not tried 6, 5, -, 8, - -> 6.0 with 2 that did not come
        assertEquals(List.of("2", "3", "3.0", "0", "5", "6.0", "2"), letdown.get(f.deep()));
        // skin: c2, c3; tried 4, -, 3 -> 3.5; not tried 8, 7 -> 7.5
        assertEquals(List.of("2", "3", "3.5", "1", "2", "7.5", "0"), letdown.get(f.skin()));
        // warm: c1 only (c2's draft does not count); tried 5; not tried 2, 3, 6, -
        assertEquals(List.of("1", "1", "5.0", "0", "4", "3.0", "1"), letdown.get(f.warm()));
    }

    /**
     * A strategy in two of a client's plans, and an entry that tried both of its activities: the
     * client, the entry and the plans each count once for it.
     */
    @Test
    void aStrategyTwiceInAClientsPlansCountsHerEntriesOnce() {
        ReportData.Consultant dee = ReportData.consultant("Dee");
        long client = ReportData.client(dee.id(), ClientStatus.ACTIVE);
        String suffix = TestAccounts.uniqueName("");
        String twice = "A strategy twice" + suffix;
        String once = "B strategy once" + suffix;
        long s1 = ReportData.strategy(twice);
        long s2 = ReportData.strategy(once);
        long earlier = ReportData.plan(client, dee.id(), CarePlanStatus.COMPLETED, "1973-03-01T10:00");
        long first = ReportData.activity(earlier, s1);
        long later = ReportData.plan(client, dee.id(), CarePlanStatus.ACTIVE, "1973-04-01T10:00");
        long second = ReportData.activity(later, s1);
        ReportData.activity(later, s2);
        ReportData.logEntry(client, "1973-03-05T08:00", 5.0, first);
        ReportData.logEntry(client, "1973-04-05T08:00", 3.0, first, second);
        ReportData.logEntry(client, "1973-04-06T08:00", 7.0);

        Document page = admin().page(STRATEGIES + "from=1973-03-01&to=1973-05-31&consultant=" + dee.id());
        Map<String, List<String>> assigned = ReportPage.table(page, "strategies");
        assertEquals(List.of(twice, once), List.copyOf(assigned.keySet()));
        assertEquals(List.of("2", "100.0", "1"), assigned.get(twice));
        assertEquals(List.of("1", "50.0", "1"), assigned.get(once));
        Map<String, List<String>> letdown = ReportPage.table(page, "strategy-letdown");
        assertEquals(List.of(twice, once), List.copyOf(letdown.keySet()));
        // tried 5, 3 -> 4.0; not tried 7
        assertEquals(List.of("1", "2", "4.0", "0", "1", "7.0", "0"), letdown.get(twice));
        // never tried; not tried 5, 3, 7 -> 5.0
        assertEquals(List.of("1", "0", "–", "0", "3", "5.0", "0"), letdown.get(once));
    }

    @Test
    void aConsultantFilterCountsOnlyHerClients() {
        Fixture f = fixture();
        WebSession admin = admin();
        String filter = PERIOD + "&consultant=" + f.ann().id();
        Document page = admin.page("/admin/reports?" + filter);
        assertTrue(page.selectFirst(".report-scope").text().contains("only the clients assigned to " + f.ann().name()));
        assertEquals(String.valueOf(f.ann().id()), page.selectFirst("#consultant option[selected]").val());
        assertEquals("/admin/reports/outcomes?" + filter, page.select(".report-tabs a").get(1).attr("href"),
                "the other pages keep the filter");
        // Ann's clients c1, c2 (c5 has no visit in the period); c2's telehealth charted by Bea counts too
        assertEquals(List.of("2"), ReportPage.table(page, "activity").get("New clients"));
        assertEquals(List.of("5"), ReportPage.table(page, "activity").get("Consultations"));
        assertEquals(Map.of(f.ann().name(), List.of("3", "2", "4")), ReportPage.table(page, "caseload"));
        page = admin.page(OUTCOMES + filter);
        assertEquals(List.of("2", "100.0", "6.0"), ReportPage.table(page, "intake").get("Stress"));
        assertEquals(List.of("1", "50.0", "5.0"), ReportPage.table(page, "intake").get("Pain"));
        assertEquals(List.of("2", "6.0", "2.5", "-3.5", "0"), ReportPage.table(page, "outcomes").get("Stress"));
        // p4 (Bea's client) drops out: achieved g1 g4, not achieved g2, in progress g6
        assertEquals(List.of("4", "100.0"),
                ReportPage.table(page, "goals").get("Goals due (cancelled ones left out)"));
        assertEquals(List.of("2", "50.0"), ReportPage.table(page, "goals").get("Achieved"));
        page = admin.page(STRATEGIES + filter);
        Map<String, List<String>> letdown = ReportPage.table(page, "strategy-letdown");
        assertEquals(List.of(f.deep(), f.skin(), f.warm()), List.copyOf(letdown.keySet()));
        // skin: only c2 now; tried 4, - -> 4.0; not tried 8
        assertEquals(List.of("1", "2", "4.0", "1", "1", "8.0", "0"), letdown.get(f.skin()));
    }

    @Test
    void aConsultantWithoutClientsGetsZerosAndEmptyTables() {
        Fixture f = fixture();
        WebSession admin = admin();
        String filter = PERIOD + "&consultant=" + f.cid().id();
        Document page = admin.page("/admin/reports?" + filter);
        assertEquals(List.of("0"), ReportPage.table(page, "activity").get("New clients"));
        assertEquals(List.of("0"), ReportPage.table(page, "activity").get("Consultations"));
        assertEquals(List.of(List.of("0", "–"), List.of("0", "–"), List.of("0", "–"), List.of("0", "–")),
                List.copyOf(ReportPage.table(page, "consultations-by-kind").values()));
        assertEquals(Map.of(f.cid().name(), List.of("0", "0", "0")), ReportPage.table(page, "caseload"));
        Document outcomes = admin.page(OUTCOMES + filter);
        assertEquals(List.of("0", "–", "–"), ReportPage.table(outcomes, "intake").get("Stress"));
        assertEquals(List.of("0", "–"), ReportPage.table(outcomes, "goals").get("Achieved"));
        Document strategies = admin.page(STRATEGIES + filter);
        for (String empty : List.of("outcomes", "strategies", "strategy-letdown")) {
            Document shown = empty.equals("outcomes") ? outcomes : strategies;
            assertNull(shown.selectFirst("#" + empty + " table"), empty + " has no table");
            assertTrue(shown.selectFirst("#" + empty).text().contains("Nothing to show for this period"), empty);
        }
    }

    @Test
    void anEmptyPeriodShowsZerosForEverything() {
        Fixture f = fixture();
        Document page = admin().page("/admin/reports?from=1950-01-01&to=1950-01-31");
        assertEquals(List.of("0"), ReportPage.table(page, "activity").get("Active clients (seen in the period)"));
        assertEquals(List.of("0", "0", "0", "0", "0"), ReportPage.table(page, "consultations-by-month").get("Jan 1950"));
        assertEquals(List.of("3", "0", "0"), ReportPage.table(page, "caseload").get(f.ann().name()),
                "active clients now do not depend on the period");
        Document outcomes = admin().page(OUTCOMES + "from=1950-01-01&to=1950-01-31");
        assertEquals(List.of("0", "–"), ReportPage.table(outcomes, "plans").get("Active"));
        assertNull(outcomes.selectFirst("#outcomes table"));
    }

    @Test
    void theDefaultPeriodIsTheLast90Days() {
        Document page = admin().page("/admin/reports");
        java.time.LocalDate today = java.time.LocalDate.now(clinic.letdown.web.Formats.ZONE);
        assertEquals(today.toString(), page.selectFirst("#to").val());
        assertEquals(today.minusDays(89).toString(), page.selectFirst("#from").val());
        assertTrue(page.selectFirst(".report-scope").text().contains("(90 days), all clients"));
        assertEquals("All consultants", page.selectFirst("#consultant option").text());
        assertTrue(page.select("#consultant option[selected]").isEmpty());
    }
}
