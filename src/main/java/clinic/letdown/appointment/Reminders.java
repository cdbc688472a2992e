package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import clinic.letdown.client.Client;
import clinic.letdown.web.ClinicConfig;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;
import clinic.letdown.web.RequestLanguage;

/**
 * Appointment reminders by email. A booking, move or cancellation plans its rows in its own
 * transaction (nothing is sent while a page waits); a scheduled job sends what is due. Each row is
 * claimed by a conditional update before it is sent, so with several nodes one sends it; a failure
 * puts it back with a growing delay (1, 5, 30 minutes, 2 hours) and gives up after five attempts.
 * The text names the type, time, place and the consultant's first name, never the reason for the visit.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);
    static final int MAX_ATTEMPTS = 5;
    static final Duration CLAIM_FOR = Duration.ofMinutes(5);
    private static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AppointmentConfig config;

    @Inject
    ClinicConfig clinic;

    @Inject
    Mailer mailer;

    @Inject
    DevOutbox devOutbox;

    /** Plans the message about this change (and the day-before reminder), in the caller's transaction. */
    void plan(Appointment a, Reminder.Kind kind) {
        Instant now = Instant.now(clock);
        em.createQuery("update Reminder r set r.status = :skipped where r.appointment.id = :id and r.status = :pending"
                + " and r.kind = :dayBefore").setParameter("skipped", Reminder.Status.SKIPPED).setParameter("id", a.id)
                .setParameter("pending", Reminder.Status.PENDING).setParameter("dayBefore", Reminder.Kind.DAY_BEFORE)
                .executeUpdate();
        if (!wanted(a.client)) {
            return;
        }
        add(a, kind, now, now);
        if (kind != Reminder.Kind.CANCELLED) {
            LocalDate dayBefore = a.startsAt.atZone(Formats.ZONE).toLocalDate().minusDays(1);
            Instant due = ZonedDateTime.of(dayBefore, config.reminderTime(), Formats.ZONE).toInstant();
            if (due.isAfter(now)) {
                add(a, Reminder.Kind.DAY_BEFORE, due, now);
            }
        }
    }

    /** Whether reminders go to this client: she has an email address and has not turned them off. */
    public static boolean wanted(Client client) {
        return client.email != null && !client.email.isBlank() && !ReminderOptOut.optedOut(client.id);
    }

    private static void add(Appointment a, Reminder.Kind kind, Instant due, Instant now) {
        Reminder r = new Reminder();
        r.appointment = a;
        r.kind = kind;
        r.dueAt = due;
        r.createdAt = now;
        r.persist();
    }

    @Scheduled(every = "${clinic.appointments.reminder-every}", identity = "appointment-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue();
    }

    /** Sends what is due; returns how many went out. */
    public int sendDue() {
        Instant now = Instant.now(clock);
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select r.id from Reminder r"
                + " where r.status in :open and r.dueAt <= :now order by r.dueAt, r.id", Long.class)
                .setParameter("open", List.of(Reminder.Status.PENDING, Reminder.Status.SENDING)).setParameter("now", now)
                .setMaxResults(100).getResultList());
        int sent = 0;
        for (Long id : due) {
            Mail mail = QuarkusTransaction.requiringNew().call(() -> claim(id));
            if (mail == null) {
                continue;
            }
            try {
                mailer.send(mail);
                devOutbox.add(new DevOutbox.Sent(Instant.now(clock), String.join(", ", mail.getTo()), mail.getSubject(),
                        mail.getText(), !mail.getAttachments().isEmpty()));
                QuarkusTransaction.requiringNew().run(() -> done(id));
                sent++;
            } catch (RuntimeException e) {
                LOG.warnf("Reminder %d not sent (it is tried again later): %s", id, e.getMessage());
                QuarkusTransaction.requiringNew().run(() -> failed(id, e));
            }
        }
        return sent;
    }

    /** Takes the row for this node (or returns null when another node has it or it is not wanted any more). */
    private Mail claim(long id) {
        Instant now = Instant.now(clock);
        int claimed = em.createQuery("update Reminder r set r.status = :sending, r.claimedUntil = :until,"
                + " r.attempts = r.attempts + 1 where r.id = :id and r.dueAt <= :now and (r.status = :pending"
                + " or (r.status = :sending and r.claimedUntil < :now))")
                .setParameter("sending", Reminder.Status.SENDING).setParameter("until", now.plus(CLAIM_FOR))
                .setParameter("id", id).setParameter("now", now).setParameter("pending", Reminder.Status.PENDING)
                .executeUpdate();
        if (claimed != 1) {
            return null;
        }
        Reminder r = em.find(Reminder.class, id);
        em.refresh(r);
        Appointment a = Appointment.load(r.appointment.id);
        boolean stale = r.kind == Reminder.Kind.DAY_BEFORE && (!a.isOpen() || a.startsAt.isBefore(now));
        if (stale || !wanted(a.client)) {
            r.status = Reminder.Status.SKIPPED;
            return null;
        }
        return mail(a, r.kind);
    }

    private void done(long id) {
        Reminder r = em.find(Reminder.class, id);
        r.status = Reminder.Status.SENT;
        r.sentAt = Instant.now(clock);
        r.lastError = null;
    }

    private void failed(long id, RuntimeException e) {
        Reminder r = em.find(Reminder.class, id);
        r.status = r.attempts >= MAX_ATTEMPTS ? Reminder.Status.FAILED : Reminder.Status.PENDING;
        r.dueAt = Instant.now(clock).plus(BACK_OFF.get(Math.min(r.attempts, BACK_OFF.size()) - 1));
        String message = String.valueOf(e.getMessage());
        r.lastError = message.length() > 500 ? message.substring(0, 500) : message;
    }

    /** The message in the client's language, with its .ics. */
    Mail mail(Appointment a, Reminder.Kind kind) {
        Language language = a.client.language == null ? Language.DEFAULT : a.client.language;
        AppointmentMessages m = RequestLanguage.words(AppointmentMessages.class, language);
        String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", language.locale)
                .format(a.startsAt.atZone(Formats.ZONE));
        String type = a.type.nameIn(language);
        String place = a.type.telehealth ? m.mailVideo() : a.location.nameIn(language);
        String consultant = firstName(a.consultant.displayName);
        String subject = switch (kind) {
            case BOOKED -> m.mailSubjectBooked(when);
            case CHANGED -> m.mailSubjectChanged(when);
            case CANCELLED -> m.mailSubjectCancelled(when);
            case DAY_BEFORE -> m.mailSubjectDayBefore(when);
        };
        String opening = switch (kind) {
            case BOOKED -> m.mailBooked();
            case CHANGED -> m.mailChanged();
            case CANCELLED -> m.mailCancelled();
            case DAY_BEFORE -> m.mailDayBefore();
        };
        StringBuilder text = new StringBuilder();
        text.append(m.mailGreeting(a.client.firstName)).append("\n\n").append(opening).append("\n\n")
                .append(m.mailWhat(type)).append('\n').append(m.mailWhen(when)).append('\n')
                .append(m.mailWhere(place)).append('\n').append(m.mailWith(consultant)).append("\n\n");
        if (kind != Reminder.Kind.CANCELLED) {
            text.append(m.mailChange()).append("\n\n");
        }
        text.append(m.mailOptOut()).append("\n\n").append(clinic.name()).append('\n');
        boolean cancelled = kind == Reminder.Kind.CANCELLED;
        String ics = Ics.calendar(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST,
                List.of(new Ics.Event(Ics.uid(a), a.startsAt, a.endsAt, type + " · " + clinic.name(),
                        a.type.telehealth ? a.videoLink : place, null, (int) a.version, cancelled)),
                Instant.now(clock));
        return Mail.withText(a.client.email, subject, text.toString()).addAttachment("appointment.ics",
                ics.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + (cancelled ? "CANCEL" : "REQUEST"));
    }

    /** "Maya" of "Maya Lindqvist, IBCLC": the mail names the consultant by her first name only. */
    static String firstName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        int end = 0;
        while (end < name.length() && !Character.isWhitespace(name.charAt(end)) && name.charAt(end) != ',') {
            end++;
        }
        return name.substring(0, end);
    }
}
