package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Formats;

/**
 * Scenario 4: the consultant creates the client's portal account; the client signs in on her
 * phone, sees exactly her plan, logs letdown over three days (with deep breathing about 2
 * minutes, without about 6); the consultant sees the trend and that deep breathing goes with
 * faster letdown. Scenario 6: a second client signs in and can reach nothing of the first.
 */
@QuarkusTest
class PortalBrowserTest extends BrowserTest {

    /** Days ago, hour, deep breathing tried, minutes until letdown, stress. */
    private record Session(int daysAgo, int hour, boolean breathing, String minutes, String stress) {
    }

    private static final List<Session> THREE_DAYS = List.of(
            new Session(3, 8, true, "2", "3"), new Session(3, 18, false, "6", "7"),
            new Session(2, 8, true, "2.5", "3"), new Session(2, 18, false, "6.5", "6"),
            new Session(1, 8, true, "1.5", "2"), new Session(1, 18, false, "5.5", "7"));

    @Test
    void scenario4TheClientLogsLetdownOnHerPhoneAndTheConsultantSeesWhatHelps() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String lastName = PortalFixtures.unique("Reyes");
        long clientId = PortalFixtures.client("Sofia", lastName, consultant.id());
        String breathing = PortalFixtures.unique("Deep breathing");
        String compresses = PortalFixtures.unique("Warm compresses");
        String title = "Calmer, quicker letdown";
        long planId = PortalFixtures.plan(clientId, consultant.id(), title, CarePlanStatus.ACTIVE,
                LocalDate.now(Formats.ZONE).minusDays(5), "Letdown within 2 minutes of latching");
        long breathingId = PortalFixtures.activity(planId, PortalFixtures.strategy(breathing, StrategyCategory.RELAXATION),
                "Before you latch Mia on, breathe in slowly through your nose for 4 counts and out through your mouth for 6. Do it five times.",
                "before every feed", 0);
        PortalFixtures.activity(planId, PortalFixtures.strategy(compresses, StrategyCategory.COMFORT),
                "Hold a warm, damp cloth on each breast for 5 minutes before the morning feed.", "every morning", 1);

        // the consultant opens her portal account
        signIn(consultant.username(), consultant.password());
        visit("/clients/" + clientId + "/portal-account");
        String username = TestAccounts.uniqueName("sofia");
        type("username", username);
        submit("form[action='/clients/" + clientId + "/portal-account']");
        String temporary = field("new-password").getText();
        assertTrue(temporary.length() >= 12, temporary);
        checkAccessibility();
        screenshotForDocs("portal-account-created");
        signOut();

        // on her phone she signs in, chooses her password and sees exactly her plan
        driver.manage().window().setSize(PHONE);
        signIn(username, temporary);
        assertEquals("/account/password", path());
        type("currentPassword", temporary);
        type("newPassword", "sofia-own-password-1");
        type("confirmPassword", "sofia-own-password-1");
        submit("form[action='/account/password']");
        assertEquals("/portal", path());
        checkAccessibility();
        assertNoHorizontalScroll();
        assertEquals("Your plan: " + title, driver.findElement(By.id("plan-heading")).getText());
        assertEquals(List.of(breathing, compresses), driver.findElements(By.cssSelector(".portal-activities h4"))
                .stream().map(WebElement::getText).toList());
        assertTrue(mainText().contains("breathe in slowly through your nose for 4 counts"));
        assertTrue(mainText().contains("Letdown within 2 minutes of latching"));
        assertTrue(mainText().contains("Test consultant"));
        screenshotForDocs("portal-home");

        // she logs six sessions over three days, with and without deep breathing
        for (int i = 0; i < THREE_DAYS.size(); i++) {
            Session session = THREE_DAYS.get(i);
            visit("/portal/log");
            assertNoHorizontalScroll();
            LocalDateTime when = LocalDate.now(Formats.ZONE).minusDays(session.daysAgo()).atTime(session.hour(), 0);
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field("occurredAt"),
                    Formats.inputValue(when));
            type("minutes", session.minutes());
            if (session.breathing()) {
                driver.findElement(By.xpath("//input[@name='activities' and @value='" + breathingId + "']/..")).click();
            }
            driver.findElement(By.xpath("//input[@name='stress' and @value='" + session.stress() + "']/..")).click();
            driver.findElement(By.xpath("//input[@name='pain' and @value='2']/..")).click();
            driver.findElement(By.xpath("//input[@name='signs' and @value='TINGLING']/..")).click();
            if (i == 0) {
                assertTouchSized();
                screenshotForDocs("portal-log-form");
            }
            submit("form[action='/portal/log']");
            assertEquals("/portal/log", path());
            assertTrue(driver.findElement(By.cssSelector(".flash")).getText().startsWith("Saved: "));
        }
        long stored = QuarkusTransaction.requiringNew().call(() -> LetdownLogEntry.count("client.id", clientId));
        assertEquals(6, stored);
        checkAccessibility();
        assertNoHorizontalScroll();
        driver.findElement(By.cssSelector(".trend-data summary")).click();
        assertEquals(6, driver.findElements(By.cssSelector(".trend-data tbody tr")).size());
        assertEquals(6, driver.findElements(By.cssSelector("svg[aria-labelledby^=trend-minutes] circle")).size());
        String helps = driver.findElement(By.cssSelector("table.comparison")).getText();
        assertTrue(helps.contains("Letdown came 4.0 min faster when you tried it."), helps);
        assertNoHorizontalScroll();
        screenshotForDocs("portal-log-charts");

        for (String page : new String[] {"/portal/learn", "/portal/plans/" + planId}) {
            visit(page);
            assertNoHorizontalScroll();
        }
        screenshot("portal-plan");
        visit("/portal/learn");
        screenshotForDocs("portal-learn");
        signOut();

        // the consultant sees the trend and that deep breathing goes with faster letdown for her
        driver.manage().window().setSize(DESKTOP);
        signIn(consultant.username(), consultant.password());
        visit("/clients/" + clientId + "/letdown-log");
        String trend = driver.findElement(By.cssSelector("table.comparison")).getText();
        assertTrue(trend.contains(breathing), trend);
        assertTrue(trend.contains("2.0 min median, 3 sessions timed"), trend);
        assertTrue(trend.contains("6.0 min median, 3 sessions timed"), trend);
        assertTrue(trend.contains("Letdown came 4.0 min faster when she tried it."), trend);
        assertEquals(6, driver.findElements(By.cssSelector(".log-entry")).size());
        screenshotForDocs("consultant-letdown-trends");
    }

    @Test
    void scenario6ASecondClientReachesNothingOfTheFirst() throws Exception {
        PortalFixtures.Family first = PortalFixtures.family();
        PortalFixtures.entry(first.clientId(), java.time.Instant.now().minusSeconds(7200), 2.0, 3, 1, first.breathingId());
        PortalFixtures.Family second = PortalFixtures.family();
        List<String> secrets = List.of(first.firstName(), first.planTitle(), first.goalDescription(), first.breathingName());

        driver.manage().window().setSize(PHONE);
        signIn(second.portal().username(), second.portal().password());
        assertEquals("/portal", path());
        checkAccessibility();
        assertTrue(mainText().contains(second.planTitle()));
        for (String page : new String[] {"/portal", "/portal/log", "/portal/learn"}) {
            visit(page);
            assertNoHorizontalScroll();
            assertRevealsNothing(secrets);
        }
        visit("/portal/plans/" + first.planId());
        assertTrue(mainText().contains("We cannot find that page"), mainText());
        assertRevealsNothing(secrets);
        assertNoHorizontalScroll();
        screenshotForDocs("portal-other-clients-plan");
        for (String page : new String[] {"/clients/" + first.clientId() + "/letdown-log",
                "/clients/" + first.clientId() + "/portal-account", "/clients/" + first.clientId()}) {
            driver.get(url(page));
            String text = mainText();
            assertTrue(text.contains("You do not have access to this page") || text.contains("We cannot find that page"),
                    page + ": " + text);
            assertRevealsNothing(secrets);
        }
    }

    private void assertRevealsNothing(List<String> secrets) {
        String html = driver.getPageSource();
        for (String secret : secrets) {
            assertFalse(html.contains(secret), driver.getCurrentUrl() + " reveals " + secret);
        }
    }

    /** Every control of the log form is at least 44 px tall: easy to hit with a thumb. */
    private void assertTouchSized() {
        for (WebElement control : driver.findElements(By.cssSelector(
                "form[action='/portal/log'] .scale-option span:not(.visually-hidden), form[action='/portal/log'] .choice,"
                        + " form[action='/portal/log'] input[type=text], form[action='/portal/log'] input[type=datetime-local],"
                        + " form[action='/portal/log'] button"))) {
            assertTrue(control.getSize().getHeight() >= 44, control.getTagName() + " " + control.getText()
                    + " is " + control.getSize().getHeight() + " px tall");
        }
    }
}
