package clinic.letdown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientSearchTerm;
import clinic.letdown.client.ClientSearchTerms;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.support.TestAccounts;

/** The demo clinic's clients, Sofia Reyes above all: later features build on her. */
@QuarkusTest
class DemoClientsTest {

    @Inject
    DemoClients demo;

    @Test
    void sofiaReyesHasHerInitialAndFollowUpConsultationsAndSeedingRunsOnce() {
        TestAccounts.Created maya = TestAccounts.consultant();
        TestAccounts.Created jordan = TestAccounts.consultant();
        boolean created = QuarkusTransaction.requiringNew().call(() -> demo.seed(maya.id(), jordan.id()));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> demo.seed(maya.id(), jordan.id())), "runs once");

        QuarkusTransaction.requiringNew().run(() -> {
            List<Client> sofias = Client.list("firstName = ?1 and lastName = ?2", "Sofia", "Reyes");
            assertEquals(1, sofias.size());
            Client sofia = sofias.get(0);
            if (created) {
                assertEquals(maya.id(), sofia.consultant.id);
                assertTrue(Client.count("consultant.id", jordan.id()) >= 3, "the lead has clients too");
            }
            assertFalse(sofia.babies.isEmpty());
            List<Consultation> visits = Consultation.list("client.id = ?1 order by startedAt", sofia.id);
            assertEquals(List.of(ConsultationKind.INITIAL, ConsultationKind.FOLLOW_UP), visits.stream().map(c -> c.kind).toList());
            Consultation initial = visits.get(0);
            assertEquals(6, initial.latchTotal());
            assertEquals(EnumSet.of(LetdownSign.TINGLING), initial.signs());
            assertEquals(Map.of(DifficultyFactor.STRESS, 7, DifficultyFactor.PAIN, 5), severities(initial));
            assertEquals(21, Duration.between(initial.startedAt, Instant.now()).toDays(), 1);
            Consultation followUp = visits.get(1);
            assertEquals(Map.of(DifficultyFactor.STRESS, 4, DifficultyFactor.PAIN, 2), severities(followUp));
            assertEquals(7, Duration.between(followUp.startedAt, Instant.now()).toDays(), 1);
            assertTrue(ClientSearchTerms.of(sofia).contains("reyes"));
            assertEquals(1L, Client.getEntityManager().createQuery(
                    "select count(t) from ClientSearchTerm t where t.clientId = ?1 and t.term = 'reyes'", Long.class)
                    .setParameter(1, sofia.id).getSingleResult(), "found by the search");
        });
    }

    private static Map<DifficultyFactor, Integer> severities(Consultation c) {
        return c.difficulties.stream().collect(Collectors.toMap(d -> d.factor, d -> d.severity));
    }
}
