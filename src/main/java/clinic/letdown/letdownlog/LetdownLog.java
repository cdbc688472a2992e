package clinic.letdown.letdownlog;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.TemplateData;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.StrategyTally;
import clinic.letdown.client.Client;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Paged;

/** The client's letdown log: new entries (audited, refused once she is discharged) and the history as pages. */
@ApplicationScoped
public class LetdownLog {

    public static final int PAGE_SIZE = 20;

    @Inject
    AuditTrail audit;

    @Inject
    @InRequestLanguage
    LetdownLogMessages messages;

    @Inject
    Clock clock;

    @Inject
    StrategyTally tally;

    /** One logged session as the history shows it: words, not entities. */
    @TemplateData
    public record EntryView(long id, Instant occurredAt, FeedKind feedKind, Double minutesToLetdown,
            List<String> signs, List<String> activitiesTried, Integer stress, Integer pain, Integer pumpedMl,
            String note) {

        public boolean letdownCame() {
            return minutesToLetdown != null;
        }
    }

    /**
     * Stores one entry. Checks again, inside the transaction, that she is not discharged and that
     * every activity belongs to her current plan.
     */
    @Transactional
    public LetdownLogEntry record(long clientId, LogEntryForm.Values values) {
        tally.lockForEntry(clientId);
        Client client = Client.findById(clientId);
        if (!client.isActive()) {
            throw new ClientDischargedException();
        }
        LetdownLogEntry entry = new LetdownLogEntry();
        entry.client = client;
        entry.occurredAt = values.occurredAt();
        entry.feedKind = values.feedKind();
        entry.minutesToLetdown = values.minutesToLetdown();
        entry.setSigns(values.signs());
        entry.stress = values.stress();
        entry.pain = values.pain();
        entry.pumpedMl = values.pumpedMl();
        entry.note = values.note();
        entry.createdAt = Instant.now(clock);
        entry.activitiesTried.addAll(activitiesOfActivePlan(clientId, values.activityIds()));
        entry.persist();
        tally.entryLogged(clientId, entry.id);
        // what she logged stays out of the detail: admins read the trail (minimum necessary)
        audit.record(AuditAction.CREATE, RecordType.LETDOWN_LOG_ENTRY, entry.id, clientId, null);
        return entry;
    }

    /**
     * The activities she marked, checked again inside the transaction against her ACTIVE plan (it
     * may have changed since the form's check); references only, the entry's rows need their ids.
     */
    private static List<Activity> activitiesOfActivePlan(long clientId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (!activityIdsToTry(clientId).containsAll(ids)) {
            throw new PlanChangedException();
        }
        return ids.stream().map(id -> Activity.getEntityManager().getReference(Activity.class, id)).toList();
    }

    /** The ids of the activities she can say she tried: those of her ACTIVE plan (none without one). */
    public static Set<Long> activityIdsToTry(long clientId) {
        return new HashSet<>(Activity.getEntityManager().createQuery("select a.id from Activity a"
                + " where a.carePlan.client.id = :client and a.carePlan.status = :active", Long.class)
                .setParameter("client", clientId).setParameter("active", CarePlanStatus.ACTIVE).getResultList());
    }

    /** One page of her entries, newest first; activities and their strategies come in two batch queries. */
    public Paged<EntryView> history(long clientId, int page) {
        Paged<LetdownLogEntry> entries = Paged.of(
                LetdownLogEntry.find("client.id", Sort.descending("occurredAt", "id"), clientId), page, PAGE_SIZE);
        return entries.map(this::view);
    }

    private EntryView view(LetdownLogEntry entry) {
        List<String> signs = entry.signs().stream().map(s -> LetdownLogLabels.clientWords(s, messages)).toList();
        List<String> tried = entry.activitiesTried.stream()
                .sorted((a, b) -> a.position != b.position ? Integer.compare(a.position, b.position) : Long.compare(a.id, b.id))
                .map(a -> a.strategy.getShownName()).toList();
        return new EntryView(entry.id, entry.occurredAt, entry.feedKind, entry.minutesToLetdown, signs, tried,
                entry.stress, entry.pain, entry.pumpedMl, entry.note);
    }
}
