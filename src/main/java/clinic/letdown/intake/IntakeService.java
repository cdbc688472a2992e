package clinic.letdown.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.web.StaleEditException;

/** Saving intake sections, submitting, and the consultant's amendments: each audited in its transaction. */
@ApplicationScoped
public class IntakeService {

    /** She tried to change an intake she already submitted (only her consultant amends it). */
    public static class SubmittedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Saves one section's answers. {@code byClient}: she may not change a submitted intake. A
     * consultant's change to a submitted one is an amendment: the audit event names the fields it
     * changed (never their values: admins read the trail).
     */
    @Transactional
    public Intake saveSection(long clientId, IntakeSection section, String version, Consumer<Intake> change,
            boolean byClient) {
        Intake intake = Intake.ofClient(clientId);
        boolean created = intake == null;
        if (created) {
            intake = new Intake();
            intake.client = Client.load(clientId);
            intake.createdAt = Instant.now(clock);
        } else {
            StaleEditException.check(intake.version, version);
            if (byClient && intake.isSubmitted()) {
                throw new SubmittedException();
            }
        }
        Map<String, Object> before = IntakeForm.answers(section, intake);
        change.accept(intake);
        intake.markSaved(section);
        intake.updatedAt = Instant.now(clock);
        List<String> changed = new ArrayList<>();
        IntakeForm.answers(section, intake).forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field);
            }
        });
        if (created) {
            intake.persist();
        }
        String detail = (intake.isSubmitted() ? "amended " : "saved ") + section.slug()
                + (changed.isEmpty() ? ", nothing changed" : ": " + String.join(", ", changed));
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, RecordType.INTAKE, intake.id, clientId, detail);
        Intake.flush();
        return intake;
    }

    /** Submits her intake: from now on it is read-only to her. */
    @Transactional
    public void submit(long clientId, long accountId, String version) {
        Intake intake = Intake.ofClient(clientId);
        if (intake == null || intake.isSubmitted()) {
            return;
        }
        StaleEditException.check(intake.version, version);
        intake.submittedAt = Instant.now(clock);
        intake.submittedBy = Account.findById(accountId);
        intake.updatedAt = intake.submittedAt;
        audit.record(AuditAction.UPDATE, RecordType.INTAKE, intake.id, clientId, "submitted");
        Intake.flush();
    }

    /** The stored version, read afresh (after a refused stale edit); 0 when there is none. */
    @Transactional
    public long currentVersion(long clientId) {
        Intake intake = Intake.ofClient(clientId);
        return intake == null ? 0 : intake.version;
    }
}
