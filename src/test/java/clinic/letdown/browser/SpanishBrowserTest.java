package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;

/**
 * A Spanish-speaking client on her phone (375 px): her portal home, the log form and her printed
 * plan are in Spanish, with {@code lang="es"}, and axe-core finds nothing serious (it checks lang).
 * The English-speaking consultant prints her plan: the handout is in the client's language.
 */
@QuarkusTest
class SpanishBrowserTest extends BrowserTest {

    /** The seeded "Deep breathing" strategy (V20), with its Spanish from V70. */
    private static final long DEEP_BREATHING = 1;

    @Test
    void aSpanishSpeakingClientReadsHerPortalLogAndPrintedPlanInSpanish() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = PortalFixtures.client("Lucía", PortalFixtures.unique("Fernández"), consultant.id());
        QuarkusTransaction.requiringNew().run(() -> Client.<Client>findById(clientId).language = Language.ES);
        long planId = PortalFixtures.plan(clientId, consultant.id(), "Una bajada de la leche más tranquila",
                CarePlanStatus.ACTIVE, LocalDate.now(Formats.ZONE).minusDays(3), "Que la leche baje en 2 minutos");
        PortalFixtures.activity(planId, DEEP_BREATHING,
                "Siéntese cómodamente y deje caer los hombros.\nTome aire despacio por la nariz mientras cuenta hasta cuatro.",
                "Antes de cada toma", 0);
        TestAccounts.Created portal = PortalFixtures.portalAccount(clientId);

        driver.manage().window().setSize(PHONE);
        signIn(portal.username(), portal.password());
        assertEquals("/portal", path());
        checkAccessibility();
        assertEquals("es", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(mainText().startsWith("Hola, Lucía"), mainText());
        assertTrue(mainText().contains("Respiración profunda"), "the strategy's Spanish name: " + mainText());
        assertTrue(mainText().contains("Anotar una toma o una extracción"), mainText());
        assertNoHorizontalScroll();
        screenshotForDocs("es-portal-home-375");

        visit("/portal/log");
        assertEquals("es", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(mainText().contains("Minutos hasta la bajada de la leche"), mainText());
        assertTrue(mainText().contains("¿Qué probó antes?"), mainText());
        assertNoHorizontalScroll();
        screenshot("es-log-form-375");
        type("minutes", "2.5");
        driver.findElement(By.cssSelector("input[name=feedKind][value=FEEDING]")).click();
        submit("form[action='/portal/log']");
        assertEquals("/portal/log", path());
        checkAccessibility();
        assertTrue(mainText().contains("Guardado:"), mainText());
        screenshotForDocs("es-log-saved-375");
        signOut();

        // her English-speaking consultant prints the plan for her: the handout is in Spanish
        signIn(consultant.username(), consultant.password());
        visit("/careplans/" + planId + "/print");
        assertEquals("es", driver.findElement(By.tagName("html")).getAttribute("lang"));
        String handout = driver.findElement(By.cssSelector(".handout")).getText();
        assertTrue(handout.contains("Su plan de cuidado para la bajada de la leche"), handout);
        assertTrue(handout.contains("Qué hacer") && handout.contains("Respiración profunda"), handout);
        assertNoHorizontalScroll();
        screenshotForDocs("es-printed-plan-375");
    }
}
