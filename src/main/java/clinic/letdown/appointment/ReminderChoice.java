package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;

/** A client turns appointment emails off (or on again); what is waiting to be sent is dropped at sending time. */
@ApplicationScoped
public class ReminderChoice {

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public void choose(long clientId, boolean off) {
        ReminderOptOut existing = ReminderOptOut.findById(clientId);
        if (off && existing == null) {
            ReminderOptOut out = new ReminderOptOut();
            out.clientId = clientId;
            out.optedOutAt = Instant.now(clock);
            out.persist();
        } else if (!off && existing != null) {
            existing.delete();
        }
        audit.record(AuditAction.UPDATE, RecordType.APPOINTMENT, null, clientId, off ? "reminders off" : "reminders on");
    }
}
