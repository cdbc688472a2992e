package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** A split day (09:00-12:00 and 13:00-17:00): set in /admin/schedule, shown, booked around, never in the gap. */
@QuarkusTest
class SplitDayTest {

    /** Wednesdays: the day AppointmentFixtures.futureDay falls on. */
    static final String WEDNESDAY = "3";

    final TestAccounts.Created consultant = TestAccounts.consultant();
    private WebSession admin;

    @Test
    void anAdminGivesADayTwoStretchesAndOverlappingOnesAreRefused() {
        Response overlapping = saveWednesday("09:00", "12:00", "11:00", "15:00");
        assertEquals(200, overlapping.statusCode());
        Document again = Jsoup.parse(overlapping.body().asString());
        assertTrue(again.select(".hours-row").text().contains("This stretch overlaps another one of the same day"),
                again.select(".hours-row").text());
        assertEquals("11:00", again.selectFirst("#start-3-2").val(), "what she typed is kept");
        assertEquals("15:00", again.selectFirst("#end-3-2").val());
        assertEquals(List.of(), stored(), "nothing saved");

        assertEquals(303, saveWednesday("13:00", "17:00", "09:00", "12:00").statusCode());
        assertEquals(List.of("3 09:00-12:00", "3 13:00-17:00"), stored());
        Document page = admin.page("/admin/schedule?consultant=" + consultant.id());
        assertEquals("09:00", page.selectFirst("#start-3-1").val());
        assertEquals("12:00", page.selectFirst("#end-3-1").val());
        assertEquals("13:00", page.selectFirst("#start-3-2").val());
        assertEquals("", page.selectFirst("#start-3-3").val(), "an empty row to add a third stretch");
        assertEquals("", page.selectFirst("#start-1-2").val(), "two empty rows on a day off");
    }

    @Test
    void theGapIsNeitherFreeNorBookableAndTheStretchesAre() {
        assertEquals(303, saveWednesday("09:00", "12:00", "13:00", "17:00").statusCode());
        LocalDate day = AppointmentFixtures.futureDay(1);
        WebSession colleague = TestAccounts.consultant().signIn();
        String calendar = colleague.page("/schedule?date=" + day + "&consultant=" + consultant.id()).select(".schedule-day")
                .text();
        assertTrue(calendar.contains("09:00–12:00") && calendar.contains("13:00–17:00"), calendar);
        assertFalse(calendar.contains("12:00–13:00"), "the lunch hour is not free time: " + calendar);

        Client ada = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Split"), consultant.id(), "Kit");
        long check = AppointmentFixtures.type("Check", 30, VisitKind.PHONE, false, false);
        long hour = AppointmentFixtures.type("Hour", 60, VisitKind.FOLLOW_UP, false, false);
        long home = AppointmentFixtures.location("Home", LocationKind.HOME_VISIT);
        for (String[] refused : List.of(new String[] {String.valueOf(check), "12:00"},
                new String[] {String.valueOf(hour), "11:30"})) {
            Response answer = book(colleague, ada, refused[0], home, day, refused[1]);
            assertEquals(200, answer.statusCode(), refused[1]);
            Document form = Jsoup.parse(answer.body().asString());
            assertTrue(form.selectFirst(".error-summary").text().contains("outside the consultant's working hours"),
                    form.selectFirst(".error-summary").text());
            assertEquals(refused[1], form.selectFirst("input[name=time]").val(), "the typed time is kept");
            assertEquals(day.toString(), form.selectFirst("input[name=day]").val());
        }
        assertEquals(List.of(), AppointmentFixtures.ofConsultantOn(consultant.id(), day));
        assertEquals(303, book(colleague, ada, String.valueOf(hour), home, day, "11:00").statusCode());
        assertEquals(303, book(colleague, ada, String.valueOf(hour), home, day, "13:00").statusCode());
        assertEquals(2, AppointmentFixtures.ofConsultantOn(consultant.id(), day).size());
    }

    @Test
    void theClientIsOfferedStartsInBothStretchesAndNoneAcrossTheGap() {
        assertEquals(303, saveWednesday("09:00", "12:00", "13:00", "17:00").statusCode());
        long followUp = AppointmentFixtures.type("Split follow-up", 60, VisitKind.FOLLOW_UP, true, false);
        AppointmentFixtures.location("Split room", LocationKind.ROOM);
        Client bea = ChartingFixtures.client("Bea", ChartingFixtures.uniqueSurname("Split"), consultant.id(), "Kit");
        WebSession her = PortalFixtures.portalAccount(bea.id).signIn();
        List<LocalTime> offered = her.page("/portal/appointments?type=" + followUp)
                .select("form[action=/portal/appointments] input[name=start]").eachAttr("value").stream()
                .map(v -> Instant.parse(v).atZone(Formats.ZONE).toLocalTime()).toList();
        assertTrue(offered.contains(LocalTime.of(11, 0)) && offered.contains(LocalTime.of(13, 0)), offered.toString());
        for (LocalTime start : offered) {
            assertTrue(!start.plusMinutes(60).isAfter(LocalTime.of(12, 0)) || !start.isBefore(LocalTime.of(13, 0)),
                    "an hour from " + start + " runs into the gap");
        }
    }

    @Test
    void stretchesThatTouchAreOneSpanSoAnAppointmentMayRunAcrossTheJoin() {
        LocalDate day = AppointmentFixtures.futureDay(2);
        List<WorkingHours> week = new java.util.ArrayList<>(DaylightSavingTest.hours(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        week.addAll(DaylightSavingTest.hours(LocalTime.of(12, 0), LocalTime.of(17, 0)));
        assertEquals(List.of(new Availability.Span(AppointmentFixtures.at(day, 9, 0), AppointmentFixtures.at(day, 17, 0))),
                Availability.workingSpans(day, week, Formats.ZONE));
        assertEquals(null, Availability.check(AppointmentFixtures.at(day, 11, 30), AppointmentFixtures.at(day, 12, 30), week,
                List.of(), Formats.ZONE));
    }

    private Response saveWednesday(String start1, String end1, String start2, String end2) {
        if (admin == null) {
            admin = TestAccounts.admin().signIn();
        }
        return admin.post("/admin/schedule/hours", "consultant", String.valueOf(consultant.id()),
                "weekdays", WEDNESDAY, "starts", start1, "ends", end1, "weekdays", WEDNESDAY, "starts", start2, "ends", end2,
                "weekdays", "1", "starts", "", "ends", "");
    }

    private Response book(WebSession session, Client client, String typeId, long locationId, LocalDate day,
            String time) {
        return session.post("/clients/" + client.id + "/appointments", "typeId", typeId, "consultantId",
                String.valueOf(consultant.id()), "locationId", String.valueOf(locationId), "day", day.toString(),
                "time", time, "version", "0");
    }

    private List<String> stored() {
        return QuarkusTransaction.requiringNew().call(() -> WorkingHours.of(consultant.id()).stream()
                .map(h -> h.weekday + " " + h.startsAt + "-" + h.endsAt).toList());
    }
}
