package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.ClinicConfig;

/** Makes, renews and revokes a consultant's feed, and writes it: her appointments of the last 30 and next 180 days, clients by initials. */
@ApplicationScoped
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicConfig clinic;

    /** A new token (the old one stops working); returned once, stored only as its hash. */
    @Transactional
    public String renew(long consultantId) {
        String token = replaceFeed(consultantId, Instant.now(clock));
        audit.record(AuditAction.UPDATE, RecordType.ACCOUNT, consultantId, "calendar feed renewed");
        return token;
    }

    /** Her feed under a new token (the old one stops working), in the caller's transaction: renew audits it, test fixtures call it as it is. */
    static String replaceFeed(long consultantId, Instant now) {
        CalendarFeed.deleteById(consultantId);
        CalendarFeed.flush();
        String token = CalendarFeed.newToken();
        CalendarFeed feed = new CalendarFeed();
        feed.consultantId = consultantId;
        feed.tokenHash = CalendarFeed.hash(token);
        feed.createdAt = now;
        feed.persist();
        return token;
    }

    @Transactional
    public void revoke(long consultantId) {
        CalendarFeed.deleteById(consultantId);
        audit.record(AuditAction.UPDATE, RecordType.ACCOUNT, consultantId, "calendar feed revoked");
    }

    /** The feed's text, or null for a token that opens none. */
    @Transactional
    public String feed(String token, String remoteAddress) {
        CalendarFeed feed = CalendarFeed.byToken(token);
        if (feed == null) {
            return null;
        }
        Instant now = Instant.now(clock);
        List<Ics.Event> events = new ArrayList<>();
        for (Appointment a : Appointment.startingBetween(List.of(feed.consultantId), now.minus(PAST), now.plus(AHEAD))) {
            if (a.status == AppointmentStatus.CANCELLED) {
                continue;
            }
            events.add(new Ics.Event(Ics.uid(a), a.startsAt, a.endsAt, initials(a.client.firstName, a.client.lastName)
                    + " · " + a.type.name, a.location.name, null, (int) a.version, false));
        }
        audit.recordAs("calendar-feed", remoteAddress, AuditAction.VIEW, RecordType.APPOINTMENT, feed.consultantId, null,
                "calendar feed of consultant " + feed.consultantId + ", " + events.size() + " appointments");
        return Ics.calendar(net.fortuna.ical4j.model.property.immutable.ImmutableMethod.PUBLISH, events, now);
    }

    /** "S.R." for Sofia Reyes: enough for her to know whom she sees, nothing for anyone who finds the address. */
    static String initials(String first, String last) {
        return initial(first) + initial(last);
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, name.strip().offsetByCodePoints(0, 1)).toUpperCase() + ".";
    }
}
