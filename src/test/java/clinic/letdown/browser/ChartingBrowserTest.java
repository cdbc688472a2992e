package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationForm.Difficulty;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Formats;

/** Scenario 2: the consultant creates a client with a baby and charts an initial consultation. */
@QuarkusTest
class ChartingBrowserTest extends BrowserTest {

    @Test
    void consultantCreatesAClientAndChartsTheInitialConsultation() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client amara = ChartingFixtures.client("Amara", "Okonkwo", consultant.id(), "Chidi Okonkwo");
        ChartingFixtures.consultation(amara.id, consultant.id(), Instant.now().minus(3, ChronoUnit.DAYS),
                List.of(new Difficulty(DifficultyFactor.FATIGUE, 8, null)), LocalDate.now(Formats.ZONE).plusDays(4));
        ChartingFixtures.client("Hannah", "Becker", consultant.id(), "Lukas Becker", "+1 555 016 4402", "h.becker@example.net");
        signIn(consultant.username(), consultant.password());
        assertEquals("/clients", path());

        visit("/clients/new");
        String last = "Reyes";
        type("firstName", "Sofia");
        type("lastName", last);
        type("phone", "+1 555 014 2233");
        type("email", "sofia.reyes@example.org");
        type("preferredLanguage", "Spanish");
        type("babyName", "Mateo Reyes");
        type("babyGestationalAgeWeeks", "39");
        type("babyBirthWeightGrams", "3350");
        screenshot("client-new");
        submit("form[action='/clients']");
        assertTrue(mainText().contains("Client Sofia Reyes created"), mainText());
        checkAccessibility();
        String clientPath = path();

        driver.findElement(By.linkText("Chart a consultation")).click();
        assertTrue(path().endsWith("/consultations/new"), path());
        checkAccessibility();
        type("reason", "Letdown slow to come; sore left nipple");
        type("subjective", "Feeds take long; she feels tense and watches the clock.");
        type("plan", "Deep breathing before feeds, warm compress, follow up in two weeks.");
        for (String[] item : List.of(new String[] {"latchLatch", "1"}, new String[] {"latchAudible", "1"},
                new String[] {"latchNipple", "2"}, new String[] {"latchComfort", "1"}, new String[] {"latchHold", "1"})) {
            driver.findElement(By.cssSelector("input[name=" + item[0] + "][value='" + item[1] + "']")).click();
        }
        assertEquals("6 / 10", field("latch-total").getText(), "the total is computed as she scores");
        type("infantWeightGrams", "3420");
        type("preFeedWeightGrams", "3420");
        type("postFeedWeightGrams", "3468");
        type("painScore", "5");
        assertEquals("48 ml", field("milk-transfer").getText());
        driver.findElement(By.cssSelector("input[name=signs][value=TINGLING]")).click();
        driver.findElement(By.cssSelector("input[name=triggers][value=BABY_CRY]")).click();
        new Select(field("factor-0")).selectByValue("STRESS");
        type("severity-0", "7");
        type("detail-0", "Worried about supply");
        new Select(field("factor-1")).selectByValue("PAIN");
        type("severity-1", "5");
        screenshotForDocs("charting-form");
        submit("form.charting");
        assertTrue(mainText().contains("charted"), mainText());
        checkAccessibility();
        assertTrue(driver.findElement(By.cssSelector(".findings")).getText().contains("6 / 10"));

        Client sofia = ChartingFixtures.findByLastName(last);
        Consultation stored = QuarkusTransaction.requiringNew().call(() -> {
            Consultation c = Consultation.find("client.id", sofia.id).firstResult();
            c.difficulties.size();
            return c;
        });
        assertEquals(6, stored.latchTotal());
        assertEquals(5, stored.painScore);
        assertEquals("TINGLING", stored.signNames);
        assertEquals(List.of(DifficultyFactor.STRESS, DifficultyFactor.PAIN),
                stored.difficulties.stream().map(d -> d.factor).toList());
        assertEquals(List.of(7, 5), stored.difficulties.stream().map(d -> d.severity).toList());

        visit(clientPath);
        String difficulties = driver.findElement(By.id("difficulties")).getText();
        assertTrue(difficulties.contains("Stress") && difficulties.contains("Pain"), difficulties);
        assertTrue(driver.findElements(By.cssSelector("#difficulties svg")).size() >= 1, "severity chart");
        screenshotForDocs("client-page");

        visit("/consultations/" + stored.id + "/report");
        assertTrue(driver.findElement(By.cssSelector("article.letter")).getText().contains("Sofia Reyes"));
        assertTrue(driver.findElement(By.cssSelector("button[data-print]")).isDisplayed(), "print button shown with JavaScript");
        screenshot("physician-report");

        visit("/clients?consultant=" + consultant.id());
        assertTrue(mainText().contains("Reyes, Sofia") && mainText().contains("Okonkwo, Amara"), mainText());
        screenshotForDocs("client-list");
        visit("/clients?q=reyes+mateo".replace('+', ' '));

        driver.manage().window().setSize(PHONE);
        for (String page : List.of(clientPath, clientPath + "/consultations/new", "/clients")) {
            visit(page);
            assertNoHorizontalScroll();
        }
        screenshot("client-page-phone");
    }
}
