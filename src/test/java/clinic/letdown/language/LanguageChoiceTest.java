package clinic.letdown.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.account.Account;
import clinic.letdown.careplan.CarePlanFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Language;

/**
 * A client's language is a choice on her record (the consultant's client form) that she can change
 * in her portal; a staff member chooses her own on her account page; a plan for a Spanish-speaking
 * client starts from the library's Spanish instructions.
 */
@QuarkusTest
class LanguageChoiceTest {

    private static Language languageOf(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> Client.<Client>findById(clientId).language);
    }

    @Test
    void theConsultantSetsTheClientsLanguageOnHerRecordAndKeepsOtherLanguagesAsANote() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = PortalFixtures.client("Rosa", PortalFixtures.unique("Vega"), consultant.id());
        WebSession session = consultant.signIn();
        Document form = session.page("/clients/" + clientId + "/edit");
        assertEquals("en", form.selectFirst("input[name=language][checked]").val());
        String version = form.selectFirst("input[name=version]").val();
        Response saved = session.post("/clients/" + clientId, "version", version, "firstName", "Rosa", "lastName", "Vega",
                "language", "es", "preferredLanguage", "interpreter: Mixteco", "consultantId",
                String.valueOf(consultant.id()));
        assertEquals(303, saved.statusCode(), saved.body().asString());
        assertEquals(Language.ES, languageOf(clientId));
        Document show = session.page("/clients/" + clientId);
        assertTrue(show.text().contains("Spanish · interpreter: Mixteco"), show.select("dl.facts").text());

        Response refused = session.post("/clients/" + clientId, "version", String.valueOf(Long.parseLong(version) + 1),
                "firstName", "Rosa", "lastName", "Vega", "language", "xx", "consultantId", String.valueOf(consultant.id()));
        assertEquals(200, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body().asString()).selectFirst("#language-error, .error-summary") != null);
        assertEquals(Language.ES, languageOf(clientId));
    }

    @Test
    void theClientChangesHerLanguageInHerPortal() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = PortalFixtures.client("Inés", PortalFixtures.unique("Mora"), consultant.id());
        WebSession her = PortalFixtures.portalAccount(clientId).signIn();
        assertEquals("en", her.page("/portal").selectFirst("html").attr("lang"));
        Document account = her.page("/account/password");
        assertTrue(account.selectFirst("form[action=/portal/language]") != null, account.select("form").outerHtml());
        Response chosen = her.post("/portal/language", "language", "es");
        assertEquals(303, chosen.statusCode());
        assertEquals(Language.ES, languageOf(clientId));
        Document home = her.page("/portal");
        assertEquals("es", home.selectFirst("html").attr("lang"));
        assertTrue(home.text().contains("Desde ahora su portal está en español."), home.text());
        assertEquals(400, her.post("/portal/language", "language", "fr").statusCode());
        assertEquals(Language.ES, languageOf(clientId));
    }

    @Test
    void aStaffMemberChoosesTheLanguageOfHerPages() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        assertEquals(303, session.post("/account/language", "language", "es").statusCode());
        assertEquals(Language.ES, QuarkusTransaction.requiringNew().call(
                () -> Account.<Account>findById(consultant.id()).language));
        Document clients = session.page("/clients");
        assertEquals("es", clients.selectFirst("html").attr("lang"));
        assertEquals("Clientas", clients.selectFirst("h1").text());
        assertEquals(400, session.post("/account/language", "language", "<script>").statusCode());
    }

    @Test
    void aPlanForASpanishSpeakingClientStartsFromTheSpanishInstructions() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = CarePlanFixtures.client("Lupe");
        QuarkusTransaction.requiringNew().run(() -> Client.<Client>findById(clientId).language = Language.ES);
        Strategy breathing = QuarkusTransaction.requiringNew().call(() -> Strategy.<Strategy>findById(1L));
        assertTrue(breathing.hasSpanish(), "V70 gives the seeded strategies their Spanish");
        WebSession session = consultant.signIn();
        Document fresh = session.page("/clients/" + clientId + "/careplans/new");
        assertEquals("Plan de cuidado para la bajada de la leche", fresh.selectFirst("input#title").val());
        Response added = session.post("/clients/" + clientId + "/careplans", "title", "Plan", "periodStart",
                LocalDate.now().toString(), "periodEnd", "", "version", "0", "addOtherActivity", "1", "otherStrategy", "1");
        Document page = Jsoup.parse(added.body().asString());
        String instructions = page.selectFirst("textarea[name=activityInstructions]").wholeText();
        assertEquals(breathing.instructionsEs.strip(), instructions.strip());
        assertEquals("Antes y durante cada toma o extracción", page.selectFirst("input[name=activityFrequency]").val());

        // an English-speaking client's plan starts from the English text
        long english = CarePlanFixtures.client("Lucy");
        Document other = Jsoup.parse(session.post("/clients/" + english + "/careplans", "title", "Plan", "periodStart",
                LocalDate.now().toString(), "periodEnd", "", "version", "0", "addOtherActivity", "1", "otherStrategy", "1")
                .body().asString());
        assertEquals(breathing.instructions.strip(), other.selectFirst("textarea[name=activityInstructions]").wholeText().strip());
    }

    @Test
    void theLibraryMarksAStrategyWithoutSpanish() {
        long id = PortalFixtures.strategy(PortalFixtures.unique("Humming"), clinic.letdown.strategy.StrategyCategory.RELAXATION);
        Document library = TestAccounts.consultant().signIn().page("/strategies?show=all&q=Humming");
        assertTrue(library.select("a[href=/strategies/" + id + "] ~ .no-spanish").size() == 1, library.select("table").outerHtml());
        Document seeded = TestAccounts.consultant().signIn().page("/strategies/1");
        assertTrue(seeded.select(".no-spanish").isEmpty());
        assertTrue(seeded.text().contains("Respiración profunda"));
    }
}
