package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.Client;
import clinic.letdown.growth.GrowthFixtures;
import clinic.letdown.support.TestAccounts;

/** The growth section of the client's page in a browser: the flag, the chart over the WHO centiles, a weigh-in. */
@QuarkusTest
class GrowthBrowserTest extends BrowserTest {

    @Test
    void theConsultantSeesTheFlagAndRecordsAWeighIn() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = GrowthFixtures.client(consultant.id(), "Nneka Okonkwo", BabySex.FEMALE, 12, 3200, 39);
        GrowthFixtures.weighIn(client, consultant.id(), 3, 3020);
        GrowthFixtures.weighIn(client, consultant.id(), 5, 2940); // 8.1% below birth weight
        long babyId = client.babies.get(0).id;
        signIn(consultant.username(), consultant.password());

        visit("/clients/" + client.id);
        WebElement alerts = driver.findElement(By.cssSelector(".growth-alerts"));
        assertTrue(alerts.getText().contains("8.1% below birth weight (more than 7%): review feeding."), alerts.getText());
        WebElement section = driver.findElement(By.id("growth-" + babyId));
        assertEquals(5, section.findElements(By.cssSelector("svg g.centile")).size());
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", section);
        screenshotForDocs("client-growth");

        section.findElement(By.partialLinkText("Record a weigh-in")).click();
        assertTrue(path().endsWith("/babies/" + babyId + "/weights/new"), path());
        checkAccessibility();
        type("grams", "3150");
        submit("form[action$='/weights']");
        assertTrue(mainText().contains("3,150 g"), mainText());
        assertTrue(driver.findElements(By.cssSelector(".growth-alerts")).isEmpty(), "back above 7% below birth weight");

        driver.manage().window().setSize(PHONE);
        visit("/clients/" + client.id);
        assertNoHorizontalScroll();
    }
}
