package clinic.letdown.billing;

import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Superbills for tests, made through the service. */
public final class BillingFixtures {

    private BillingFixtures() {
    }

    /** The consultation's superbill (made once: CPT 99403 x1, Z39.1, $50 paid by card); its id. */
    public static long superbillFor(long consultationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Superbill existing = Superbill.forConsultation(consultationId);
            if (existing != null) {
                return existing.id;
            }
            FeeItem fee = FeeItem.find("code", "99403").firstResult();
            DiagnosisCode code = DiagnosisCode.find("code", "Z39.1").firstResult();
            return Arc.container().instance(BillingService.class).get().saveSuperbill(consultationId, "",
                    new SuperbillForm.Data(List.of(new SuperbillForm.Line(fee, 1)), List.of(code), PlaceOfService.OFFICE,
                            5000, PaymentMethod.CARD)).id;
        });
    }

    public static Superbill stored(long consultationId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Superbill bill = Superbill.forConsultation(consultationId);
            if (bill != null) {
                bill.lines.size();
                bill.diagnoses.size();
            }
            return bill;
        });
    }
}
