package clinic.letdown.billing;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.web.StaleEditException;

/** Every change billing makes, each audited in its transaction. */
@ApplicationScoped
public class BillingService {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public void saveSettings(String version, BillingSettingsForm.Data data) {
        BillingSettings s = BillingSettings.current();
        StaleEditException.check(s.version, version);
        s.billingName = data.billingName();
        s.address = data.address();
        s.npi = data.npi();
        s.taxId = data.taxId();
        s.updatedAt = Instant.now(clock);
        audit.record(AuditAction.UPDATE, RecordType.BILLING_SETTINGS, BillingSettings.ID, null, "NPI " + s.npi);
        BillingSettings.flush();
    }

    @Transactional
    public long settingsVersion() {
        return BillingSettings.current().version;
    }

    @Transactional
    public FeeItem saveFee(Long id, String version, FeeForm.Data data) {
        FeeItem item = id == null ? new FeeItem() : FeeItem.load(id);
        if (id != null) {
            StaleEditException.check(item.version, version);
        }
        item.codeSystem = data.codeSystem();
        item.code = data.code();
        item.description = data.description();
        item.feeCents = data.feeCents();
        item.active = data.active();
        item.example = false;
        item.persist();
        item.flush();
        audit.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, RecordType.FEE_ITEM, item.id, null,
                item.codeSystem + " " + item.code + " " + Money.money(item.feeCents) + (item.active ? "" : " retired"));
        return item;
    }

    @Transactional
    public long feeVersion(long id) {
        return FeeItem.load(id).version;
    }

    @Transactional
    public DiagnosisCode saveDiagnosis(Long id, String version, DiagnosisForm.Data data) {
        DiagnosisCode code = id == null ? new DiagnosisCode() : DiagnosisCode.load(id);
        if (id != null) {
            StaleEditException.check(code.version, version);
        }
        code.code = data.code();
        code.description = data.description();
        code.active = data.active();
        code.persist();
        code.flush();
        audit.record(id == null ? AuditAction.CREATE : AuditAction.UPDATE, RecordType.DIAGNOSIS_CODE, code.id, null,
                code.code + (code.active ? "" : " retired"));
        return code;
    }

    @Transactional
    public long diagnosisVersion(long id) {
        return DiagnosisCode.load(id).version;
    }

    @Transactional
    public void saveProfile(long accountId, String version, ConsultantBillingForm.Data data) {
        ConsultantBilling b = ConsultantBilling.of(accountId);
        if (b.isStored()) {
            StaleEditException.check(b.version, version);
        } else if (!version.isBlank()) {
            throw new StaleEditException(); // saved meanwhile from another window
        }
        b.credentials = data.credentials();
        b.npi = data.npi();
        b.persist();
        b.flush();
        audit.record(AuditAction.UPDATE, RecordType.ACCOUNT, accountId, null, "billing details: credentials, NPI");
    }

    @Transactional
    public long profileVersion(long accountId) {
        return ConsultantBilling.of(accountId).version;
    }

    /** Creates or replaces the consultation's superbill: lines and diagnoses as coded now. */
    @Transactional
    public Superbill saveSuperbill(long consultationId, String version, SuperbillForm.Data data) {
        Consultation consultation = Consultation.load(consultationId);
        Superbill bill = Superbill.forConsultation(consultationId);
        Instant now = Instant.now(clock);
        boolean created = bill == null;
        if (created) {
            if (version != null && !version.isBlank()) {
                throw new StaleEditException(); // someone prepared it meanwhile
            }
            bill = new Superbill();
            bill.consultation = consultation;
            bill.createdAt = now;
        } else {
            StaleEditException.check(bill.version, version);
            bill.lines.clear();
            bill.diagnoses.clear();
        }
        bill.placeOfService = data.place().code;
        bill.paidCents = data.paidCents();
        bill.paymentMethod = data.method() == null ? null : data.method().name();
        bill.updatedAt = now;
        int position = 0;
        for (SuperbillForm.Line l : data.lines()) {
            SuperbillLine line = new SuperbillLine();
            line.superbill = bill;
            line.position = position++;
            line.codeSystem = l.item().codeSystem;
            line.code = l.item().code;
            line.description = l.item().description;
            line.feeCents = l.item().feeCents;
            line.units = l.units();
            bill.lines.add(line);
        }
        position = 0;
        for (DiagnosisCode code : data.diagnoses()) {
            SuperbillDiagnosis d = new SuperbillDiagnosis();
            d.superbill = bill;
            d.position = position++;
            d.code = code.code;
            d.description = code.description;
            bill.diagnoses.add(d);
        }
        bill.persist();
        bill.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, RecordType.SUPERBILL, bill.id,
                consultation.client.id, "consultation " + consultationId);
        return bill;
    }

    @Transactional
    public long superbillVersion(long consultationId) {
        Superbill bill = Superbill.forConsultation(consultationId);
        return bill == null ? 0 : bill.version;
    }
}
