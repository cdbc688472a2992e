package clinic.letdown.consultation;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.web.StaleEditException;

/** Charting and correcting visits, each audited in the same transaction. */
@ApplicationScoped
public class ConsultationService {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Consultation create(long clientId, long consultantId, ConsultationForm.Data data) {
        Consultation consultation = new Consultation();
        consultation.client = Client.load(clientId);
        consultation.consultant = Account.findById(consultantId);
        consultation.createdAt = Instant.now(clock);
        apply(consultation, data);
        consultation.persist();
        audit.record(AuditAction.CREATE, RecordType.CONSULTATION, consultation.id, clientId, consultation.kind.name());
        return consultation;
    }

    @Transactional
    public void update(long id, String version, ConsultationForm.Data data) {
        Consultation consultation = Consultation.load(id);
        StaleEditException.check(consultation.version, version);
        apply(consultation, data);
        audit.record(AuditAction.UPDATE, RecordType.CONSULTATION, id, consultation.client.id, consultation.kind.name());
        Consultation.flush();
    }

    /** The stored version, read afresh (after a refused stale edit). */
    @Transactional
    public long currentVersion(long id) {
        return Consultation.load(id).version;
    }

    private void apply(Consultation c, ConsultationForm.Data data) {
        c.kind = data.kind();
        c.startedAt = data.startedAt();
        c.baby = data.babyId() == null ? null : Baby.findById(data.babyId());
        c.reason = data.reason();
        c.subjective = data.subjective();
        c.objective = data.objective();
        c.assessment = data.assessment();
        c.plan = data.plan();
        c.latchLatch = data.latchLatch();
        c.latchAudible = data.latchAudible();
        c.latchNipple = data.latchNipple();
        c.latchComfort = data.latchComfort();
        c.latchHold = data.latchHold();
        c.infantWeightGrams = data.infantWeightGrams();
        c.preFeedWeightGrams = data.preFeedWeightGrams();
        c.postFeedWeightGrams = data.postFeedWeightGrams();
        c.painScore = data.painScore();
        c.setSigns(data.signs());
        c.setTriggers(data.triggers());
        c.followUpOn = data.followUpOn();
        c.updatedAt = Instant.now(clock);
        c.difficulties.clear();
        for (ConsultationForm.Difficulty d : data.difficulties()) {
            LetdownDifficulty difficulty = new LetdownDifficulty();
            difficulty.consultation = c;
            difficulty.factor = d.factor();
            difficulty.severity = d.severity();
            difficulty.detail = d.detail();
            c.difficulties.add(difficulty);
        }
    }
}
