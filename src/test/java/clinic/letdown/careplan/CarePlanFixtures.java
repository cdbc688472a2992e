package clinic.letdown.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Account;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.support.TestAccounts;

/**
 * Clients, consultations and plans made directly in the database: the client pages belong to
 * another feature, and each test needs its own data.
 */
public final class CarePlanFixtures {

    private CarePlanFixtures() {
    }

    public static long client(String firstName) {
        return client(firstName, TestAccounts.uniqueName("Plan"), ClientStatus.ACTIVE);
    }

    public static long client(String firstName, String lastName, ClientStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = new Client();
            client.firstName = firstName;
            client.lastName = lastName;
            client.status = status;
            client.notes = "CLINICAL-NOTE-NEVER-PRINTED";
            client.createdAt = Instant.now();
            client.updatedAt = client.createdAt;
            client.persist();
            return client.id;
        });
    }

    /** A consultation {@code daysAgo} days ago with these difficulties: factor, severity, factor, severity... */
    public static long consultation(long clientId, long consultantId, int daysAgo, Object... factorSeverity) {
        Map<DifficultyFactor, Integer> difficulties = new LinkedHashMap<>();
        for (int i = 0; i < factorSeverity.length; i += 2) {
            difficulties.put((DifficultyFactor) factorSeverity[i], (Integer) factorSeverity[i + 1]);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Consultation consultation = new Consultation();
            consultation.client = Client.findById(clientId);
            consultation.consultant = Account.findById(consultantId);
            consultation.startedAt = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
            consultation.kind = ConsultationKind.INITIAL;
            consultation.subjective = "SOAP-NOTE-NEVER-PRINTED";
            consultation.followUpOn = LocalDate.now().plusDays(14 - daysAgo);
            consultation.createdAt = Instant.now();
            consultation.updatedAt = consultation.createdAt;
            difficulties.forEach((factor, severity) -> consultation.addDifficulty(factor, severity, null));
            consultation.persist();
            return consultation.id;
        });
    }

    /** A draft plan with one goal and an activity per named strategy, made through the service. */
    public static long draftPlan(long clientId, long authorId, String title, String... strategyNames) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PlanContent.ActivityInput> activities = java.util.Arrays.stream(strategyNames).map(name -> {
                Strategy s = Strategy.find("name", name).firstResult();
                return new PlanContent.ActivityInput(null, s.id, s.instructions, s.usualFrequency, ActivityStatus.NOT_STARTED);
            }).toList();
            PlanContent content = new PlanContent(title, LocalDate.now(), LocalDate.now().plusWeeks(4),
                    EnumSet.of(DifficultyFactor.STRESS),
                    List.of(new PlanContent.GoalInput(null, "Letdown within 2 minutes", "5 of 7 days",
                            LocalDate.now().plusWeeks(2), GoalStatus.IN_PROGRESS)),
                    activities);
            return Arc.container().instance(CarePlanService.class).get().create(clientId, authorId, content).id;
        });
    }

    public static CarePlan plan(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CarePlan plan = CarePlan.load(id);
            plan.goals.size();
            plan.activities.forEach(a -> a.strategy.name.length());
            plan.statusHistory.forEach(c -> c.changedBy.displayName.length());
            return plan;
        });
    }

    public static Strategy strategy(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Strategy s = Strategy.find("name", name).firstResult();
            s.factors.size();
            return s;
        });
    }
}
