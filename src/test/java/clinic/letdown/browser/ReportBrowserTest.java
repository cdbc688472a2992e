package clinic.letdown.browser;

import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.report.ReportData;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Formats;

/**
 * Scenario 5: after an initial consultation with STRESS 7 and PAIN 5, a follow-up records STRESS 3
 * and PAIN 1; the admin's report shows the improvement of both, the most assigned strategies and
 * the caseload, and exports it as CSV. The clinical data is written straight into the database.
 */
@QuarkusTest
class ReportBrowserTest extends BrowserTest {

    @Test
    void adminSeesTheImprovementStrategiesAndCaseloadAndExportsCsv() throws Exception {
        ReportData.Consultant maya = ReportData.consultant("Maya Lindqvist, IBCLC");
        long client = ReportData.client(maya.id(), ClientStatus.ACTIVE);
        ReportData.consultation(client, maya.id(), daysAgo(20, 10), ConsultationKind.INITIAL,
                Map.of(STRESS, 7, PAIN, 5));
        ReportData.consultation(client, maya.id(), daysAgo(6, 14), ConsultationKind.FOLLOW_UP,
                Map.of(STRESS, 3, PAIN, 1));
        long plan = ReportData.plan(client, maya.id(), CarePlanStatus.ACTIVE, daysAgo(20, 11));
        long breathing = ReportData.activity(plan, strategy("Deep breathing"));
        ReportData.activity(plan, strategy("Warm compresses"));
        ReportData.goal(plan, LocalDate.now(Formats.ZONE).minusDays(6).toString(), GoalStatus.ACHIEVED);
        for (int day = 19; day >= 17; day--) {
            ReportData.logEntry(client, daysAgo(day, 7), 2.0 + (day - 18) * 0.5, breathing);
            ReportData.logEntry(client, daysAgo(day, 19), 6.0 + (day - 18) * 0.5);
        }

        TestAccounts.Created admin = TestAccounts.admin();
        signIn(admin.username(), admin.password());
        visit("/admin/reports");
        new Select(field("consultant")).selectByValue(String.valueOf(maya.id()));
        submit("form.report-filter");
        checkAccessibility();
        assertTrue(mainText().contains("only the clients assigned to " + maya.name()), mainText());
        assertEquals(List.of("1", "1", "2"), table("caseload").get(maya.name()));
        assertEquals(List.of("1"), table("activity").get("New clients"));
        screenshotForDocs("admin-reports");
        phoneCheck("admin-reports-phone");

        tab("outcomes");
        checkAccessibility();
        assertEquals("/admin/reports/outcomes", path());
        assertTrue(mainText().contains("only the clients assigned to " + maya.name()), "the filter is kept");
        Map<String, List<String>> outcomes = table("outcomes");
        assertEquals(List.of("1", "7.0", "3.0", "-4.0", "0"), outcomes.get("Stress"));
        assertEquals(List.of("1", "5.0", "1.0", "-4.0", "0"), outcomes.get("Pain"));
        screenshotForDocs("admin-reports-outcomes");
        phoneCheck("admin-reports-outcomes-phone");

        tab("strategies");
        checkAccessibility();
        Map<String, List<String>> strategies = table("strategies");
        assertEquals(List.of("1", "100.0", "1"), strategies.get("Deep breathing"));
        assertEquals(List.of("1", "100.0", "1"), strategies.get("Warm compresses"));
        assertEquals(List.of("1", "3", "2.0", "0", "3", "6.0", "0"), table("strategy-letdown").get("Deep breathing"));
        screenshotForDocs("admin-reports-strategies");
        phoneCheck("admin-reports-strategies-phone");
        tab("outcomes");

        WebElement export = driver.findElement(By.cssSelector("#outcomes a.csv-link"));
        assertEquals("Download CSV of " + "Change in severity, first to latest consultation",
                export.getAttribute("textContent").trim());
        Response csv = RestAssured.given().redirects().follow(false)
                .cookies(driver.manage().getCookies().stream().collect(Collectors.toMap(Cookie::getName, Cookie::getValue)))
                .get(export.getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.header("Content-Disposition").startsWith("attachment; filename=\"letdown-report-outcomes_"));
        assertEquals("Difficulty,Clients (n),Mean at first,Mean at latest,Mean change,Resolved (n)\r\n"
                + "Stress,1,7.0,3.0,-4.0,0\r\nPain,1,5.0,1.0,-4.0,0\r\n", csv.asString());
        long exports = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                admin.username().toLowerCase(), AuditAction.EXPORT));
        assertEquals(1, exports);
    }

    private void tab(String path) {
        driver.findElement(By.cssSelector(".report-tabs a[href^='/admin/reports/" + path + "']")).click();
    }

    private void phoneCheck(String name) throws java.io.IOException {
        driver.manage().window().setSize(PHONE);
        assertNoHorizontalScroll();
        screenshot(name);
        driver.manage().window().setSize(DESKTOP);
    }

    private Map<String, List<String>> table(String id) {
        return driver.findElements(By.cssSelector("#" + id + " table tbody tr")).stream()
                .collect(Collectors.toMap(row -> row.findElement(By.cssSelector("th")).getText(),
                        row -> row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList(),
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String daysAgo(int days, int hour) {
        return LocalDateTime.now(Formats.ZONE).toLocalDate().minusDays(days).atTime(hour, 0).toString();
    }

    /** The library's strategy of that name (seeded by a migration in a full build), or a new one. */
    private static long strategy(String name) {
        Long existing = QuarkusTransaction.requiringNew().call(() -> Strategy.<Strategy>find("name", name)
                .firstResultOptional().map(s -> s.id).orElse(null));
        return existing != null ? existing : ReportData.strategy(name);
    }
}
