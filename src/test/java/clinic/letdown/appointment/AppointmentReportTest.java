package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /admin/reports/appointments: counts by status per consultant and month, no-show, late cancellations, utilisation; CSV. */
@QuarkusTest
class AppointmentReportTest {

    @Test
    void theFiguresOfOneConsultantsWeek() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        AppointmentFixtures.worksEveryDay(consultant.id(), LocalTime.of(9, 0), LocalTime.of(13, 0));
        Client ada = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Rep"), consultant.id(), "Kit");
        long type = AppointmentFixtures.type("Follow-up", 60, VisitKind.FOLLOW_UP, false, false);
        long home = AppointmentFixtures.location("Home", LocationKind.HOME_VISIT);
        LocalDate day = AppointmentFixtures.futureDay(6);
        long done = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, AppointmentFixtures.at(day, 9, 0));
        long missed = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, AppointmentFixtures.at(day, 10, 0));
        long late = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, AppointmentFixtures.at(day, 11, 0));
        AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, AppointmentFixtures.at(day, 12, 0));
        QuarkusTransaction.requiringNew().run(() -> {
            Appointment.update("status = ?1 where id = ?2", AppointmentStatus.COMPLETED, done);
            Appointment.update("status = ?1 where id = ?2", AppointmentStatus.NO_SHOW, missed);
            Appointment.update("status = ?1, cancelledAt = ?2 where id = ?3", AppointmentStatus.CANCELLED,
                    AppointmentFixtures.at(day, 8, 0), late);
        });

        WebSession admin = TestAccounts.admin().signIn();
        String query = "?from=" + day + "&to=" + day + "&consultant=" + consultant.id();
        Document page = admin.page("/admin/reports/appointments" + query);
        Element rates = page.selectFirst("#appointment-rates");
        List<String> row = rates.select("tbody tr").get(0).select("td, th").eachText();
        // 4 appointments; 1 no-show (25%), 1 cancelled 3 hours before (late: 25%); 3 hours booked of 4 working
        assertEquals(List.of("4", "25.0", "25.0", "3.0", "4.0", "75.0"), row.subList(1, 7), row.toString());
        List<String> byStatus = page.selectFirst("#appointments-by-status").select("tbody tr").get(0).select("td, th")
                .eachText();
        assertEquals(List.of("1", "0", "1", "1", "1", "4"), byStatus.subList(2, 8), byStatus.toString());
        assertTrue(!page.text().contains(ada.lastName), "aggregates only");

        Response csv = admin.get("/admin/reports/appointment-rates.csv" + query);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().asString().contains("4,25.0,25.0,3.0,4.0,75.0"), csv.body().asString());
    }

    /** Utilisation counts only the hours she could work: her time off comes out of her working hours. */
    @Test
    void timeOffComesOutOfTheWorkingHours() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        // a split day, 5 hours: 09:00-12:00 and 13:00-15:00, every day; a week of it is 35 hours
        AppointmentFixtures.worksEveryDay(consultant.id(), LocalTime.of(9, 0), LocalTime.of(12, 0));
        AppointmentFixtures.worksEveryDay(consultant.id(), LocalTime.of(13, 0), LocalTime.of(15, 0));
        LocalDate day = AppointmentFixtures.futureDay(7);
        // the part in the week: 09:00-10:00 on the first day (1 hour)
        AppointmentFixtures.timeOff(consultant.id(), AppointmentFixtures.at(day.minusDays(1), 10, 0),
                AppointmentFixtures.at(day, 10, 0));
        // a whole day (5 hours)
        AppointmentFixtures.timeOff(consultant.id(), AppointmentFixtures.at(day.plusDays(1), 0, 0),
                AppointmentFixtures.at(day.plusDays(2), 0, 0));
        // 11:00-14:00 across her lunch hour: 2 working hours
        AppointmentFixtures.timeOff(consultant.id(), AppointmentFixtures.at(day.plusDays(4), 11, 0),
                AppointmentFixtures.at(day.plusDays(4), 14, 0));
        // after the week: not counted
        AppointmentFixtures.timeOff(consultant.id(), AppointmentFixtures.at(day.plusDays(7), 9, 0),
                AppointmentFixtures.at(day.plusDays(7), 15, 0));
        Client ada = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Off"), consultant.id(), "Kit");
        long type = AppointmentFixtures.type("Follow-up", 60, VisitKind.FOLLOW_UP, false, false);
        long home = AppointmentFixtures.location("Home", LocationKind.HOME_VISIT);
        AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, AppointmentFixtures.at(day, 10, 0));
        AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, AppointmentFixtures.at(day.plusDays(2), 13, 0));

        WebSession admin = TestAccounts.admin().signIn();
        String query = "?from=" + day + "&to=" + day.plusDays(6) + "&consultant=" + consultant.id();
        List<String> row = admin.page("/admin/reports/appointments" + query).selectFirst("#appointment-rates")
                .select("tbody tr").get(0).select("td, th").eachText();
        // 35 - 1 - 5 - 2 = 27 working hours; 2 booked: 7.4%
        assertEquals(List.of("2", "2.0", "27.0", "7.4"), List.of(row.get(1), row.get(4), row.get(5), row.get(6)),
                row.toString());
    }
}
