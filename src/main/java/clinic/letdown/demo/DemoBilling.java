package clinic.letdown.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.account.Account;
import clinic.letdown.billing.BillingService;
import clinic.letdown.billing.BillingSettings;
import clinic.letdown.billing.BillingSettingsForm;
import clinic.letdown.billing.ConsultantBilling;
import clinic.letdown.billing.ConsultantBillingForm;
import clinic.letdown.billing.DiagnosisCode;
import clinic.letdown.billing.FeeItem;
import clinic.letdown.billing.PaymentMethod;
import clinic.letdown.billing.PlaceOfService;
import clinic.letdown.billing.Superbill;
import clinic.letdown.billing.SuperbillForm;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;

/**
 * The demo clinic as it bills, so a visitor's superbill looks real: the clinic's name, address, NPI
 * and tax ID, the two demo consultants' credentials and NPIs, and a superbill prepared for Sofia
 * Reyes's first visit from the shipped fee schedule (its rows stay marked as examples) and diagnosis list. The NPIs pass the check digit and the tax ID is
 * made up (docs/records.md). Each part is skipped when already there.
 */
@ApplicationScoped
public class DemoBilling {

    static final String CLINIC = "Letdown Demo Lactation Care, LLC";
    static final String ADDRESS = "1200 Harbor Street, Suite 4\nSpringfield, IL 62701";
    static final String CLINIC_NPI = "1234567893";
    static final String TAX_ID = "12-3456789";
    /** The demo names already end in "IBCLC": these are the credentials that follow it on a superbill. */
    static final String MAYA_CREDENTIALS = "RN";
    static final String MAYA_NPI = "1987654328";
    static final String JORDAN_CREDENTIALS = "MSN, RN";
    static final String JORDAN_NPI = "1456789019";

    @Inject
    BillingService billing;

    void seed() {
        if (!BillingSettings.current().isComplete()) {
            billing.saveSettings(String.valueOf(billing.settingsVersion()),
                    new BillingSettingsForm.Data(CLINIC, ADDRESS, CLINIC_NPI, TAX_ID));
        }
        // the demo consultants, as DemoClients assigned them: Maya Lindqvist has Sofia, Jordan Okafor has Amara
        provider("Sofia", "Reyes", MAYA_CREDENTIALS, MAYA_NPI);
        provider("Amara", "Okonkwo", JORDAN_CREDENTIALS, JORDAN_NPI);
        sofiasSuperbill();
    }

    private void provider(String firstName, String lastName, String credentials, String npi) {
        Client client = Client.find("firstName = ?1 and lastName = ?2 order by id", firstName, lastName).firstResult();
        Account consultant = client == null ? null : client.consultant;
        if (consultant != null && !ConsultantBilling.of(consultant.id).isStored()) {
            billing.saveProfile(consultant.id, "", new ConsultantBillingForm.Data(credentials, npi));
        }
    }

    /** Her first visit: 45 minutes of counselling (CPT 99403), care of a lactating mother and a letdown disorder, paid from her HSA. */
    private void sofiasSuperbill() {
        Consultation first = Consultation.find("client.firstName = ?1 and client.lastName = ?2 and kind = ?3 order by client.id, startedAt",
                "Sofia", "Reyes", ConsultationKind.INITIAL).firstResult();
        if (first == null || Superbill.forConsultation(first.id) != null) {
            return;
        }
        FeeItem counselling = FeeItem.find("codeSystem = ?1 and code = ?2", "CPT", "99403").firstResult();
        List<DiagnosisCode> codes = List.of("Z39.1", "O92.79").stream()
                .<DiagnosisCode>map(code -> DiagnosisCode.find("code", code).firstResult()).filter(c -> c != null).toList();
        if (counselling == null || codes.isEmpty()) {
            return; // an admin changed the lists: leave the superbill to the visitor
        }
        billing.saveSuperbill(first.id, "", new SuperbillForm.Data(List.of(new SuperbillForm.Line(counselling, 1)), codes,
                PlaceOfService.OFFICE, counselling.feeCents, PaymentMethod.HSA_FSA));
    }
}
