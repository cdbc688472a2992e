package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** A consultant's private feed: made, read back with ical4j (initials only, 30 days back to 180 ahead), renewed and revoked. */
@QuarkusTest
class CalendarFeedTest {

    @Test
    void theFeedHoldsHerAppointmentsByInitialsAndStopsWhenRenewedOrRevoked() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client ada = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Feed"), consultant.id(), "Kit");
        long type = AppointmentFixtures.type("Follow-up", 60, VisitKind.FOLLOW_UP, false, false);
        long home = AppointmentFixtures.location("Home", LocationKind.HOME_VISIT);
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long coming = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, soon);
        long past = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, soon.minus(20, ChronoUnit.DAYS));
        long tooOld = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, soon.minus(40, ChronoUnit.DAYS));
        long tooFar = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, soon.plus(200, ChronoUnit.DAYS));
        long cancelled = AppointmentFixtures.appointment(ada.id, consultant.id(), type, home, soon.plus(1, ChronoUnit.DAYS));
        QuarkusTransaction.requiringNew().run(() -> Appointment.update("status = ?1 where id = ?2",
                AppointmentStatus.CANCELLED, cancelled));

        WebSession session = consultant.signIn();
        assertNotNull(session.page("/account/calendar-feed").selectFirst("form[action=/account/calendar-feed]"));
        Response made = session.post("/account/calendar-feed");
        assertEquals(200, made.statusCode());
        String address = Jsoup.parse(made.body().asString()).selectFirst("code.feed-address").text();
        String path = address.replaceAll("^https?://[^/]+", "");
        assertTrue(path.matches("/calendar/[A-Za-z0-9_-]{43}\\.ics"), path);
        Document later = session.page("/account/calendar-feed");
        assertTrue(later.select("code.feed-address").isEmpty(), "shown once");

        Response feed = WebSession.anonymous().get(path);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.contentType().startsWith("text/calendar"));
        String text = feed.body().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Set<String> uids = events.stream().map(e -> e.getUid().orElseThrow().getValue()).collect(Collectors.toSet());
        assertEquals(Set.of("appointment-" + coming + "@letdown.clinic", "appointment-" + past + "@letdown.clinic"), uids,
                "the last 30 and next 180 days, nothing cancelled (not " + tooOld + ", " + tooFar + ", " + cancelled + ")");
        VEvent first = events.stream().filter(e -> e.getUid().orElseThrow().getValue().contains("-" + coming + "@"))
                .findFirst().orElseThrow();
        assertTrue(first.getSummary().getValue().startsWith("A." + ada.lastName.charAt(0) + "."), first.getSummary().getValue());
        assertEquals(soon, Instant.from(first.getDateTimeStart().getDate()));
        assertFalse(text.contains(ada.lastName), "initials only");
        assertFalse(text.contains("Ada"), "initials only");

        session.post("/account/calendar-feed");
        assertEquals(404, WebSession.anonymous().get(path).statusCode(), "renewed: the old address stops working");
        assertEquals(303, session.post("/account/calendar-feed/revoke").statusCode());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> CalendarFeed.count("consultantId", consultant.id())));
        assertEquals(404, WebSession.anonymous().get("/calendar/" + "x".repeat(43) + ".ics").statusCode());
    }
}
