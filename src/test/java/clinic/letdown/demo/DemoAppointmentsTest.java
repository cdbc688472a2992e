package clinic.letdown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.appointment.Appointment;
import clinic.letdown.appointment.AppointmentType;
import clinic.letdown.appointment.WorkingHours;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Formats;

/** The demo's calendar: the four types of the issue, hours, today's appointments for Maya; seeding runs once. */
@QuarkusTest
class DemoAppointmentsTest {

    @Inject
    DemoClients clients;

    @Inject
    DemoAppointments demo;

    @Test
    void typesHoursAndTodaysAppointmentsOnce() {
        TestAccounts.Created maya = TestAccounts.consultant();
        TestAccounts.Created jordan = TestAccounts.consultant();
        QuarkusTransaction.requiringNew().run(() -> clients.seed(maya.id(), jordan.id()));
        assertTrue(demo.seed() || AppointmentType.count("name", "Phone check-in") > 0);
        assertFalse(demo.seed(), "runs once");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String name : List.of("Initial consultation", "Follow-up", "Telehealth follow-up", "Phone check-in")) {
                assertEquals(1, AppointmentType.count("name", name), name);
            }
            AppointmentType initial = AppointmentType.find("name", "Initial consultation").firstResult();
            assertEquals(90, initial.minutes);
            assertEquals("Consulta inicial", initial.nameEs);
        });
        // when another demo test seeded first, its consultants hold the calendar; otherwise Maya's
        long consultantId = QuarkusTransaction.requiringNew().call(() -> Appointment.<Appointment>find(
                "from Appointment a join fetch a.type where a.type.name = 'Telehealth follow-up'").firstResult().consultant.id);
        LocalDate today = LocalDate.now(Formats.ZONE);
        long todays = QuarkusTransaction.requiringNew().call(() -> Appointment.startingBetween(List.of(consultantId),
                today.atStartOfDay(Formats.ZONE).toInstant(), today.plusDays(1).atStartOfDay(Formats.ZONE).toInstant())
                .size());
        assertTrue(todays >= 3, "her day: " + todays);
        assertEquals(6, QuarkusTransaction.requiringNew().call(() -> WorkingHours.of(consultantId)).size());
    }
}
