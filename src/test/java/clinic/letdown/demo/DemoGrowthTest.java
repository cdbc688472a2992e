package clinic.letdown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.Client;
import clinic.letdown.growth.BabyGrowth;
import clinic.letdown.growth.GrowthFlag;
import clinic.letdown.growth.GrowthReadModel;
import clinic.letdown.support.TestAccounts;

/** The demo's growth: Nneka with a weight-loss flag, Lukas doing well; seeding runs once. */
@QuarkusTest
class DemoGrowthTest {

    @Inject
    DemoClients clients;

    @Inject
    DemoGrowth demo;

    @Inject
    GrowthReadModel growth;

    @Test
    void nnekaIsFlaggedLukasIsNotAndSeedingRunsOnce() {
        QuarkusTransaction.requiringNew().run(() -> clients.seed(TestAccounts.consultant().id(), TestAccounts.consultant().id()));
        demo.seed();
        assertFalse(demo.seed(), "runs once");
        QuarkusTransaction.requiringNew().run(() -> {
            Client amara = Client.find("firstName = ?1 and lastName = ?2 order by id", "Amara", "Okonkwo").firstResult();
            Client hannah = Client.find("firstName = ?1 and lastName = ?2 order by id", "Hannah", "Becker").firstResult();
            BabyGrowth nneka = growth.forClient(amara, List.of()).babies().stream()
                    .filter(b -> b.baby().name.equals("Nneka")).findFirst().orElseThrow();
            assertEquals(BabySex.FEMALE, nneka.baby().sex);
            assertEquals(List.of(GrowthFlag.Kind.LOSS_REVIEW), nneka.flags().stream().map(GrowthFlag::kind).toList());
            assertEquals(-9.0, nneka.latest().changePercent(), 0.05);
            assertEquals(4, nneka.latest().ageDays());
            assertTrue(nneka.preterm(), "born at 36 weeks");
            BabyGrowth lukas = growth.forClient(hannah, List.of()).babies().get(0);
            assertTrue(lukas.flags().isEmpty(), lukas.flags().toString());
            assertTrue(lukas.latest().z() != null && lukas.latest().z() > -1 && lukas.latest().z() < 1);
        });
    }
}
