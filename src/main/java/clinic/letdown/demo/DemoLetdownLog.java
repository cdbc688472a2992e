package clinic.letdown.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Account;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.SharedPlans;
import clinic.letdown.careplan.StrategyTally;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.letdownlog.FeedKind;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.web.Formats;

/**
 * Demo mode: links the demo account "client" to the demo client Sofia Reyes and, when she has an
 * active plan and an empty log, fills the log with eight sessions over the last five days in which
 * deep breathing goes with faster letdown. Skips quietly whatever is missing or already there.
 */
@ApplicationScoped
public class DemoLetdownLog {

    private static final Logger LOG = Logger.getLogger(DemoLetdownLog.class);

    /** Whether she tried deep breathing in a session. */
    private enum Breathing {
        TRIED, NOT_TRIED
    }

    /** Days ago, hour, feeding or pumping, deep breathing, minutes until letdown (null: did not come), stress, pain. */
    private record Session(int daysAgo, int hour, FeedKind kind, Breathing breathing, Double minutes, int stress,
            int pain) {
    }

    private static final Double DID_NOT_COME = null;

    private static final List<Session> SESSIONS = List.of(
            new Session(5, 7, FeedKind.FEEDING, Breathing.NOT_TRIED, 6.5, 7, 4),
            new Session(4, 13, FeedKind.FEEDING, Breathing.TRIED, 2.5, 5, 3),
            new Session(4, 20, FeedKind.PUMPING, Breathing.NOT_TRIED, DID_NOT_COME, 8, 4),
            new Session(3, 9, FeedKind.FEEDING, Breathing.TRIED, 2.0, 4, 3),
            new Session(2, 12, FeedKind.FEEDING, Breathing.NOT_TRIED, 5.5, 6, 3),
            new Session(2, 19, FeedKind.PUMPING, Breathing.TRIED, 1.5, 3, 2),
            new Session(1, 8, FeedKind.FEEDING, Breathing.NOT_TRIED, 6.0, 6, 2),
            new Session(1, 15, FeedKind.FEEDING, Breathing.TRIED, 2.0, 3, 1));

    @Inject
    Clock clock;

    @Inject
    StrategyTally tally;

    void seed() {
        QuarkusTransaction.requiringNew().run(this::linkAndLog);
    }

    void linkAndLog() {
        Account account = Account.findByUsername("client").orElse(null);
        Client sofia = Client.find("firstName = ?1 and lastName = ?2 order by id", "Sofia", "Reyes").firstResult();
        if (account == null || sofia == null) {
            return;
        }
        if (sofia.portalAccount == null && Client.findByPortalAccount(account.id) == null) {
            sofia.portalAccount = account;
            LOG.info("Demo mode: the demo account \"client\" signs in to the portal of Sofia Reyes.");
        }
        if (sofia.portalAccount == null || !sofia.portalAccount.id.equals(account.id)) {
            return;
        }
        CarePlan plan = CarePlan.findActiveFor(sofia.id);
        if (plan == null || LetdownLogEntry.count("client.id", sofia.id) > 0) {
            return;
        }
        List<Activity> activities = SharedPlans.activities(plan.id);
        Activity breathing = activities.stream()
                .filter(a -> a.strategy.name.toLowerCase(Locale.ROOT).contains("breath")).findFirst()
                .orElse(activities.isEmpty() ? null : activities.get(0));
        Instant now = Instant.now(clock);
        Instant earliest = plan.periodStart == null ? null : plan.periodStart.atStartOfDay(Formats.ZONE).toInstant();
        for (int i = 0; i < SESSIONS.size(); i++) {
            Session session = SESSIONS.get(i);
            Instant when = now.atZone(Formats.ZONE).truncatedTo(ChronoUnit.DAYS).minusDays(session.daysAgo())
                    .plusHours(session.hour()).toInstant();
            if (earliest != null && when.isBefore(earliest)) {
                // a plan that began recently: spread the sessions over its days so that the comparison counts them
                when = earliest.plus(Duration.between(earliest, now).multipliedBy(i + 1).dividedBy(SESSIONS.size() + 1));
            }
            LetdownLogEntry entry = new LetdownLogEntry();
            entry.client = sofia;
            entry.occurredAt = when;
            entry.feedKind = session.kind();
            entry.minutesToLetdown = session.minutes();
            entry.setSigns(session.minutes() == null ? EnumSet.noneOf(LetdownSign.class)
                    : session.breathing() == Breathing.TRIED ? EnumSet.of(LetdownSign.TINGLING, LetdownSign.MORE_SWALLOWING)
                            : EnumSet.of(LetdownSign.MORE_SWALLOWING));
            entry.stress = session.stress();
            entry.pain = session.pain();
            entry.pumpedMl = session.kind() == FeedKind.PUMPING ? (session.minutes() == null ? 20 : 70) : null;
            entry.createdAt = when.plus(Duration.ofMinutes(40)).isAfter(now) ? now : when.plus(Duration.ofMinutes(40));
            if (session.breathing() == Breathing.TRIED && breathing != null) {
                entry.activitiesTried.add(breathing);
            }
            entry.persist();
            tally.entryLogged(sofia.id, entry.id);
        }
        LOG.infof("Demo mode: %d letdown log entries for Sofia Reyes.", SESSIONS.size());
    }
}
