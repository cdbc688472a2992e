package clinic.letdown.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Account;
import clinic.letdown.account.Role;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.ActivityStatus;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.Goal;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.careplan.StrategyTally;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.letdownlog.FeedKind;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Formats;

/**
 * Writes report fixtures straight into the database, each row in its own transaction, with
 * times in the clinic's time zone. Tests give their data periods no other test uses.
 */
public final class ReportData {

    private ReportData() {
    }

    /** A staff account with the CONSULTANT role and a unique display name starting with {@code name}. */
    public static Consultant consultant(String name) {
        TestAccounts.Created account = TestAccounts.create("consultant", Role.CONSULTANT);
        String displayName = name + " " + account.username();
        QuarkusTransaction.requiringNew().run(
                () -> Account.update("displayName = ?1 where id = ?2", displayName, account.id()));
        return new Consultant(account.id(), displayName, account);
    }

    public record Consultant(long id, String name, TestAccounts.Created account) {
    }

    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Formats.ZONE).toInstant();
    }

    public static long client(long consultantId, ClientStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = new Client();
            client.firstName = "Report";
            client.lastName = TestAccounts.uniqueName("client");
            client.consultant = Account.getEntityManager().getReference(Account.class, consultantId);
            client.status = status;
            client.createdAt = Instant.parse("1960-01-01T00:00:00Z");
            client.updatedAt = client.createdAt;
            client.persist();
            return client.id;
        });
    }

    /** A consultation with difficulties, e.g. {@code Map.of(STRESS, 7, PAIN, 5)}. */
    public static long consultation(long clientId, long consultantId, String startedAt, ConsultationKind kind,
            Map<DifficultyFactor, Integer> difficulties) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Consultation consultation = new Consultation();
            consultation.client = Client.getEntityManager().getReference(Client.class, clientId);
            consultation.consultant = Account.getEntityManager().getReference(Account.class, consultantId);
            consultation.startedAt = at(startedAt);
            consultation.kind = kind;
            consultation.reason = "Report fixture";
            consultation.createdAt = consultation.startedAt;
            consultation.updatedAt = consultation.startedAt;
            difficulties.forEach((factor, severity) -> consultation.addDifficulty(factor, severity, null));
            consultation.persist();
            return consultation.id;
        });
    }

    public static long strategy(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Strategy strategy = new Strategy();
            strategy.name = name;
            strategy.category = StrategyCategory.RELAXATION;
            strategy.description = "Report fixture";
            strategy.instructions = "Report fixture";
            strategy.createdAt = Instant.parse("1960-01-01T00:00:00Z");
            strategy.updatedAt = strategy.createdAt;
            strategy.persist();
            return strategy.id;
        });
    }

    public static long plan(long clientId, long authorId, CarePlanStatus status, String createdAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CarePlan plan = new CarePlan();
            plan.client = Client.findById(clientId);
            plan.author = Account.getEntityManager().getReference(Account.class, authorId);
            plan.title = "Report fixture plan";
            plan.status = status;
            plan.createdAt = at(createdAt);
            plan.updatedAt = plan.createdAt;
            plan.persist();
            tally().plansChanged(clientId);
            return plan.id;
        });
    }

    public static long activity(long planId, long strategyId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Activity activity = new Activity();
            activity.carePlan = CarePlan.getEntityManager().getReference(CarePlan.class, planId);
            activity.strategy = Strategy.getEntityManager().getReference(Strategy.class, strategyId);
            activity.instructions = "Report fixture";
            activity.status = ActivityStatus.IN_PROGRESS;
            activity.persist();
            tally().plansChanged(CarePlan.<CarePlan>findById(planId).client.id);
            return activity.id;
        });
    }

    public static void goal(long planId, String dueOn, GoalStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            Goal goal = new Goal();
            goal.carePlan = CarePlan.getEntityManager().getReference(CarePlan.class, planId);
            goal.description = "Report fixture goal";
            goal.dueOn = LocalDate.parse(dueOn);
            goal.status = status;
            goal.persist();
        });
    }

    /** A letdown log entry; {@code minutes} null when letdown did not come. */
    public static void logEntry(long clientId, String occurredAt, Double minutes, long... activitiesTried) {
        QuarkusTransaction.requiringNew().run(() -> {
            LetdownLogEntry entry = new LetdownLogEntry();
            entry.client = Client.getEntityManager().getReference(Client.class, clientId);
            entry.occurredAt = at(occurredAt);
            entry.feedKind = FeedKind.FEEDING;
            entry.minutesToLetdown = minutes;
            entry.createdAt = entry.occurredAt;
            for (long activityId : activitiesTried) {
                entry.activitiesTried.add(Activity.getEntityManager().getReference(Activity.class, activityId));
            }
            entry.persist();
            tally().entryLogged(clientId, entry.id);
        });
    }

    /**
     * The app keeps log_entry_strategy in step as it writes; fixtures that write plans and entries
     * around it (these, PortalFixtures) call it too.
     */
    public static StrategyTally tally() {
        return Arc.container().instance(StrategyTally.class).get();
    }
}
