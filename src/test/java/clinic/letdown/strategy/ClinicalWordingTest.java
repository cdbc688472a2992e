package clinic.letdown.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.careplan.StrategySuggestions;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** The clinical wording fixes of issue 24: safe sleep, diapers, the pain ranking and its reasons, milk transfer, the plan's sharing. */
@QuarkusTest
class ClinicalWordingTest {

    private static Strategy strategy(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Strategy s = Strategy.load(id);
            s.factors.size();
            return s;
        });
    }

    @Test
    void skinToSkinAndSideLyingCarrySafeSleepWordingAndDiaperIsTheOneWord() {
        String skin = strategy(7).instructions;
        assertTrue(skin.contains("down to the diaper"), skin);
        assertTrue(skin.contains("face visible") && skin.contains("nose and mouth clear"), skin);
        assertTrue(skin.contains("never over the head"), skin);
        assertTrue(skin.contains("move your baby to their own safe sleep space first"), skin);
        String rest = strategy(10).instructions;
        assertTrue(rest.contains("firm flat mattress") && rest.contains("loose bedding away from your baby"), rest);
        assertTrue(rest.contains("move your baby back to their own sleep space"), rest);
        long nappies = QuarkusTransaction.requiringNew().call(() -> Strategy.count(
                "lower(instructions) like '%napp%' or lower(description) like '%napp%'"));
        assertEquals(0, nappies);
    }

    @Test
    void latchAssessmentRanksAtLeastAsHighAsWarmCompressesForPainWithItsReasonShown() {
        List<StrategySuggestions.Suggestion> ranked = QuarkusTransaction.requiringNew().call(() -> {
            List<Strategy> library = List.of(Strategy.load(3), Strategy.load(11));
            library.forEach(s -> s.factors.size());
            return StrategySuggestions.rank(library, Map.of(DifficultyFactor.PAIN, 6));
        });
        assertEquals(11L, ranked.get(0).strategy().id, "latch assessment first for pain alone");
        assertTrue(ranked.get(0).score() >= ranked.get(1).score());

        Document page = TestAccounts.admin().signIn().page("/strategies/3");
        String reasons = page.selectFirst(".weight-reasons").text();
        assertTrue(reasons.contains("a cracked nipple still needs a latch assessment first"), reasons);
        assertTrue(TestAccounts.consultant().signIn().page("/strategies/11").selectFirst(".weight-reasons").text()
                .contains("Most nipple pain comes from the latch"));
    }

    @Test
    void aNegativeTransferIsNoMeasurableTransferAndTheReportSaysWhetherThePlanWasShared() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Wren", ChartingFixtures.uniqueSurname("Word"), consultant.id(), "Wyn");
        long visit = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now().minus(1, ChronoUnit.HOURS),
                List.of(), null).id;
        QuarkusTransaction.requiringNew().run(() -> {
            clinic.letdown.consultation.Consultation c = clinic.letdown.consultation.Consultation.findById(visit);
            c.preFeedWeightGrams = 3520;
            c.postFeedWeightGrams = 3500;
        });
        Document shown = session.page("/consultations/" + visit);
        assertTrue(shown.text().contains("no measurable transfer: re-weigh"), shown.text());
        assertFalse(shown.text().contains("-20 ml"));
        assertTrue(session.page("/clients/" + client.id).text().contains("no measurable transfer: re-weigh"));
        Document edit = session.page("/consultations/" + visit + "/edit");
        assertEquals("no measurable transfer: re-weigh", edit.getElementById("milk-transfer").text());
        Document report = session.page("/consultations/" + visit + "/report");
        assertTrue(report.selectFirst(".plan-shared").text().contains("No care plan has been shared with"));
    }
}
