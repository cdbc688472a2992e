package clinic.letdown.report;

import static clinic.letdown.consultation.ConsultationKind.FOLLOW_UP;
import static clinic.letdown.consultation.ConsultationKind.INITIAL;
import static clinic.letdown.consultation.DifficultyFactor.FATIGUE;
import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.ClientStatus;

/**
 * The outcomes table counts a difficulty present at the first consultation and 0 or not charted at
 * the latest as resolved; a client with one consultation in the period has no later score and is
 * not counted. A known data set (its own consultant, in 1966) and the figures worked out by hand.
 */
@QuarkusTest
class OutcomesResolvedTest {

    @Test
    void aDifficultyGoneOrAtZeroAtTheLatestVisitIsResolved() {
        ReportData.Consultant eva = ReportData.consultant("Eva");
        long d1 = ReportData.client(eva.id(), ClientStatus.ACTIVE);
        // STRESS 6 -> 0 (scored 0: resolved), PAIN 4 -> not charted again (removed: resolved, counted as 0)
        ReportData.consultation(d1, eva.id(), "1966-03-02T10:00", INITIAL, Map.of(STRESS, 6, PAIN, 4));
        ReportData.consultation(d1, eva.id(), "1966-03-20T10:00", FOLLOW_UP, Map.of(STRESS, 0));
        long d2 = ReportData.client(eva.id(), ClientStatus.ACTIVE);
        // STRESS 4 -> 2: better, not resolved; FATIGUE new at the follow-up: not an outcome
        ReportData.consultation(d2, eva.id(), "1966-03-03T10:00", INITIAL, Map.of(STRESS, 4));
        ReportData.consultation(d2, eva.id(), "1966-03-25T10:00", FOLLOW_UP, Map.of(STRESS, 2, FATIGUE, 3));
        long d3 = ReportData.client(eva.id(), ClientStatus.ACTIVE);
        // one visit in the period: no later score, not counted
        ReportData.consultation(d3, eva.id(), "1966-03-04T10:00", INITIAL, Map.of(FATIGUE, 5, STRESS, 9));

        Map<String, List<String>> outcomes = ReportPage.table(
                ReportResourceTest.admin().page("/admin/reports/outcomes?from=1966-03-01&to=1966-03-31&consultant=" + eva.id()),
                "outcomes");
        // Stress: n 2, first (6 + 4) / 2 = 5.0, latest (0 + 2) / 2 = 1.0, change -4.0, resolved 1 (d1)
        assertEquals(List.of("2", "5.0", "1.0", "-4.0", "1"), outcomes.get("Stress"));
        // Pain: n 1, first 4.0, latest 0.0 (not charted again), change -4.0, resolved 1
        assertEquals(List.of("1", "4.0", "0.0", "-4.0", "1"), outcomes.get("Pain"));
        assertNull(outcomes.get("Fatigue"), "new at a follow-up (d2) or without a later visit (d3)");
    }
}
