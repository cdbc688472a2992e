package clinic.letdown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.Client;
import clinic.letdown.consent.ConsentKind;
import clinic.letdown.consent.ConsentSignature;
import clinic.letdown.intake.Intake;
import clinic.letdown.intake.IntakeSection;
import clinic.letdown.intake.IntakeSummary;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.Language;

/**
 * The demo's intakes and signed consents: Sofia Reyes (Spanish) filled her intake and signed all four
 * documents in Spanish in the portal; Lucía's paper forms are Spanish, Amara's English; seeding runs once.
 */
@QuarkusTest
class DemoIntakesConsentsTest {

    @Inject
    DemoClients clients;

    @Inject
    DemoIntakes intakes;

    @Inject
    DemoConsents consents;

    @Test
    void sofiaHasHerIntakeAndSignaturesInSpanishTheOthersInTheirLanguageAndSeedingRunsOnce() {
        QuarkusTransaction.requiringNew().run(() -> clients.seed(TestAccounts.consultant().id(), TestAccounts.consultant().id()));
        long sofiaId = DemoClient.find("Sofia", "Reyes").id();
        if (DemoClient.find("Sofia", "Reyes").portalAccountId() == null) {
            PortalFixtures.portalAccount(sofiaId); // as DemoLetdownLog links the demo account "client"
        }
        intakes.seed();
        consents.seed();
        assertFalse(intakes.seed(), "runs once");
        assertFalse(consents.seed(), "runs once");

        QuarkusTransaction.requiringNew().run(() -> {
            Client sofia = Client.findById(sofiaId);
            assertEquals(Language.ES, sofia.language);
            Intake hers = Intake.ofClient(sofiaId);
            assertNotNull(hers.submittedAt);
            assertEquals(sofia.portalAccount.id, hers.submittedBy.id, "she submitted it in the portal");
            assertEquals(EnumSet.allOf(IntakeSection.class), hers.sectionsSaved());
            assertTrue(hers.hopes.startsWith("Que la leche baje más rápido"), hers.hopes);
            assertEquals(sofia.babies.get(0).dateOfBirth, hers.birthDate);

            List<ConsentSignature> signed = ConsentSignature.ofClient(sofiaId);
            assertEquals(EnumSet.allOf(ConsentKind.class), EnumSet.copyOf(signed.stream().map(s -> s.kind).toList()));
            for (ConsentSignature s : signed) {
                assertEquals(Language.ES, s.language, "signed in Spanish");
                assertEquals(Language.ES, s.document.language);
                assertEquals(ConsentSignature.Method.PORTAL, s.method);
                assertEquals(s.document.sha256(), s.textSha256);
                assertEquals("Sofia Reyes", s.signerName);
                assertNull(s.withdrawnAt);
            }

            Client amara = Client.find("firstName = ?1 and lastName = ?2 order by id", "Amara", "Okonkwo").firstResult();
            Intake amaras = Intake.ofClient(amara.id);
            assertTrue(amaras.isSubmitted());
            assertTrue(amaras.phqScore() >= IntakeSummary.PHQ2_POSITIVE, "her page shows the mood flag");
            assertEquals(List.of(Language.EN, Language.EN), ConsentSignature.ofClient(amara.id).stream().map(s -> s.language).toList());
            assertTrue(ConsentSignature.ofClient(amara.id).stream().allMatch(s -> s.method == ConsentSignature.Method.PAPER
                    && s.scanReference != null));

            Client lucia = Client.find("firstName = ?1 and lastName = ?2 order by id", "Lucía", "Fernández").firstResult();
            Intake lucias = Intake.ofClient(lucia.id);
            assertFalse(lucias.isSubmitted(), "still filling it in");
            assertEquals(EnumSet.of(IntakeSection.BIRTH, IntakeSection.FEEDING), lucias.sectionsSaved());
            List<ConsentSignature> luciaSigned = ConsentSignature.ofClient(lucia.id);
            assertEquals(EnumSet.of(ConsentKind.CARE, ConsentKind.TELEHEALTH, ConsentKind.PHYSICIAN_SHARING),
                    EnumSet.copyOf(luciaSigned.stream().map(s -> s.kind).toList()));
            assertTrue(luciaSigned.stream().allMatch(s -> s.language == Language.ES), "her paper forms are the Spanish ones");
        });
    }
}
