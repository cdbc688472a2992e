package clinic.letdown.consent;

import java.time.Instant;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.web.Language;

/** Consent signatures for tests, made through the service (so they are audited). */
public final class ConsentFixtures {

    private ConsentFixtures() {
    }

    /** The current document of this kind in this language (the starting ones of V66 at least). */
    public static ConsentDocument current(ConsentKind kind, Language language) {
        return QuarkusTransaction.requiringNew().call(() -> ConsentDocument.current(kind, language));
    }

    /** A paper consent of this kind (English text), recorded by the consultant; its id. */
    public static long paper(long clientId, long consultantId, ConsentKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ConsentService.class).get()
                .recordPaper(clientId, consultantId, ConsentDocument.current(kind, Language.EN).id, "Paper Signer",
                        Instant.now(), "SCAN-" + clientId).id);
    }

    public static ConsentSignature signature(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ConsentSignature s = ConsentSignature.findById(id);
            s.document.title.length(); // loaded while the session is open
            return s;
        });
    }

    /** Her portal (and her consent texts) in this language. */
    public static void speaks(long clientId, Language language) {
        QuarkusTransaction.requiringNew().run(() -> {
            clinic.letdown.client.Client client = clinic.letdown.client.Client.findById(clientId);
            client.language = language;
        });
    }

    /** Her signatures, newest first. */
    public static java.util.List<ConsentSignature> ofClient(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> ConsentSignature.ofClient(clientId));
    }

    public static long dispatches(long consultationId) {
        return QuarkusTransaction.requiringNew().call(() -> clinic.letdown.consultation.ReportDispatch
                .count("consultation.id", consultationId));
    }
}
