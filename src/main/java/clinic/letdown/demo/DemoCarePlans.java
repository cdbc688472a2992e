package clinic.letdown.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Account;
import clinic.letdown.careplan.ActivityStatus;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanService;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.careplan.LatestDifficulties;
import clinic.letdown.careplan.PlanContent;
import clinic.letdown.careplan.StrategySuggestions;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;

/**
 * Demo mode: care plans for the demo clients (made by the client demo data just before). Sofia
 * Reyes gets an active plan like acceptance scenario 3 (in Spanish, her language); up to two other
 * clients get a draft and a completed plan, each in the client's language. Skips quietly when those clients are missing or already have plans.
 */
@ApplicationScoped
public class DemoCarePlans {

    private static final Logger LOG = Logger.getLogger(DemoCarePlans.class);

    @Inject
    CarePlanService plans;

    @Inject
    Clock clock;

    /** Plans for Sofia Reyes and two other demo clients, unless Sofia has plans already. */
    void seed() {
        Client sofia = QuarkusTransaction.requiringNew().call(() -> Client.<Client>find(
                "firstName = ?1 and lastName = ?2 order by id", "Sofia", "Reyes").firstResult());
        Account author = QuarkusTransaction.requiringNew().call(DemoCarePlans::demoConsultant);
        if (sofia == null || author == null
                || QuarkusTransaction.requiringNew().call(() -> CarePlan.count("client.id", sofia.id)) > 0) {
            return;
        }
        List<Client> others = QuarkusTransaction.requiringNew().call(() -> Client.<Client>find("""
                select c from Client c where c.id <> ?1
                and not exists (select p.id from CarePlan p where p.client = c) order by c.id""", sofia.id)
                .range(0, 1).list());
        createPlans(sofia, others, author);
        LOG.info("Demo mode: care plans created for the demo clients.");
    }

    /** Sofia's active plan; a draft for the first other client, a completed plan for the second. */
    void createPlans(Client sofia, List<Client> others, Account author) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        CarePlan active = plans.create(sofia.id, author.id, sofia.language == Language.ES ? sofiasPlanInSpanish(today)
                : sofiasPlan(today));
        if (sofia.isActive()) {
            plans.changeStatus(active.id, String.valueOf(active.version), CarePlanStatus.ACTIVE, author.id, null, null);
        }
        if (!others.isEmpty()) {
            plans.create(others.get(0).id, author.id, suggestedPlan(others.get(0), today));
        }
        if (others.size() > 1 && others.get(1).isActive()) {
            CarePlan past = plans.create(others.get(1).id, author.id, suggestedPlan(others.get(1), today.minusWeeks(6)));
            past = plans.changeStatus(past.id, String.valueOf(past.version), CarePlanStatus.ACTIVE, author.id, null, null);
            plans.changeStatus(past.id, String.valueOf(past.version), CarePlanStatus.COMPLETED, author.id, null, null);
        }
    }

    private static Account demoConsultant() {
        return Account.findByUsername("consultant").orElseGet(() -> Account.consultantNames().stream().findFirst()
                .map(named -> Account.<Account>findById(named.id())).orElse(null));
    }

    private static PlanContent sofiasPlan(LocalDate today) {
        List<PlanContent.ActivityInput> activities = new ArrayList<>();
        strategy("Deep breathing").ifPresent(s -> activities.add(new PlanContent.ActivityInput(null, s.id,
                s.instructions + "\nPractise once in the evening too, when the house is quiet.", s.usualFrequency,
                ActivityStatus.IN_PROGRESS)));
        strategy("Warm compresses").ifPresent(s -> activities.add(new PlanContent.ActivityInput(null, s.id,
                s.instructions, "Before the morning and evening feeds", ActivityStatus.IN_PROGRESS)));
        return new PlanContent("Faster letdown, less pain", today.minusDays(3), today.plusWeeks(4),
                EnumSet.of(DifficultyFactor.STRESS, DifficultyFactor.PAIN),
                List.of(new PlanContent.GoalInput(null, "Letdown within 2 minutes of latching",
                        "On at least 5 of 7 days, as noted in the letdown log", today.plusWeeks(2), GoalStatus.IN_PROGRESS),
                        new PlanContent.GoalInput(null, "Feeds without pain", "Pain 2 or less on the 0-10 scale",
                                today.plusWeeks(3), GoalStatus.IN_PROGRESS)),
                activities);
    }

    /** The same plan in Spanish for a Spanish-speaking Sofia: the library's Spanish steps (docs/glossary-es.md). */
    private static PlanContent sofiasPlanInSpanish(LocalDate today) {
        List<PlanContent.ActivityInput> activities = new ArrayList<>();
        strategy("Deep breathing").ifPresent(s -> activities.add(new PlanContent.ActivityInput(null, s.id,
                s.instructionsIn(Language.ES) + "\nPractíquelo también una vez por la noche, cuando la casa esté tranquila.",
                s.usualFrequencyIn(Language.ES), ActivityStatus.IN_PROGRESS)));
        strategy("Warm compresses").ifPresent(s -> activities.add(new PlanContent.ActivityInput(null, s.id,
                s.instructionsIn(Language.ES), "Antes de las tomas de la mañana y de la noche", ActivityStatus.IN_PROGRESS)));
        return new PlanContent("Bajada de la leche más rápida, menos dolor", today.minusDays(3), today.plusWeeks(4),
                EnumSet.of(DifficultyFactor.STRESS, DifficultyFactor.PAIN),
                List.of(new PlanContent.GoalInput(null, "La leche baja dentro de los 2 minutos después de que su bebé se prende",
                        "Al menos 5 de cada 7 días, según su registro de tomas", today.plusWeeks(2), GoalStatus.IN_PROGRESS),
                        new PlanContent.GoalInput(null, "Tomas sin dolor", "Dolor de 2 o menos en la escala de 0 a 10",
                                today.plusWeeks(3), GoalStatus.IN_PROGRESS)),
                activities);
    }

    /** A plan from the first two suggestions for the client's latest difficulties (or two general strategies). */
    private static PlanContent suggestedPlan(Client client, LocalDate start) {
        Set<DifficultyFactor> factors = EnumSet.noneOf(DifficultyFactor.class);
        List<Strategy> chosen = QuarkusTransaction.requiringNew().call(() -> {
            LatestDifficulties latest = LatestDifficulties.of(client.id);
            List<Strategy> top = StrategySuggestions.forDifficulties(latest).stream().limit(2)
                    .map(StrategySuggestions.Suggestion::strategy).toList();
            if (top.isEmpty()) {
                top = Strategy.<Strategy>list("retired = false order by id").stream().limit(2).toList();
            }
            top.forEach(s -> s.factors.forEach(f -> factors.add(f.factor)));
            return top;
        });
        boolean spanish = client.language == Language.ES;
        return new PlanContent(spanish ? "Plan de cuidado para la bajada de la leche" : "Letdown care plan", start,
                start.plusWeeks(4), factors,
                List.of(new PlanContent.GoalInput(null, spanish ? "La leche baja en 3 minutos o menos en la mayoría de las tomas"
                        : "Letdown within 3 minutes at most feeds", spanish ? "5 de cada 7 días" : "On 5 of 7 days",
                        start.plusWeeks(3), GoalStatus.IN_PROGRESS)),
                chosen.stream().map(s -> new PlanContent.ActivityInput(null, s.id, s.instructionsIn(client.language),
                        s.usualFrequencyIn(client.language), ActivityStatus.NOT_STARTED)).toList());
    }

    private static java.util.Optional<Strategy> strategy(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Strategy.<Strategy>find("name = ?1 and retired = false", name)
                .firstResultOptional());
    }
}
