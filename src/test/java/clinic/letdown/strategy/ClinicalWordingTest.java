package clinic.letdown.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.careplan.CarePlanFixtures;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.StrategySuggestions;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;

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
    void theSafeSleepStepsAndTheMoodReferralAreInSpanishForASpanishSpeakingClient() {
        String skin = strategy(7).instructionsEs;
        assertTrue(skin.contains("pecho con pecho") && skin.contains("la nariz y la boca despejadas"), skin);
        assertTrue(skin.contains("nunca sobre la cabeza") && skin.contains("su propio lugar seguro para dormir"), skin);
        assertFalse(skin.contains("para no tener frío"), "the old blanket step is replaced: " + skin);
        String rest = strategy(10).instructionsEs;
        assertTrue(rest.contains("colchón firme y plano") && rest.contains("en cuanto termine la toma"), rest);
        Strategy mood = strategy(65);
        assertTrue(mood.hasSpanish(), "V77 translates the mood referral");
        assertEquals("Derivación por estado de ánimo y depresión perinatal", mood.nameEs);
        assertTrue(mood.instructionsEs.contains("1-833-852-6262") && mood.instructionsEs.contains("988"), mood.instructionsEs);

        // the plan builder starts her activity from the Spanish steps, the name in Spanish
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = CarePlanFixtures.client("Rosa");
        QuarkusTransaction.requiringNew().run(() -> Client.<Client>findById(clientId).language = Language.ES);
        Document built = Jsoup.parse(consultant.signIn().post("/clients/" + clientId + "/careplans", "title", "Plan",
                "periodStart", LocalDate.now(Formats.ZONE).toString(), "periodEnd", "", "version", "0", "addOtherActivity", "1",
                "otherStrategy", "65").body().asString());
        assertEquals(mood.instructionsEs.strip(), built.selectFirst("textarea[name=activityInstructions]").wholeText().strip());

        // her plan in the portal: Spanish steps and names, nothing marked English
        long planId = PortalFixtures.plan(clientId, consultant.id(), "Su plan", CarePlanStatus.ACTIVE,
                LocalDate.now(Formats.ZONE).minusDays(1), "Meta");
        Strategy skinToSkin = strategy(7);
        PortalFixtures.activity(planId, 7, skinToSkin.instructionsEs, skinToSkin.usualFrequencyEs, 0);
        PortalFixtures.activity(planId, 65, mood.instructionsEs, mood.usualFrequencyEs, 1);
        Document plan = PortalFixtures.portalAccount(clientId).signIn().page("/portal/plans/" + planId);
        assertEquals("es", plan.selectFirst("html").attr("lang"));
        String text = plan.text();
        assertTrue(text.contains(skinToSkin.nameEs) && text.contains(mood.nameEs), text);
        assertTrue(text.contains("su propio lugar seguro para dormir") && text.contains("oprima 2 para español"), text);
        assertTrue(plan.select("h4[lang=en]").isEmpty(), plan.select("h4[lang=en]").outerHtml());
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
