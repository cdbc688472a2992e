package clinic.letdown.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.account.Account;
import clinic.letdown.appointment.Appointment;
import clinic.letdown.appointment.AppointmentChange;
import clinic.letdown.appointment.AppointmentType;
import clinic.letdown.appointment.ChangeAction;
import clinic.letdown.appointment.ClinicLocation;
import clinic.letdown.appointment.LocationKind;
import clinic.letdown.appointment.VisitKind;
import clinic.letdown.appointment.WorkingHours;
import clinic.letdown.client.Client;
import clinic.letdown.web.Formats;

/**
 * Demo mode: the calendar. Four appointment types (initial consultation 90 min, follow-up 60,
 * telehealth follow-up 45, phone check-in 20), two rooms, home visits and telehealth, working hours
 * for both demo consultants (weekdays 9-17, Saturday mornings), and today's appointments for Maya
 * Lindqvist (one of them with Lucía Fernández, who speaks Spanish) and tomorrow's with Sofia Reyes,
 * the portal's demo client. Runs once: an appointment type means done.
 */
@ApplicationScoped
public class DemoAppointments {

    @Inject
    Clock clock;

    @Transactional
    boolean seed() {
        Account maya = Account.findByUsername("consultant").orElse(null);
        Account jordan = Account.findByUsername("lead").orElse(null);
        if (maya == null || jordan == null || AppointmentType.count() > 0) {
            return false;
        }
        AppointmentType initial = type("Initial consultation", "Consulta inicial", 90, "#8a4f9e", false, false, VisitKind.INITIAL);
        AppointmentType followUp = type("Follow-up", "Seguimiento", 60, "#2f6f8f", true, false, VisitKind.FOLLOW_UP);
        AppointmentType video = type("Telehealth follow-up", "Seguimiento por telesalud", 45, "#2e7d4f", true, true,
                VisitKind.TELEHEALTH);
        type("Phone check-in", "Llamada de control", 20, "#b3641b", true, false, VisitKind.PHONE);
        ClinicLocation room1 = location("Room 1", "Sala 1", LocationKind.ROOM);
        ClinicLocation room2 = location("Room 2", "Sala 2", LocationKind.ROOM);
        location("Home visit", "Visita a domicilio", LocationKind.HOME_VISIT);
        ClinicLocation telehealth = location("Telehealth", "Telesalud", LocationKind.TELEHEALTH);
        for (Account consultant : new Account[] {maya, jordan}) {
            for (int day = 1; day <= 5; day++) {
                hours(consultant, day, LocalTime.of(9, 0), LocalTime.of(17, 0));
            }
            hours(consultant, 6, LocalTime.of(9, 0), LocalTime.of(13, 0));
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        appointment("Hannah", "Becker", followUp, maya, room1, today, LocalTime.of(9, 30), null);
        appointment("Grace", "Thompson", initial, maya, room1, today, LocalTime.of(11, 0), null);
        appointment("Lucía", "Fernández", video, maya, telehealth, today, LocalTime.of(14, 0),
                "https://meet.example.org/riverside-demo-room");
        appointment("Amara", "Okonkwo", followUp, jordan, room2, today, LocalTime.of(10, 0), null);
        appointment("Sofia", "Reyes", followUp, maya, room2, today.plusDays(1), LocalTime.of(10, 0), null);
        return true;
    }

    private static AppointmentType type(String name, String nameEs, int minutes, String colour, boolean bookable,
            boolean telehealth, VisitKind kind) {
        AppointmentType t = new AppointmentType();
        t.name = name;
        t.nameEs = nameEs;
        t.minutes = minutes;
        t.colour = colour;
        t.clientBookable = bookable;
        t.telehealth = telehealth;
        t.visitKind = kind.name();
        t.persist();
        return t;
    }

    private static ClinicLocation location(String name, String nameEs, LocationKind kind) {
        ClinicLocation l = new ClinicLocation();
        l.name = name;
        l.nameEs = nameEs;
        l.kind = kind;
        l.persist();
        return l;
    }

    private static void hours(Account consultant, int weekday, LocalTime from, LocalTime until) {
        WorkingHours h = new WorkingHours();
        h.consultant = consultant;
        h.weekday = weekday;
        h.startsAt = from;
        h.endsAt = until;
        h.persist();
    }

    private void appointment(String first, String last, AppointmentType type, Account consultant,
            ClinicLocation place, LocalDate day, LocalTime at, String link) {
        Client client = Client.find("firstName = ?1 and lastName = ?2 order by id", first, last).firstResult();
        if (client == null) {
            return;
        }
        Appointment a = new Appointment();
        a.client = client;
        a.baby = client.babies.isEmpty() ? null : client.babies.get(0);
        a.type = type;
        a.consultant = consultant;
        a.location = place;
        a.startsAt = ZonedDateTime.of(day, at, Formats.ZONE).toInstant();
        a.endsAt = a.startsAt.plusSeconds(60L * type.minutes);
        a.videoLink = link;
        a.bookedBy = consultant;
        a.createdAt = Instant.now(clock);
        a.updatedAt = a.createdAt;
        a.persist();
        AppointmentChange c = new AppointmentChange();
        c.appointment = a;
        c.changedAt = a.createdAt;
        c.changedBy = consultant;
        c.action = ChangeAction.BOOKED;
        c.toStartsAt = a.startsAt;
        c.persist();
    }
}
