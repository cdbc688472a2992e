package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** A page is in the signed-in person's language, or before sign-in in the one chosen or the browser's. */
@QuarkusTest
class LanguageTest {

    @Test
    void aSpanishSpeakingConsultantReadsHerPagesInSpanish() {
        TestAccounts.Created maria = TestAccounts.consultant();
        TestAccounts.speaks(maria, Language.ES);
        Document list = WebSession.signIn(maria).page("/clients");
        assertEquals("es", list.selectFirst("html").attr("lang"));
        assertTrue(list.select("select[name=status] option").eachText().contains("Activa"), list.select("select").outerHtml());
    }

    @Test
    void anEnglishSpeakingConsultantKeepsEnglish() {
        Document list = WebSession.signIn(TestAccounts.consultant()).accepting("es").page("/clients");
        assertEquals("en", list.selectFirst("html").attr("lang"));
        assertTrue(list.select("select[name=status] option").eachText().contains("Active"));
    }

    @Test
    void beforeSignInTheBrowsersLanguageOrTheChosenOne() {
        assertEquals("es", WebSession.anonymous().accepting("es-MX,es;q=0.9,en;q=0.8").page("/login").selectFirst("html").attr("lang"));
        assertEquals("en", WebSession.anonymous().accepting("fr-FR,de;q=0.9").page("/login").selectFirst("html").attr("lang"));
        WebSession visitor = WebSession.anonymous().accepting("en-US");
        Response chosen = visitor.get("/language/es?return=/login");
        assertEquals(303, chosen.statusCode());
        assertTrue(chosen.header("Location").endsWith("/login"));
        assertEquals("es", visitor.page("/login").selectFirst("html").attr("lang"));
    }

    @Test
    void theLanguageLinkGoesBackOnlyToThisApp() {
        for (String elsewhere : new String[] { "//evil.example/", "https://evil.example/", "/\\evil.example", "x" }) {
            Response answer = WebSession.anonymous().get("/language/en?return=" + elsewhere);
            assertTrue(answer.header("Location").endsWith("/login"), elsewhere + " -> " + answer.header("Location"));
        }
        assertEquals(404, WebSession.anonymous().get("/language/xx").statusCode());
    }

    @Test
    void validationMessagesFollowThePersonsLanguageNotTheBrowsers() {
        TestAccounts.Created maria = TestAccounts.consultant();
        TestAccounts.speaks(maria, Language.ES);
        WebSession session = WebSession.signIn(maria).accepting("en-US");
        Response refused = session.post("/clients", "firstName", "", "lastName", "", "babyName", "");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().asString().contains("Escriba el nombre."), refused.body().asString());
    }
}
