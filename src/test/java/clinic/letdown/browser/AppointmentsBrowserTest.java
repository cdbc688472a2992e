package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.appointment.AppointmentFixtures;
import clinic.letdown.appointment.LocationKind;
import clinic.letdown.appointment.VisitKind;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;

/**
 * A consultant books the follow-up a charted visit asks for; the client sees it on her phone and
 * cancels it; the slot is free again on the consultant's calendar. Screenshots of the week, the day
 * on a phone and the client's appointments page.
 */
@QuarkusTest
class AppointmentsBrowserTest extends BrowserTest {

    @Test
    void aFollowUpIsBookedSeenByTheClientOnHerPhoneAndCancelled() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        AppointmentFixtures.worksEveryDay(consultant.id(), LocalTime.of(9, 0), LocalTime.of(17, 0));
        long followUpType = AppointmentFixtures.type("Follow-up", 60, VisitKind.FOLLOW_UP, true, false);
        AppointmentFixtures.location("Room", LocationKind.ROOM);
        LocalDate day = AppointmentFixtures.futureDay(3);
        Client ada = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Brow"), consultant.id(), "Kit", null,
                "ada.browser@example.org");
        long visit = ChartingFixtures.consultation(ada.id, consultant.id(), java.time.Instant.now().minusSeconds(3600),
                List.of(), day).id;
        TestAccounts.Created portal = PortalFixtures.portalAccount(ada.id);

        signIn(consultant.username(), consultant.password());
        visit("/consultations/" + visit);
        clickAndWaitForNextPage(driver.findElement(By.partialLinkText("Book the follow-up")));
        checkAccessibility();
        assertEquals(day.toString(), field("day").getAttribute("value"));
        assertEquals(String.valueOf(followUpType), new Select(field("typeId")).getFirstSelectedOption().getAttribute("value"));
        WebElement time = field("time");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = '10:00'", time);
        submit("form[action$='/appointments']");
        assertTrue(path().startsWith("/appointments/"), path());
        assertTrue(mainText().contains(ada.fullName()), mainText());

        visit("/schedule?date=" + day + "&view=week");
        assertTrue(mainText().contains("10:00–11:00"), mainText());
        screenshotForDocs("schedule-week");
        visit("/schedule?date=" + day + "&view=week&consultant=all");
        assertTrue(mainText().contains("1 booked"), mainText());
        screenshotForDocs("schedule-everyone-week");

        driver.manage().window().setSize(PHONE);
        visit("/schedule?date=" + day);
        assertNoHorizontalScroll();
        screenshotForDocs("schedule-day-phone");
        signOut();

        signIn(portal.username(), portal.password());
        visit("/portal/appointments");
        assertNoHorizontalScroll();
        WebElement card = driver.findElement(By.cssSelector(".appointment-card"));
        assertTrue(card.getText().contains(consultant.username()) || card.getText().contains("Room"), card.getText());
        screenshotForDocs("portal-appointments-phone");
        clickAndWaitForNextPage(card.findElement(By.cssSelector("form[action$='/cancel'] button")));
        assertTrue(mainText().contains("Appointment cancelled."), mainText());
        assertTrue(driver.findElements(By.cssSelector(".appointment-card")).isEmpty());
        signOut();

        driver.manage().window().setSize(DESKTOP);
        signIn(consultant.username(), consultant.password());
        visit("/schedule?date=" + day);
        String dayText = driver.findElement(By.cssSelector(".schedule-day")).getText();
        assertTrue(dayText.contains("09:00–17:00"), "the slot is free again: " + dayText);
    }
}
