package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;

/**
 * Issue 24 in a browser: a new client fills her intake and signs two consents on her phone; the
 * consultant opens the first visit's charting form and sees the intake's summary with its flags.
 */
@QuarkusTest
class IntakeBrowserTest extends BrowserTest {

    private void choose(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    private void sign(String kind, String name) throws Exception {
        visit("/portal/consents/" + kind);
        assertNoHorizontalScroll();
        type("typedName", name);
        field("agree").click();
        screenshot("consent-" + kind + "-phone");
        submit("form[action='/portal/consents/" + kind + "']");
        assertEquals("/portal/consents", path());
    }

    @Test
    void aNewClientFillsHerIntakeAndSignsOnHerPhoneAndTheConsultantSeesTheSummary() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Ines", ChartingFixtures.uniqueSurname("Intake"), consultant.id(), "Iker");
        TestAccounts.Created portal = PortalFixtures.portalAccount(client.id);

        driver.manage().window().setSize(PHONE);
        signIn(portal.username(), portal.password());
        assertEquals("/portal", path());
        clickAndWaitForNextPage(driver.findElement(By.cssSelector(".intake-offer a")));
        assertEquals("/portal/intake", path());
        checkAccessibility();
        assertNoHorizontalScroll();
        screenshotForDocs("portal-intake-phone");

        visit("/portal/intake/birth");
        choose("birthMode", "UNPLANNED_CAESAREAN");
        type("gestationWeeks", "38");
        choose("bloodLossOver500", "YES");
        assertNoHorizontalScroll();
        screenshotForDocs("portal-intake-birth-phone");
        submit("form.intake-form");
        assertEquals("/portal/intake/feeding", path(), "on to the next part");
        checkAccessibility();
        driver.findElement(By.cssSelector("input[name=feedingMethods][value=BREAST]")).click();
        driver.findElement(By.cssSelector("input[name=feedingMethods][value=FORMULA]")).click();
        type("supplementMlPerDay", "90");
        submit("form.intake-form");
        assertEquals("/portal/intake/breast", path());

        visit("/portal/intake/mood");
        choose("phqInterest", "2");
        choose("phqDown", "1");
        assertNoHorizontalScroll();
        screenshot("portal-intake-mood-phone");
        submit("form.intake-form");
        assertEquals("/portal/intake", path());
        submit("form[action='/portal/intake/submit']");
        assertEquals("/portal", path());
        assertTrue(driver.findElements(By.cssSelector(".intake-offer")).isEmpty(), "no longer offered once sent");

        sign("care", client.fullName());
        sign("physician-sharing", client.fullName());
        checkAccessibility();
        assertEquals(2, driver.findElements(By.cssSelector(".consent-line .tag.ok")).size());
        assertNoHorizontalScroll();
        screenshotForDocs("portal-consents-phone");
        signOut();

        driver.manage().window().setSize(DESKTOP);
        signIn(consultant.username(), consultant.password());
        visit("/clients/" + client.id + "/consultations/new");
        WebElement summary = driver.findElement(By.cssSelector(".intake-summary"));
        String text = summary.getText();
        assertTrue(text.contains("Mood screen (PHQ-2) score 3 of 6"), text);
        assertTrue(text.contains("Blood loss over 500 ml at birth"), text);
        assertTrue(text.contains("Supplements: 90 ml a day."), text);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", summary);
        screenshotForDocs("charting-intake-summary");
        visit("/clients/" + client.id);
        assertTrue(driver.findElement(By.cssSelector(".consents-given")).getText().contains("Sharing with the baby's physician"));
        screenshot("client-intake-consents");
    }
}
