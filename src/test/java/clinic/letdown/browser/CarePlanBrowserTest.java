package clinic.letdown.browser;

import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.account.AccountService;
import clinic.letdown.account.PasswordKind;
import clinic.letdown.account.Role;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanFixtures;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.support.TestAccounts;

/**
 * Scenario 3: the consultant starts a care plan. Deep breathing and warm compresses are among the
 * first three suggestions, each with its reason; she adds a goal "letdown within 2 minutes of
 * latching, due in 2 weeks", personalises the instructions, activates the plan and prints it.
 */
@QuarkusTest
class CarePlanBrowserTest extends BrowserTest {

    private static final String GOAL = "Letdown within 2 minutes of latching";
    private static final String PERSONAL_STEP = "Start as soon as Mia begins to root, before she latches.";

    @Test
    void theConsultantBuildsActivatesAndPrintsACarePlanFromTheSuggestions() throws Exception {
        String username = TestAccounts.uniqueName("maya");
        long consultantId = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(AccountService.class).get()
                .create(username, "Maya Lindqvist, IBCLC", EnumSet.of(Role.CONSULTANT), TestAccounts.PASSWORD,
                        PasswordKind.PERMANENT).id);
        long client = CarePlanFixtures.client("Lena", "Hoffmann", ClientStatus.ACTIVE);
        CarePlanFixtures.consultation(client, consultantId, 1, STRESS, 7, PAIN, 5);

        signIn(username, TestAccounts.PASSWORD);
        visit("/clients/" + client + "/careplans/new");
        assertEquals("New care plan for Lena Hoffmann", driver.findElement(By.tagName("h1")).getText());
        List<WebElement> suggestions = driver.findElements(By.cssSelector("ol.suggestions li.suggestion"));
        List<String> firstThree = suggestions.stream().limit(3)
                .map(s -> s.findElement(By.cssSelector(".suggestion-name")).getText()).toList();
        assertTrue(firstThree.contains("Deep breathing"), firstThree.toString());
        assertTrue(firstThree.contains("Warm compresses"), firstThree.toString());
        for (WebElement suggestion : suggestions.subList(0, 3)) {
            String reason = suggestion.findElement(By.cssSelector(".reason")).getText();
            assertTrue(reason.startsWith("addresses ") && reason.contains("Stress 7"), "each has its reason: " + reason);
        }

        String due = LocalDate.now().plusWeeks(2).toString();
        type("goalDescription-0", GOAL);
        type("goalTarget-0", "On 5 of 7 days, noted in the letdown log");
        setDate("goalDueOn-0", due);
        WebElement breathing = activityInstructions("Deep breathing");
        breathing.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, PERSONAL_STEP);
        screenshotForDocs("careplan-builder");

        driver.manage().window().setSize(PHONE);
        assertNoHorizontalScroll();
        screenshot("careplan-builder-phone");
        driver.manage().window().setSize(DESKTOP);

        submit("form.plan-builder");
        assertTrue(path().startsWith("/careplans/"), path());
        checkAccessibility();
        assertTrue(mainText().contains("Draft plan \"Letdown care plan\" created"), mainText());
        long planId = Long.parseLong(path().substring("/careplans/".length()));

        driver.findElement(By.xpath("//button[normalize-space()='Activate plan']")).click();
        checkAccessibility();
        assertTrue(mainText().contains("is now Active"), mainText());
        assertEquals("Active", driver.findElement(By.cssSelector("h1 .plan-status")).getText());
        screenshotForDocs("careplan-active");

        CarePlan stored = QuarkusTransaction.requiringNew().call(() -> {
            CarePlan plan = CarePlan.findById(planId);
            plan.goals.size();
            plan.activities.forEach(a -> a.strategy.name.length());
            return plan;
        });
        assertEquals(CarePlanStatus.ACTIVE, stored.status);
        assertEquals(GOAL, stored.goals.get(0).description);
        assertEquals(LocalDate.parse(due), stored.goals.get(0).dueOn);
        assertTrue(stored.activities.stream().anyMatch(a -> a.strategy.name.equals("Deep breathing")
                && a.instructions.endsWith(PERSONAL_STEP)), "the personalised instructions are stored");

        driver.findElement(By.linkText("Edit plan")).click();
        checkAccessibility();
        assertEquals(GOAL, field("goalDescription-0").getAttribute("value"));
        screenshot("careplan-edit");
        driver.findElement(By.linkText("Cancel")).click();

        driver.findElement(By.linkText("Printable copy for the client")).click();
        assertEquals("/careplans/" + planId + "/print", path());
        checkAccessibility();
        assertTrue(driver.findElement(By.id("print-button")).isDisplayed(), "the Print button appears with scripts on");
        String handout = driver.findElement(By.cssSelector("article.handout")).getText();
        assertTrue(handout.contains("Your letdown care plan"));
        assertTrue(handout.contains(GOAL));
        assertTrue(handout.contains(PERSONAL_STEP));
        assertTrue(handout.contains("Warm compresses"));
        assertTrue(handout.contains("Your consultant: Maya Lindqvist, IBCLC"));
        assertFalse(handout.contains("NEVER-PRINTED"), "no clinical notes on the client's copy");

        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "print: no navigation");
        assertFalse(driver.findElement(By.cssSelector(".handout-tools")).isDisplayed(), "print: no buttons");
        screenshotForDocs("careplan-printed");
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        driver.manage().window().setSize(PHONE);
        assertNoHorizontalScroll();
        screenshot("careplan-print-phone");
    }

    @Test
    void theLibraryIsReadableAndAnAdminCanEditIt() throws Exception {
        TestAccounts.Created admin = TestAccounts.admin();
        signIn(admin.username(), admin.password());
        visit("/strategies");
        assertTrue(driver.findElements(By.cssSelector("table.list tbody tr")).size() >= 13);
        screenshotForDocs("strategy-library");
        driver.findElement(By.linkText("Deep breathing")).click();
        checkAccessibility();
        assertTrue(mainText().contains("Instructions for the client"));
        driver.findElement(By.linkText("Edit strategy")).click();
        checkAccessibility();
        screenshot("strategy-edit");
        driver.manage().window().setSize(PHONE);
        assertNoHorizontalScroll();
        visit("/strategies");
        assertNoHorizontalScroll();
    }

    private WebElement activityInstructions(String strategy) {
        for (WebElement row : driver.findElements(By.cssSelector("fieldset.activity-row"))) {
            if (row.findElement(By.tagName("legend")).getText().contains(strategy)) {
                return row.findElement(By.tagName("textarea"));
            }
        }
        throw new AssertionError("no activity for " + strategy);
    }

    /** Date inputs take typed digits in the browser's locale order; setting the value is locale-proof. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field(id), isoDate);
    }
}
