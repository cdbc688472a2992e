package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** Everyone's week: a count of bookings and the free time per consultant and day, each day opening her day. */
@QuarkusTest
class EveryonesWeekTest {

    final TestAccounts.Created ana = TestAccounts.consultant();
    final TestAccounts.Created bea = TestAccounts.consultant();
    final long followUp = AppointmentFixtures.type("Follow-up", 60, VisitKind.FOLLOW_UP, true, false);
    final long room = AppointmentFixtures.location("Room", LocationKind.ROOM);
    final LocalDate day = AppointmentFixtures.futureDay(10);

    @Test
    void eachConsultantsDayShowsHerBookingsAndFreeTimeAndOpensHerDay() {
        AppointmentFixtures.worksEveryDay(ana.id(), LocalTime.of(9, 0), LocalTime.of(17, 0));
        AppointmentFixtures.worksEveryDay(bea.id(), LocalTime.of(9, 0), LocalTime.of(13, 0));
        Client client = ChartingFixtures.client("Wendy", ChartingFixtures.uniqueSurname("Week"), ana.id(), "BabyWendy");
        WebSession session = ana.signIn();
        assertEquals(303, session.post("/clients/" + client.id + "/appointments", "typeId", String.valueOf(followUp),
                "babyId", String.valueOf(client.babies.get(0).id), "consultantId", String.valueOf(ana.id()), "locationId",
                String.valueOf(room), "day", day.toString(), "time", "10:00", "videoLink", "").statusCode());

        Document week = session.page("/schedule?date=" + day + "&view=week&consultant=all");
        Element table = week.selectFirst("table.schedule-overview");
        assertNotNull(table, week.text());
        assertEquals(8, table.select("thead th").size(), "the consultant and seven days");
        int column = List.copyOf(Calendar.weekOf(day)).indexOf(day) + 1;
        String anasDay = row(table, ana.id()).select("td").get(column - 1).text();
        assertTrue(anasDay.contains("1 booked") && anasDay.contains("Free (420 min)"), anasDay);
        String beasDay = row(table, bea.id()).select("td").get(column - 1).text();
        assertTrue(beasDay.contains("Nothing booked") && beasDay.contains("Free (240 min)"), beasDay);
        assertNotNull(row(table, ana.id()).selectFirst(
                "a[href=/schedule?date=" + day + "&view=day&consultant=" + ana.id() + "]"));
        assertFalse(table.text().contains(client.fullName()), "the overview names no client");

        Document herDay = session.page("/schedule?date=" + day + "&view=day&consultant=" + ana.id());
        assertTrue(herDay.select(".schedule-day").text().contains(client.fullName()));
    }

    @Test
    void theOverviewIsInSpanishForASpanishReader() {
        WebSession session = ana.signIn();
        assertEquals(303, session.post("/account/language", "language", "es").statusCode());
        Document week = session.page("/schedule?date=" + day + "&view=week&consultant=all");
        assertTrue(week.select("table.schedule-overview caption").text().startsWith("La semana de todas"), week.text());
    }

    /** Her row: the one whose days open her day (the test accounts share a display name). */
    private static Element row(Element table, long consultant) {
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("a[href$=&consultant=" + consultant + "]") != null)
                .findFirst().orElseThrow(() -> new AssertionError(consultant + " not in " + table.html()));
    }
}
