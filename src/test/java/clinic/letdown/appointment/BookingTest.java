package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/**
 * Booking from a client's page, a free slot and a charted follow-up; no double booking of a
 * consultant or a room, even when two bookings of one slot arrive at once; working hours and the
 * consultant's own override.
 */
@QuarkusTest
class BookingTest {

    final TestAccounts.Created consultant = TestAccounts.consultant();
    final long followUp = AppointmentFixtures.type("Follow-up", 60, VisitKind.FOLLOW_UP, true, false);
    final long room = AppointmentFixtures.location("Room", LocationKind.ROOM);
    final LocalDate day = AppointmentFixtures.futureDay(3);

    {
        AppointmentFixtures.worksEveryDay(consultant.id(), LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    Client client(String first) {
        return ChartingFixtures.client(first, ChartingFixtures.uniqueSurname("Book"), consultant.id(), "Baby" + first);
    }

    String[] form(Client client, long consultantId, long place, String time, String... more) {
        List<String> values = new ArrayList<>(List.of("typeId", String.valueOf(followUp), "babyId",
                String.valueOf(client.babies.get(0).id), "consultantId", String.valueOf(consultantId), "locationId",
                String.valueOf(place), "day", day.toString(), "time", time, "videoLink", ""));
        values.addAll(List.of(more));
        return values.toArray(String[]::new);
    }

    @Test
    void aBookingIsStoredShownOnTheCalendarAndAudited() {
        WebSession session = consultant.signIn();
        Client ada = client("Ada");
        Document blank = session.page("/clients/" + ada.id + "/appointments/new");
        assertEquals(String.valueOf(consultant.id()), blank.selectFirst("select[name=consultantId] option[selected]").val());

        Response booked = session.post("/clients/" + ada.id + "/appointments", form(ada, consultant.id(), room, "10:00"));
        assertEquals(303, booked.statusCode(), booked.body().asString());
        String location = booked.header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Appointment stored = AppointmentFixtures.load(id);
        assertEquals(AppointmentFixtures.at(day, 10, 0), stored.startsAt);
        assertEquals(AppointmentFixtures.at(day, 11, 0), stored.endsAt);
        assertEquals(AppointmentStatus.BOOKED, stored.status);
        assertTrue(ChartingFixtures.audited(AuditAction.CREATE, RecordType.APPOINTMENT.stored, id));

        Document page = session.page("/appointments/" + id);
        assertTrue(page.text().contains(ada.fullName()), page.text());
        Document calendar = session.page("/schedule?date=" + day + "&view=day");
        String text = calendar.select(".schedule-day").text();
        assertTrue(text.contains("10:00–11:00") && text.contains(ada.fullName()), text);
        assertTrue(text.contains("09:00–10:00") && text.contains("11:00–17:00"), "free time around it: " + text);
        assertNotNull(calendar.selectFirst(".entry.free a[href*=/appointments/new?consultant=" + consultant.id() + "]"));

        Document week = session.page("/schedule?date=" + day + "&view=week");
        assertEquals(7, week.select(".schedule-day").size());
        assertTrue(week.select(".schedule-day").text().contains(ada.fullName()));
    }

    @Test
    void twoBookingsOfTheSameSlotAtOnceStoreExactlyOne() throws Exception {
        Client ada = client("Ada");
        Client bea = client("Bea");
        WebSession first = consultant.signIn();
        WebSession second = consultant.signIn();
        for (int round = 0; round < 3; round++) {
            String time = (12 + round) + ":00";
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Callable<Response> a = () -> {
                    together.await();
                    return first.post("/clients/" + ada.id + "/appointments", form(ada, consultant.id(), room, time));
                };
                Callable<Response> b = () -> {
                    together.await();
                    return second.post("/clients/" + bea.id + "/appointments", form(bea, consultant.id(), room, time));
                };
                Future<Response> fa = pool.submit(a);
                Future<Response> fb = pool.submit(b);
                List<Response> answers = List.of(fa.get(), fb.get());
                long stored = answers.stream().filter(r -> r.statusCode() == 303).count();
                assertEquals(1, stored, "exactly one booking of " + time);
                Response refused = answers.stream().filter(r -> r.statusCode() != 303).findFirst().orElseThrow();
                assertEquals(200, refused.statusCode());
                Document again = Jsoup.parse(refused.body().asString());
                assertTrue(again.selectFirst(".error-summary").text().contains("already has an appointment"),
                        again.selectFirst(".error-summary").text());
                assertEquals(time.length() == 4 ? "0" + time : time, again.selectFirst("input[name=time]").val());
                assertEquals(day.toString(), again.selectFirst("input[name=day]").val());
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(3, AppointmentFixtures.ofConsultantOn(consultant.id(), day).size());
    }

    @Test
    void aRoomHoldsOneAppointmentAtATimeAcrossConsultants() {
        TestAccounts.Created colleague = TestAccounts.consultant();
        AppointmentFixtures.worksEveryDay(colleague.id(), LocalTime.of(9, 0), LocalTime.of(17, 0));
        Client ada = client("Ada");
        WebSession session = consultant.signIn();
        assertEquals(303, session.post("/clients/" + ada.id + "/appointments", form(ada, consultant.id(), room, "09:00"))
                .statusCode());
        Response refused = session.post("/clients/" + ada.id + "/appointments", form(ada, colleague.id(), room, "09:30"));
        assertEquals(200, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body().asString()).selectFirst(".error-summary").text().contains("room is taken"));
        long home = AppointmentFixtures.location("Home", LocationKind.HOME_VISIT);
        assertEquals(303, session.post("/clients/" + ada.id + "/appointments", form(ada, colleague.id(), home, "09:30"))
                .statusCode(), "a home visit is not a room");
    }

    @Test
    void outsideHoursIsRefusedAndOnlyTheConsultantHerselfMayConfirmIt() {
        Client ada = client("Ada");
        TestAccounts.Created colleague = TestAccounts.consultant();
        WebSession herself = consultant.signIn();
        Response refused = herself.post("/clients/" + ada.id + "/appointments", form(ada, consultant.id(), room, "17:30"));
        assertEquals(200, refused.statusCode());
        Document again = Jsoup.parse(refused.body().asString());
        assertTrue(again.selectFirst(".error-summary").text().contains("outside the consultant's working hours"));
        assertNotNull(again.selectFirst("input[name=confirmOutsideHours]"), "she is offered the confirmation");

        Response byColleague = colleague.signIn().post("/clients/" + ada.id + "/appointments",
                form(ada, consultant.id(), room, "17:30", "confirmOutsideHours", "yes"));
        assertEquals(200, byColleague.statusCode(), "a colleague cannot override her hours");

        Response confirmed = herself.post("/clients/" + ada.id + "/appointments",
                form(ada, consultant.id(), room, "17:30", "confirmOutsideHours", "yes"));
        assertEquals(303, confirmed.statusCode());
    }

    @Test
    void rescheduleCheckInNoShowAndCancelKeepTheHistory() {
        Client ada = client("Ada");
        WebSession session = consultant.signIn();
        Response booked = session.post("/clients/" + ada.id + "/appointments", form(ada, consultant.id(), room, "09:00"));
        String path = booked.header("Location").replaceAll("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        Document edit = session.page(path + "/edit");
        String version = edit.selectFirst("input[name=version]").val();
        List<String> values = new ArrayList<>(List.of(form(ada, consultant.id(), room, "15:00")));
        values.addAll(List.of("version", version));
        Response moved = session.post(path, values.toArray(String[]::new));
        assertEquals(303, moved.statusCode(), moved.body().asString());
        assertEquals(AppointmentFixtures.at(day, 15, 0), AppointmentFixtures.load(id).startsAt);

        Response stale = session.post(path, values.toArray(String[]::new));
        assertEquals(200, stale.statusCode());
        assertTrue(Jsoup.parse(stale.body().asString()).text().contains("Someone else changed this"));

        Document show = session.page(path);
        Response checkedIn = session.post(path + "/check-in", "version", show.selectFirst("form[action$=check-in] input[name=version]").val());
        assertEquals(303, checkedIn.statusCode());
        assertEquals(AppointmentStatus.CHECKED_IN, AppointmentFixtures.load(id).status);
        assertNotNull(session.page(path).selectFirst("a[href=/clients/" + ada.id + "/consultations/new?appointment=" + id + "]"));

        Document again = session.page(path);
        Response noReason = session.post(path + "/cancel", "reason", " ", "version", again.selectFirst("form[action$=cancel] input[name=version]").val());
        assertEquals(200, noReason.statusCode());
        Response cancelled = session.post(path + "/cancel", "reason", "Baby unwell", "version",
                again.selectFirst("form[action$=cancel] input[name=version]").val());
        assertEquals(303, cancelled.statusCode());
        Appointment stored = AppointmentFixtures.load(id);
        assertEquals(AppointmentStatus.CANCELLED, stored.status);
        assertEquals("Baby unwell", stored.cancelReason);
        List<ChangeAction> actions = AppointmentFixtures.history(id).stream().map(c -> c.action).toList();
        assertEquals(List.of(ChangeAction.BOOKED, ChangeAction.RESCHEDULED, ChangeAction.CHECKED_IN, ChangeAction.CANCELLED),
                actions);
        Document calendar = session.page("/schedule?date=" + day);
        assertTrue(calendar.select(".entry.free").text().contains("09:00–17:00"), "a cancelled appointment frees the slot");
    }

    @Test
    void bookTheFollowUpPreFillsTypeClientAndDay() {
        Client ada = client("Ada");
        WebSession session = consultant.signIn();
        LocalDate followUpDay = day.plusDays(7);
        Document form = session.page("/clients/" + ada.id + "/appointments/new?kind=FOLLOW_UP&date=" + followUpDay);
        assertEquals(followUpDay.toString(), form.selectFirst("input[name=day]").val());
        String chosenType = form.selectFirst("select[name=typeId] option[selected]").val();
        assertEquals("FOLLOW_UP", AppointmentFixtures.visitKindOf(Long.parseLong(chosenType)));
        assertTrue(form.selectFirst("form[action=/clients/" + ada.id + "/appointments]") != null);

        String start = AppointmentFixtures.at(day, 13, 0).toString();
        Document fromSlot = session.page("/clients/" + ada.id + "/appointments/new?consultant=" + consultant.id() + "&start=" + start);
        assertEquals(day.toString(), fromSlot.selectFirst("input[name=day]").val());
        assertEquals("13:00", fromSlot.selectFirst("input[name=time]").val());
    }
}
