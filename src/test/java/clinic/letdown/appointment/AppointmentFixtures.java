package clinic.letdown.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Account;
import clinic.letdown.web.Formats;

/** Appointment types, places, working hours and appointments for tests, each with names of its own. */
public final class AppointmentFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private AppointmentFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    public static long type(String name, int minutes, VisitKind kind, boolean bookable, boolean telehealth) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppointmentType t = new AppointmentType();
            t.name = unique(name);
            t.minutes = minutes;
            t.colour = "#336699";
            t.clientBookable = bookable;
            t.telehealth = telehealth;
            t.visitKind = kind.name();
            t.persist();
            return t.id;
        });
    }

    public static long location(String name, LocationKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ClinicLocation l = new ClinicLocation();
            l.name = unique(name);
            l.kind = kind;
            l.persist();
            return l.id;
        });
    }

    /** Her hours on every day of the week. */
    public static void worksEveryDay(long consultantId, LocalTime from, LocalTime until) {
        QuarkusTransaction.requiringNew().run(() -> {
            Account consultant = Account.findById(consultantId);
            for (int day = 1; day <= 7; day++) {
                WorkingHours h = new WorkingHours();
                h.consultant = consultant;
                h.weekday = day;
                h.startsAt = from;
                h.endsAt = until;
                h.persist();
            }
        });
    }

    /** A day some weeks ahead (a Wednesday), so that nothing of "now" is in the way. */
    public static LocalDate futureDay(int weeks) {
        return LocalDate.now(Formats.ZONE).plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), Formats.ZONE).toInstant();
    }

    public static Appointment load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Appointment a = Appointment.load(id);
            a.type.name.length();
            return a;
        });
    }

    public static List<Appointment> ofConsultantOn(long consultantId, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> Appointment.startingBetween(List.of(consultantId),
                day.atStartOfDay(Formats.ZONE).toInstant(), day.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()));
    }

    public static List<AppointmentChange> history(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AppointmentChange.of(id));
    }

    public static String visitKindOf(long typeId) {
        return QuarkusTransaction.requiringNew().call(() -> AppointmentType.load(typeId).visitKind);
    }

    /** An appointment stored as it is (no checks), with its "booked" line. */
    public static long appointment(long clientId, long consultantId, long typeId, long locationId, Instant start) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Appointment a = new Appointment();
            a.client = clinic.letdown.client.Client.findById(clientId);
            a.type = AppointmentType.findById(typeId);
            a.consultant = Account.findById(consultantId);
            a.location = ClinicLocation.findById(locationId);
            a.startsAt = start;
            a.endsAt = start.plusSeconds(60L * a.type.minutes);
            a.bookedBy = a.consultant;
            a.createdAt = Instant.now();
            a.updatedAt = a.createdAt;
            a.persist();
            AppointmentChange c = new AppointmentChange();
            c.appointment = a;
            c.changedAt = a.createdAt;
            c.changedBy = a.consultant;
            c.action = ChangeAction.BOOKED;
            c.toStartsAt = start;
            c.persist();
            return a.id;
        });
    }

    public static long timeOff(long consultantId, Instant from, Instant until) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TimeOff t = new TimeOff();
            t.consultant = Account.findById(consultantId);
            t.startsAt = from;
            t.endsAt = until;
            t.note = "Course";
            t.createdAt = Instant.now();
            t.persist();
            return t.id;
        });
    }

    /** Her calendar feed's token (a new one each time). */
    public static String feed(long consultantId) {
        return QuarkusTransaction.requiringNew().call(() -> CalendarFeeds.replaceFeed(consultantId, Instant.now()));
    }
}
