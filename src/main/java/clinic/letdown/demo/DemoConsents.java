package clinic.letdown.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.consent.ConsentDocument;
import clinic.letdown.consent.ConsentKind;
import clinic.letdown.consent.ConsentService;
import clinic.letdown.consent.ConsentSignature;
import clinic.letdown.web.Formats;

/**
 * Demo mode: signed consents for the demo clients, each in the client's language (the starting
 * documents of V66). Sofia Reyes signed all four in Spanish in the portal; Lucía Fernández's paper
 * forms are the Spanish ones (care, telehealth for today's video visit, sharing for the letter to
 * her physician); Amara Okonkwo and Hannah Becker signed English paper forms. Runs once: a
 * signature of Sofia means done.
 */
@ApplicationScoped
public class DemoConsents {

    private static final Logger LOG = Logger.getLogger(DemoConsents.class);

    @Inject
    ConsentService consents;

    @Inject
    Clock clock;

    /** False (and nothing done) when Sofia is missing or has signed something already. */
    boolean seed() {
        DemoClient sofia = DemoClient.find("Sofia", "Reyes");
        if (sofia == null || QuarkusTransaction.requiringNew().call(() -> ConsentSignature.count("client.id", sofia.id())) > 0) {
            return false;
        }
        for (ConsentKind kind : ConsentKind.values()) {
            Long document = document(kind, sofia);
            if (document != null && sofia.portalAccountId() != null) {
                consents.signInPortal(sofia.id(), sofia.portalAccountId(), document, sofia.fullName());
            } else if (document != null) {
                paper(sofia, document, 22);
            }
        }
        paperForms("Lucía", "Fernández", 12, List.of(ConsentKind.CARE, ConsentKind.TELEHEALTH, ConsentKind.PHYSICIAN_SHARING));
        paperForms("Amara", "Okonkwo", 10, List.of(ConsentKind.CARE, ConsentKind.PHYSICIAN_SHARING));
        paperForms("Hannah", "Becker", 30, List.of(ConsentKind.CARE, ConsentKind.TELEHEALTH));
        LOG.info("Demo mode: signed consents for the demo clients.");
        return true;
    }

    /** Paper forms signed at her first visit, {@code daysAgo}, recorded by her consultant. */
    private void paperForms(String firstName, String lastName, int daysAgo, List<ConsentKind> kinds) {
        DemoClient client = DemoClient.find(firstName, lastName);
        if (client == null) {
            return;
        }
        for (ConsentKind kind : kinds) {
            Long document = document(kind, client);
            if (document != null) {
                paper(client, document, daysAgo);
            }
        }
    }

    private void paper(DemoClient client, long documentId, int daysAgo) {
        LocalDate day = LocalDate.now(clock.withZone(Formats.ZONE)).minusDays(daysAgo);
        Instant signedAt = day.atTime(LocalTime.of(10, 15)).atZone(Formats.ZONE).toInstant();
        consents.recordPaper(client.id(), client.consultantId(), documentId, client.fullName(), signedAt,
                "DEMO-SCAN-" + client.id() + "-" + documentId);
    }

    /** The current document of this kind in her language (English when none), or null. */
    private static Long document(ConsentKind kind, DemoClient client) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ConsentDocument document = ConsentDocument.currentFor(kind, client.language());
            return document == null ? null : document.id;
        });
    }
}
