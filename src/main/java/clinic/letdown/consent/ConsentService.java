package clinic.letdown.consent;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.web.Language;

/** Publishing consent documents, signing, recording paper forms and withdrawing: each audited in its transaction. */
@ApplicationScoped
public class ConsentService {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Publishes the next version of this kind in this language; earlier versions stay as they were. */
    @Transactional
    public ConsentDocument publish(ConsentKind kind, Language language, String title, String body, long adminId) {
        ConsentDocument previous = ConsentDocument.current(kind, language);
        ConsentDocument document = new ConsentDocument();
        document.kind = kind;
        document.language = language;
        document.docVersion = previous == null ? 1 : previous.docVersion + 1;
        document.title = title;
        document.body = body;
        document.publishedAt = Instant.now(clock);
        document.publishedBy = Account.findById(adminId);
        document.persist();
        audit.record(AuditAction.CREATE, RecordType.CONSENT_DOCUMENT, document.id,
                kind + " " + language.tag + " version " + document.docVersion + ", sha256 " + document.sha256());
        return document;
    }

    /** She signs this document in the portal, having typed her full name: the server keeps the time and the text's hash. */
    @Transactional
    public ConsentSignature signInPortal(long clientId, long accountId, long documentId, String typedName) {
        return sign(clientId, ConsentDocument.load(documentId), ConsentSignature.Method.PORTAL, typedName,
                Instant.now(clock), accountId, null);
    }

    /** A consultant records a signed paper form: who signed, when, and where its scan is kept. */
    @Transactional
    public ConsentSignature recordPaper(long clientId, long consultantId, long documentId, String signerName,
            Instant signedAt, String scanReference) {
        return sign(clientId, ConsentDocument.load(documentId), ConsentSignature.Method.PAPER, signerName, signedAt,
                consultantId, scanReference);
    }

    private ConsentSignature sign(long clientId, ConsentDocument document, ConsentSignature.Method method, String name,
            Instant signedAt, long recordedBy, String scanReference) {
        ConsentSignature signature = new ConsentSignature();
        signature.client = Client.load(clientId);
        signature.document = document;
        signature.kind = document.kind;
        signature.language = document.language;
        signature.docVersion = document.docVersion;
        signature.method = method;
        signature.signerName = name;
        signature.textSha256 = document.sha256();
        signature.signedAt = signedAt;
        signature.recordedBy = Account.findById(recordedBy);
        signature.recordedAt = Instant.now(clock);
        signature.scanReference = scanReference;
        signature.persist();
        audit.record(AuditAction.CONSENT_SIGNED, RecordType.CONSENT, signature.id, clientId, document.kind + " "
                + document.language.tag + " version " + document.docVersion + ", " + method + ", sha256 " + signature.textSha256);
        return signature;
    }

    /** Withdraws her signature: dated and kept. False when it was already withdrawn. */
    @Transactional
    public boolean withdraw(long signatureId, long clientId, long accountId, String note) {
        ConsentSignature signature = ConsentSignature.load(signatureId, clientId);
        if (!signature.isInForce()) {
            return false;
        }
        signature.withdrawnAt = Instant.now(clock);
        signature.withdrawnBy = Account.findById(accountId);
        signature.withdrawalNote = note;
        audit.record(AuditAction.CONSENT_WITHDRAWN, RecordType.CONSENT, signature.id, clientId,
                signature.kind + " version " + signature.docVersion);
        return true;
    }
}
