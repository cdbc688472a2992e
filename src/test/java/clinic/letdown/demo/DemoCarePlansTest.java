package clinic.letdown.demo;

import static clinic.letdown.consultation.DifficultyFactor.FATIGUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.account.Account;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanFixtures;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.client.Client;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Language;

/** The demo plans, made for clients of this test (demo mode itself is off in tests). */
@QuarkusTest
class DemoCarePlansTest {

    @Inject
    DemoCarePlans demo;

    @Test
    void sofiaGetsAnActivePlanLikeScenarioThreeAndTwoOthersADraftAndACompletedPlan() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long sofia = CarePlanFixtures.client("Sofia");
        long second = CarePlanFixtures.client("Second");
        long third = CarePlanFixtures.client("Third");
        CarePlanFixtures.consultation(third, consultant.id(), 3, FATIGUE, 8);
        QuarkusTransaction.requiringNew().run(() -> demo.createPlans(Client.findById(sofia),
                List.of(Client.findById(second), Client.findById(third)), Account.findById(consultant.id())));

        List<CarePlan> sofias = QuarkusTransaction.requiringNew().call(() -> CarePlan.listForClient(sofia));
        assertEquals(1, sofias.size());
        CarePlan active = CarePlanFixtures.plan(sofias.get(0).id);
        assertEquals(CarePlanStatus.ACTIVE, active.status);
        assertEquals(List.of("Deep breathing", "Warm compresses"), active.activities.stream().map(a -> a.strategy.name).toList());
        assertTrue(active.goals.get(0).description.contains("within 2 minutes of latching"));

        CarePlan draft = CarePlanFixtures.plan(QuarkusTransaction.requiringNew().call(() -> CarePlan.listForClient(second)).get(0).id);
        assertEquals(CarePlanStatus.DRAFT, draft.status);
        assertEquals(2, draft.activities.size());
        CarePlan completed = CarePlanFixtures.plan(QuarkusTransaction.requiringNew().call(() -> CarePlan.listForClient(third)).get(0).id);
        assertEquals(CarePlanStatus.COMPLETED, completed.status);
        assertEquals("Rest and sleep support", completed.activities.get(0).strategy.name, "from her fatigue");
        assertEquals(3, completed.statusHistory.size());
    }

    @Test
    void aSpanishSpeakingSofiaGetsHerPlanInSpanish() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long sofia = CarePlanFixtures.client("Sofia");
        QuarkusTransaction.requiringNew().run(() -> Client.<Client>findById(sofia).language = Language.ES);
        QuarkusTransaction.requiringNew().run(() -> demo.createPlans(Client.findById(sofia), List.of(),
                Account.findById(consultant.id())));

        CarePlan plan = CarePlanFixtures.plan(QuarkusTransaction.requiringNew().call(() -> CarePlan.listForClient(sofia)).get(0).id);
        assertEquals("Bajada de la leche más rápida, menos dolor", plan.title);
        assertEquals("Tomas sin dolor", plan.goals.get(1).description);
        Strategy breathing = CarePlanFixtures.strategy("Deep breathing");
        assertTrue(plan.activities.get(0).instructions.startsWith(breathing.instructionsEs), plan.activities.get(0).instructions);
        assertTrue(plan.activities.get(0).instructions.endsWith("cuando la casa esté tranquila."));
        assertEquals(breathing.usualFrequencyEs, plan.activities.get(0).frequency);
        assertEquals("Antes de las tomas de la mañana y de la noche", plan.activities.get(1).frequency);
    }
}
