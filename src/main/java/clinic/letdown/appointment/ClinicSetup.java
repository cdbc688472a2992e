package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.StaleEditException;

/** What admins set up for the calendar: appointment types, locations, working hours and time off. */
@ApplicationScoped
public class ClinicSetup {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public AppointmentType saveType(Long id, String version, AppointmentTypeForm.Data d) {
        AppointmentType t;
        if (id == null) {
            t = new AppointmentType();
        } else {
            t = AppointmentType.load(id);
            StaleEditException.check(t.version, version);
        }
        t.name = d.name();
        t.nameEs = d.nameEs();
        t.minutes = d.minutes();
        t.colour = d.colour();
        t.clientBookable = d.clientBookable();
        t.telehealth = d.telehealth();
        t.visitKind = d.visitKind().name();
        t.active = d.active();
        if (id == null) {
            t.persist();
        }
        em.flush();
        audit.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, RecordType.APPOINTMENT_TYPE, t.id, null);
        return t;
    }

    @Transactional
    public ClinicLocation saveLocation(Long id, String version, LocationForm.Data d) {
        ClinicLocation l;
        if (id == null) {
            l = new ClinicLocation();
        } else {
            l = ClinicLocation.load(id);
            StaleEditException.check(l.version, version);
        }
        l.name = d.name();
        l.nameEs = d.nameEs();
        l.kind = d.kind();
        l.active = d.active();
        if (id == null) {
            l.persist();
        }
        em.flush();
        audit.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, RecordType.CLINIC_LOCATION, l.id, null);
        return l;
    }

    /** Her working stretches (several a day for a split day). Replaces what she had. */
    @Transactional
    public void saveHours(long consultantId, List<HoursForm.Stretch> week) {
        Account consultant = em.find(Account.class, consultantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        WorkingHours.delete("consultant.id", consultantId);
        for (HoursForm.Stretch stretch : week) {
            WorkingHours h = new WorkingHours();
            h.consultant = consultant;
            h.weekday = stretch.weekday();
            h.startsAt = stretch.start();
            h.endsAt = stretch.end();
            h.persist();
        }
        audit.record(AuditAction.UPDATE, RecordType.WORKING_HOURS, consultantId, "working hours");
    }

    @Transactional
    public TimeOff addTimeOff(long consultantId, Instant from, Instant until, String note) {
        TimeOff t = new TimeOff();
        t.consultant = em.getReference(Account.class, consultantId);
        t.startsAt = from;
        t.endsAt = until;
        t.note = note;
        t.createdAt = Instant.now(clock);
        t.persist();
        audit.record(AuditAction.CREATE, RecordType.WORKING_HOURS, consultantId, "time off " + from + " - " + until);
        return t;
    }

    @Transactional
    public long removeTimeOff(long id) {
        TimeOff t = TimeOff.load(id);
        long consultantId = t.consultant.id;
        t.delete();
        audit.record(AuditAction.UPDATE, RecordType.WORKING_HOURS, consultantId, "time off removed " + t.startsAt);
        return consultantId;
    }
}
