package clinic.letdown.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Account;
import clinic.letdown.account.Role;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.ActivityStatus;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.Goal;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.letdownlog.FeedKind;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.report.ReportData;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Formats;

/**
 * Clinical data for the portal's tests, made directly with the entities (the client, care plan
 * and strategy pages belong to other features). Every name is unique, so tests never share rows.
 */
public final class PortalFixtures {

    private PortalFixtures() {
    }

    /** A client with an active plan (deep breathing, warm compresses), one goal, and a portal account. */
    public record Family(TestAccounts.Created consultant, long clientId, String firstName, String lastName, long planId,
            String planTitle, long breathingId, String breathingName, long compressesId, String compressesName,
            String goalDescription, TestAccounts.Created portal) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    public static Family family() {
        return family(LocalDate.now(Formats.ZONE).minusDays(14));
    }

    /** As {@link #family()}, the plan's period starting on {@code periodStart} (null: no start). */
    public static Family family(LocalDate periodStart) {
        TestAccounts.Created consultant = TestAccounts.create("consultant", Role.CONSULTANT);
        String first = unique("Ana");
        String last = unique("Lopez");
        long clientId = client(first, last, consultant.id());
        String breathing = unique("Deep breathing");
        String compresses = unique("Warm compresses");
        long breathingStrategy = strategy(breathing, StrategyCategory.RELAXATION);
        long compressesStrategy = strategy(compresses, StrategyCategory.COMFORT);
        String title = unique("Calmer letdown plan");
        String goal = unique("Letdown within 2 minutes of latching");
        long planId = plan(clientId, consultant.id(), title, CarePlanStatus.ACTIVE, periodStart, goal);
        long breathingId = activity(planId, breathingStrategy, "Breathe in for 4, out for 6, " + first + ".",
                "before every feed", 0);
        long compressesId = activity(planId, compressesStrategy, "Warm cloth for 5 minutes.", "morning feeds", 1);
        TestAccounts.Created portal = portalAccount(clientId);
        return new Family(consultant, clientId, first, last, planId, title, breathingId, breathing, compressesId,
                compresses, goal, portal);
    }

    /** A unique name that is never the beginning of another one ("Ana-1-1x" is not in "Ana-1-12x"). */
    public static String unique(String prefix) {
        return TestAccounts.uniqueName(prefix) + "x";
    }

    public static long client(String firstName, String lastName, Long consultantId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = new Client();
            client.firstName = firstName;
            client.lastName = lastName;
            client.consultant = consultantId == null ? null : Account.findById(consultantId);
            client.status = ClientStatus.ACTIVE;
            client.createdAt = Instant.now();
            client.updatedAt = client.createdAt;
            client.persist();
            return client.id;
        });
    }

    public static long strategy(String name, StrategyCategory category) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Strategy strategy = new Strategy();
            strategy.name = name;
            strategy.category = category;
            strategy.description = "For consultants: " + name;
            strategy.instructions = "Steps of " + name;
            strategy.createdAt = Instant.now();
            strategy.updatedAt = strategy.createdAt;
            strategy.persist();
            return strategy.id;
        });
    }

    public static long plan(long clientId, long authorId, String title, CarePlanStatus status, LocalDate periodStart,
            String... goalDescriptions) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CarePlan plan = new CarePlan();
            plan.client = Client.findById(clientId);
            plan.author = Account.findById(authorId);
            plan.title = title;
            plan.status = status;
            plan.periodStart = periodStart;
            plan.setAddressedFactors(EnumSet.of(DifficultyFactor.STRESS, DifficultyFactor.PAIN));
            plan.createdAt = Instant.now();
            plan.updatedAt = plan.createdAt;
            int position = 0;
            for (String description : goalDescriptions) {
                Goal goal = new Goal();
                goal.carePlan = plan;
                goal.description = description;
                goal.target = "on 5 of 7 days";
                goal.dueOn = LocalDate.now(Formats.ZONE).plusDays(14);
                goal.position = position++;
                plan.goals.add(goal);
            }
            plan.persist();
            ReportData.tally().plansChanged(clientId);
            return plan.id;
        });
    }

    public static long activity(long planId, long strategyId, String instructions, String frequency, int position) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Activity activity = new Activity();
            activity.carePlan = CarePlan.findById(planId);
            activity.strategy = Strategy.findById(strategyId);
            activity.instructions = instructions;
            activity.frequency = frequency;
            activity.status = ActivityStatus.IN_PROGRESS;
            activity.position = position;
            activity.persist();
            ReportData.tally().plansChanged(activity.carePlan.client.id);
            return activity.id;
        });
    }

    /** A CLIENT account (own password, not temporary) linked to the client. */
    public static TestAccounts.Created portalAccount(long clientId) {
        TestAccounts.Created account = TestAccounts.create("portal", Role.CLIENT);
        QuarkusTransaction.requiringNew().run(() -> {
            Client client = Client.findById(clientId);
            client.portalAccount = Account.findById(account.id());
        });
        return account;
    }

    public static long entry(long clientId, Instant occurredAt, Double minutes, Integer stress, Integer pain,
            Long... activityIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LetdownLogEntry entry = new LetdownLogEntry();
            entry.client = Client.findById(clientId);
            entry.occurredAt = occurredAt;
            entry.feedKind = FeedKind.FEEDING;
            entry.minutesToLetdown = minutes;
            entry.stress = stress;
            entry.pain = pain;
            entry.setSigns(Set.of(LetdownSign.TINGLING));
            entry.createdAt = Instant.now();
            for (Long id : activityIds) {
                entry.activitiesTried.add(Activity.findById(id));
            }
            entry.persist();
            ReportData.tally().entryLogged(clientId, entry.id);
            return entry.id;
        });
    }

    /** Entries at {@code minutes}, one an hour back from {@code start}, each with {@code activityIds} tried. */
    public static void entries(long clientId, ZonedDateTime start, List<Double> minutes, Long... activityIds) {
        for (int i = 0; i < minutes.size(); i++) {
            entry(clientId, start.minusHours(i).toInstant(), minutes.get(i), null, null, activityIds);
        }
    }

    public static long consultation(long clientId, long consultantId, Instant startedAt, LocalDate followUpOn,
            String subjective) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Consultation consultation = new Consultation();
            consultation.client = Client.findById(clientId);
            consultation.consultant = Account.findById(consultantId);
            consultation.startedAt = startedAt;
            consultation.kind = ConsultationKind.INITIAL;
            consultation.subjective = subjective;
            consultation.assessment = "Assessment " + subjective;
            consultation.followUpOn = followUpOn;
            consultation.createdAt = Instant.now();
            consultation.updatedAt = consultation.createdAt;
            consultation.persist();
            return consultation.id;
        });
    }

    public static void discharge(long clientId) {
        QuarkusTransaction.requiringNew().run(() -> Client.<Client>findById(clientId).status = ClientStatus.DISCHARGED);
    }

    public static long entryCount(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> LetdownLogEntry.count("client.id", clientId));
    }

    public static LetdownLogEntry latestEntry(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            LetdownLogEntry entry = LetdownLogEntry.<LetdownLogEntry>find("client.id = ?1 order by id desc", clientId)
                    .firstResult();
            if (entry != null) {
                entry.activitiesTried.size();
            }
            return entry;
        });
    }

    public static long auditCount(String action, String recordType, long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> clinic.letdown.audit.AuditEvent
                .count("action = ?1 and recordType = ?2 and clientId = ?3",
                        clinic.letdown.audit.AuditAction.valueOf(action), recordType, clientId));
    }
}
