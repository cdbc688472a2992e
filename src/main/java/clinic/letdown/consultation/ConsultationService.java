package clinic.letdown.consultation;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.account.Account;
import clinic.letdown.appointment.AppointmentStatus;
import clinic.letdown.appointment.Bookings;
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

    @Inject
    Bookings bookings;

    @Transactional
    public Consultation create(long clientId, long consultantId, ConsultationForm.Data data) {
        return create(clientId, consultantId, data, null);
    }

    /** A visit charted from an appointment records it, and completes it in the same transaction. */
    @Transactional
    public Consultation create(long clientId, long consultantId, ConsultationForm.Data data, Long appointmentId) {
        Consultation consultation = new Consultation();
        if (appointmentId != null) {
            consultation.appointment = bookings.mark(appointmentId, null, AppointmentStatus.COMPLETED, consultantId);
        }
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

    private void apply(Consultation consultation, ConsultationForm.Data data) {
        consultation.kind = data.kind();
        consultation.startedAt = data.startedAt();
        consultation.baby = data.babyId() == null ? null : Baby.findById(data.babyId());
        consultation.reason = data.reason();
        consultation.subjective = data.subjective();
        consultation.objective = data.objective();
        consultation.assessment = data.assessment();
        consultation.plan = data.plan();
        consultation.latchLatch = data.latchLatch();
        consultation.latchAudible = data.latchAudible();
        consultation.latchNipple = data.latchNipple();
        consultation.latchComfort = data.latchComfort();
        consultation.latchHold = data.latchHold();
        consultation.infantWeightGrams = data.infantWeightGrams();
        consultation.preFeedWeightGrams = data.preFeedWeightGrams();
        consultation.postFeedWeightGrams = data.postFeedWeightGrams();
        consultation.painScore = data.painScore();
        consultation.setSigns(data.signs());
        consultation.setTriggers(data.triggers());
        consultation.followUpOn = data.followUpOn();
        consultation.updatedAt = Instant.now(clock);
        consultation.difficulties.clear();
        for (ConsultationForm.Difficulty checked : data.difficulties()) {
            consultation.addDifficulty(checked.factor(), checked.severity(), checked.detail());
        }
    }
}
