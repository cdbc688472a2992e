package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** Admins set up appointment types, locations, working hours and time off; the calendar follows them. */
@QuarkusTest
class ClinicSetupTest {

    @Test
    void anAdminCreatesAndEditsAnAppointmentTypeAndALocation() {
        WebSession admin = TestAccounts.admin().signIn();
        String name = AppointmentFixtures.unique("Weighted feed");
        Response refused = admin.post("/admin/appointment-types", "name", name, "minutes", "1000", "colour", "red",
                "visitKind", "FOLLOW_UP", "active", "yes", "version", "0");
        assertEquals(200, refused.statusCode());
        Document again = Jsoup.parse(refused.body().asString());
        assertEquals("1000", again.selectFirst("input[name=minutes]").val());
        assertTrue(again.selectFirst("#colour-error") != null || again.text().contains("#2f6f8f"));

        Response created = admin.post("/admin/appointment-types", "name", name, "nameEs", "Toma pesada", "minutes", "40",
                "colour", "#AA3366", "visitKind", "FOLLOW_UP", "clientBookable", "yes", "active", "yes", "version", "0");
        assertEquals(303, created.statusCode(), created.body().asString());
        AppointmentType type = QuarkusTransaction.requiringNew()
                .call(() -> AppointmentType.<AppointmentType>find("name", name).firstResult());
        assertEquals(40, type.minutes);
        assertEquals("#aa3366", type.colour);
        assertTrue(type.clientBookable);
        assertFalse(type.telehealth);
        assertTrue(admin.page("/admin/appointment-types").text().contains(name));

        Document edit = admin.page("/admin/appointment-types/" + type.id);
        String version = edit.selectFirst("input[name=version]").val();
        assertEquals(303, admin.post("/admin/appointment-types/" + type.id, "name", name, "minutes", "45", "colour",
                "#aa3366", "visitKind", "PHONE", "version", version).statusCode());
        Response stale = admin.post("/admin/appointment-types/" + type.id, "name", name, "minutes", "50", "colour",
                "#aa3366", "visitKind", "PHONE", "version", version);
        assertEquals(200, stale.statusCode());
        assertTrue(Jsoup.parse(stale.body().asString()).text().contains("Someone else changed this"));
        AppointmentType changed = QuarkusTransaction.requiringNew().call(() -> AppointmentType.load(type.id));
        assertEquals(45, changed.minutes);
        assertFalse(changed.active, "unticked: no longer offered");

        String place = AppointmentFixtures.unique("Room");
        assertEquals(303, admin.post("/admin/locations", "name", place, "kind", "ROOM", "active", "yes", "version", "0")
                .statusCode());
        assertTrue(admin.page("/admin/appointment-types").select("#locations-section").text().contains(place));
        assertEquals(200, admin.post("/admin/locations", "name", place, "kind", "CASTLE", "version", "0").statusCode());
    }

    @Test
    void workingHoursAndTimeOffShapeTheCalendarAndTheBookings() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession admin = TestAccounts.admin().signIn();
        Document page = admin.page("/admin/schedule?consultant=" + consultant.id());
        assertEquals(14, page.select("input[name=starts]").size(), "two empty rows a day for a new consultant");

        Response wrong = admin.post("/admin/schedule/hours", "consultant", String.valueOf(consultant.id()),
                "weekdays", "1", "starts", "10:00", "ends", "09:00", "weekdays", "3", "starts", "nine", "ends", "17:00");
        assertEquals(200, wrong.statusCode());
        Document again = Jsoup.parse(wrong.body().asString());
        assertEquals("nine", again.selectFirst("#start-3-1").val(), "what she typed is kept");
        assertTrue(again.text().contains("The end must come after the start"));

        List<String> values = new java.util.ArrayList<>(List.of("consultant", String.valueOf(consultant.id())));
        for (int day = 1; day <= 7; day++) {
            values.addAll(List.of("weekdays", String.valueOf(day), "starts", "08:00", "ends", "12:00"));
        }
        assertEquals(303, admin.post("/admin/schedule/hours", values.toArray(String[]::new)).statusCode());
        assertEquals(7, QuarkusTransaction.requiringNew().call(() -> WorkingHours.of(consultant.id())).size());

        LocalDate day = AppointmentFixtures.futureDay(5);
        assertEquals(303, admin.post("/admin/schedule/time-off", "consultant", String.valueOf(consultant.id()), "from",
                day + "T09:00", "until", day + "T10:00", "note", "Training").statusCode());
        assertTrue(admin.page("/admin/schedule?consultant=" + consultant.id()).text().contains("Training"));

        WebSession herColleague = TestAccounts.consultant().signIn();
        Document calendar = herColleague.page("/schedule?date=" + day + "&consultant=" + consultant.id());
        String text = calendar.select(".schedule-day").text();
        assertTrue(text.contains("08:00–09:00") && text.contains("09:00–10:00 Time off: Training")
                && text.contains("10:00–12:00"), text);

        Client ada = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Setup"), consultant.id(), "Kit");
        long type = AppointmentFixtures.type("Check", 30, VisitKind.PHONE, false, false);
        long home = AppointmentFixtures.location("Home", LocationKind.HOME_VISIT);
        Response inTimeOff = herColleague.post("/clients/" + ada.id + "/appointments", "typeId", String.valueOf(type),
                "consultantId", String.valueOf(consultant.id()), "locationId", String.valueOf(home), "day", day.toString(),
                "time", "09:30");
        assertEquals(200, inTimeOff.statusCode());
        assertTrue(Jsoup.parse(inTimeOff.body().asString()).text().contains("is away at that time"));

        long offId = QuarkusTransaction.requiringNew().call(() -> TimeOff.<TimeOff>find("consultant.id", consultant.id())
                .firstResult().id);
        assertEquals(303, admin.post("/admin/schedule/time-off/" + offId + "/remove").statusCode());
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> TimeOff.list("consultant.id", consultant.id())));
    }
}
