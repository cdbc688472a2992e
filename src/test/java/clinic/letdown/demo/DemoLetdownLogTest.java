package clinic.letdown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.account.Account;
import clinic.letdown.account.AccountService;
import clinic.letdown.account.PasswordKind;
import clinic.letdown.account.Role;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.client.Client;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.letdownlog.LetdownTrends;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.web.Formats;

/**
 * The demo data (priority 50): links "client" to Sofia Reyes and fills her log once. Runs inside
 * a transaction that is rolled back, because the demo's names are fixed and the test database
 * is shared.
 */
@QuarkusTest
class DemoLetdownLogTest {

    @Test
    void linksTheDemoClientAndLogsEightSessionsWhereDeepBreathingHelpsOnce() throws Exception {
        boolean free = QuarkusTransaction.requiringNew().call(() -> !Account.usernameTaken("client")
                && Client.count("firstName = ?1 and lastName = ?2", "Sofia", "Reyes") == 0);
        assumeTrue(free, "the demo's names are taken in this database");
        DemoLetdownLog demo = Arc.container().instance(DemoLetdownLog.class).get();
        QuarkusTransaction.begin();
        try {
            demo.linkAndLog();
            Account account = Arc.container().instance(AccountService.class).get().create("client", "Sofia Reyes",
                    EnumSet.of(Role.CLIENT), "client-demo-2026", PasswordKind.PERMANENT);
            Client sofia = new Client();
            sofia.firstName = "Sofia";
            sofia.lastName = "Reyes";
            sofia.createdAt = Instant.now();
            sofia.updatedAt = sofia.createdAt;
            sofia.persist();
            demo.linkAndLog();
            assertEquals(account.id, sofia.portalAccount.id, "linked even without a plan");
            assertEquals(0, LetdownLogEntry.count("client.id", sofia.id));

            CarePlan plan = new CarePlan();
            plan.client = sofia;
            plan.author = account;
            plan.title = "Demo plan";
            plan.status = CarePlanStatus.ACTIVE;
            plan.periodStart = LocalDate.now(Formats.ZONE).minusDays(2);
            plan.createdAt = Instant.now();
            plan.updatedAt = plan.createdAt;
            plan.persist();
            Strategy strategy = new Strategy();
            strategy.name = PortalFixtures.unique("Deep breathing");
            strategy.category = StrategyCategory.RELAXATION;
            strategy.description = "d";
            strategy.instructions = "i";
            strategy.createdAt = Instant.now();
            strategy.updatedAt = strategy.createdAt;
            strategy.persist();
            Activity breathing = new Activity();
            breathing.carePlan = plan;
            breathing.strategy = strategy;
            breathing.instructions = "Breathe";
            breathing.persist();

            demo.linkAndLog();
            demo.linkAndLog();
            assertEquals(8, LetdownLogEntry.count("client.id", sofia.id), "once, however often it runs");
            assertEquals(0, LetdownLogEntry.count("client.id = ?1 and occurredAt < ?2", sofia.id,
                    plan.periodStart.atStartOfDay(Formats.ZONE).toInstant()), "inside the plan's period");
            LetdownTrends.Comparison comparison = Arc.container().instance(LetdownTrends.class).get()
                    .forClient(sofia.id).comparisons().get(0);
            assertEquals(LetdownTrends.Outcome.FASTER, comparison.outcome());
            assertEquals(4, comparison.tried().count());
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
