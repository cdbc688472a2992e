package clinic.letdown.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.appointment.Appointment;
import clinic.letdown.appointment.AppointmentFixtures;
import clinic.letdown.appointment.AppointmentStatus;
import clinic.letdown.appointment.LocationKind;
import clinic.letdown.appointment.VisitKind;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Language;

/** The client's own appointments: book a free time of her consultant within the window, cancel until the cut-off. */
@QuarkusTest
class PortalAppointmentsTest {

    final TestAccounts.Created consultant = TestAccounts.consultant();
    final long followUp = AppointmentFixtures.type("Follow-up", 60, VisitKind.FOLLOW_UP, true, false);
    final long initial = AppointmentFixtures.type("Initial", 90, VisitKind.INITIAL, false, false);

    {
        AppointmentFixtures.location("Portal room", LocationKind.ROOM);
        AppointmentFixtures.worksEveryDay(consultant.id(), LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    Client client(String first) {
        return ChartingFixtures.client(first, ChartingFixtures.uniqueSurname("Port"), consultant.id(), "Kit", null,
                first.toLowerCase() + "@example.org");
    }

    @Test
    void sheBooksAFreeTimeWithinTheWindowAndItIsOnHerConsultantsCalendar() {
        Client ada = client("Ada");
        WebSession her = PortalFixtures.portalAccount(ada.id).signIn();
        Document page = her.page("/portal/appointments");
        assertNotNull(page.selectFirst("input[name=type][value=" + followUp + "]"));
        assertNull(page.selectFirst("input[name=type][value=" + initial + "]"), "only the types clients may book");
        assertTrue(PortalFixtures.auditCount("VIEW", RecordType.APPOINTMENT.stored, ada.id) > 0);

        Document times = her.page("/portal/appointments?type=" + followUp);
        List<Element> slots = times.select("form[action=/portal/appointments] input[name=start]");
        assertFalse(slots.isEmpty(), times.text());
        Instant first = Instant.parse(slots.get(0).val());
        assertTrue(first.isAfter(Instant.now().plus(Duration.ofHours(24))), "not sooner than 24 hours: " + first);
        assertTrue(slots.size() <= 40);

        Response refused = her.post("/portal/appointments", "type", String.valueOf(followUp), "start",
                Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS).toString());
        assertEquals(200, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body().asString()).text().contains("no longer free"));
        assertEquals(200, her.post("/portal/appointments", "type", String.valueOf(initial), "start", first.toString())
                .statusCode(), "a type she may not book");

        Response booked = her.post("/portal/appointments", "type", String.valueOf(followUp), "start", first.toString());
        assertEquals(303, booked.statusCode(), booked.body().asString());
        Appointment stored = QuarkusTransaction.requiringNew().call(() -> Appointment.<Appointment>find(
                "client.id = ?1", ada.id).firstResult());
        assertEquals(first, stored.startsAt);
        assertEquals(consultant.id(), stored.consultant.id);
        String day = first.atZone(clinic.letdown.web.Formats.ZONE).toLocalDate().toString();
        assertTrue(consultant.signIn().page("/schedule?date=" + day).select(".schedule-day").text().contains(ada.fullName()));

        Document mine = her.page("/portal/appointments");
        assertTrue(mine.select(".appointment-card").text().contains("Portal room"), mine.text());
        Element cancel = mine.selectFirst("form[action=/portal/appointments/" + stored.id + "/cancel]");
        assertNotNull(cancel, "more than 24 hours ahead: she may cancel");

        WebSession other = PortalFixtures.portalAccount(client("Bea").id).signIn();
        assertEquals(404, other.post("/portal/appointments/" + stored.id + "/cancel", "version", "0").statusCode());

        assertEquals(303, her.post("/portal/appointments/" + stored.id + "/cancel", "version",
                cancel.selectFirst("input[name=version]").val()).statusCode());
        assertEquals(AppointmentStatus.CANCELLED, AppointmentFixtures.load(stored.id).status);
        List<String> again = her.page("/portal/appointments?type=" + followUp)
                .select("form[action=/portal/appointments] input[name=start]").eachAttr("value");
        assertTrue(again.contains(first.toString()), "the time is free again");
    }

    @Test
    void within24HoursSheIsToldToCallAndTheVideoLinkShowsFrom15MinutesBefore() {
        Client ada = client("Ada");
        WebSession her = PortalFixtures.portalAccount(ada.id).signIn();
        long room = AppointmentFixtures.location("Room", LocationKind.ROOM);
        long soon = AppointmentFixtures.appointment(ada.id, consultant.id(), followUp, room,
                Instant.now().plus(3, ChronoUnit.HOURS));
        long video = AppointmentFixtures.type("Video", 45, VisitKind.TELEHEALTH, true, true);
        long tele = AppointmentFixtures.location("Tele", LocationKind.TELEHEALTH);
        long now = AppointmentFixtures.appointment(ada.id, consultant.id(), video, tele,
                Instant.now().plus(10, ChronoUnit.MINUTES));
        long later = AppointmentFixtures.appointment(ada.id, consultant.id(), video, tele,
                Instant.now().plus(3, ChronoUnit.DAYS));
        QuarkusTransaction.requiringNew().run(() -> Appointment.update("videoLink = ?1 where id in ?2",
                "https://meet.example.org/room-x", List.of(now, later)));

        Document page = her.page("/portal/appointments");
        assertNull(page.selectFirst("form[action=/portal/appointments/" + soon + "/cancel]"));
        assertTrue(page.text().contains("please call the clinic"));
        assertEquals(1, page.select("a[href=https://meet.example.org/room-x]").size(), "only the one starting soon");

        Response late = her.post("/portal/appointments/" + soon + "/cancel", "version", "0");
        assertEquals(303, late.statusCode());
        assertEquals(AppointmentStatus.BOOKED, AppointmentFixtures.load(soon).status);
        assertTrue(her.page("/portal/appointments").text().contains(
                "It is less than 24 hours before the start, too late to cancel here. Please call the clinic."));
    }

    /** The cut-off, the booking window and the video link's lead say the configured times (clinic.appointments.*). */
    @Test
    void theTextsSayTheConfiguredTimesInHerLanguage() {
        Client ada = client("Ada");
        WebSession her = PortalFixtures.portalAccount(ada.id).signIn();
        long room = AppointmentFixtures.location("Room", LocationKind.ROOM);
        AppointmentFixtures.appointment(ada.id, consultant.id(), followUp, room, Instant.now().plus(3, ChronoUnit.HOURS));
        AppointmentFixtures.appointment(ada.id, consultant.id(), followUp, room, Instant.now().plus(3, ChronoUnit.DAYS));
        long video = AppointmentFixtures.type("Video", 45, VisitKind.TELEHEALTH, true, true);
        AppointmentFixtures.appointment(ada.id, consultant.id(), video,
                AppointmentFixtures.location("Tele", LocationKind.TELEHEALTH), Instant.now().plus(4, ChronoUnit.DAYS));

        String text = her.page("/portal/appointments").text();
        assertTrue(text.contains("Less than 24 hours before the start: to cancel or change this appointment now, please call the clinic."), text);
        assertTrue(text.contains("You can cancel here until 24 hours before the start."), text);
        assertTrue(text.contains("You can book from 24 hours to 60 days ahead."), text);
        assertTrue(text.contains("The link to the video call appears here 15 minutes before the start."), text);

        QuarkusTransaction.requiringNew().run(() -> Client.update("language = ?1 where id = ?2", Language.ES, ada.id));
        String spanish = her.page("/portal/appointments").text();
        assertTrue(spanish.contains("Faltan menos de 24 horas para el inicio"), spanish);
        assertTrue(spanish.contains("Puede cancelar aquí hasta 24 horas antes del inicio."), spanish);
        assertTrue(spanish.contains("Puede reservar desde 24 horas hasta 60 días de antelación."), spanish);
        assertTrue(spanish.contains("aparece aquí 15 minutos antes del inicio."), spanish);
    }
}
