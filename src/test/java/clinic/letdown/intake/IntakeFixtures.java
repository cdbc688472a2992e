package clinic.letdown.intake;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.audit.AuditEvent;

/** Reading intakes and their audit events in tests. */
public final class IntakeFixtures {

    private IntakeFixtures() {
    }

    public static Intake of(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Intake intake = Intake.ofClient(clientId);
            if (intake != null && intake.submittedBy != null) {
                intake.submittedBy.displayName.length();
            }
            return intake;
        });
    }

    /** The details of the intake's audit events, oldest first. */
    public static List<String> auditDetails(long intakeId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "recordType = ?1 and recordId = ?2 order by id", "Intake", intakeId).stream().map(e -> e.detail).toList());
    }
}
