package clinic.letdown.billing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateData;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.web.Choice;
import clinic.letdown.web.ClinicConfig;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;

/** What the superbill's page and form show: the bill with its parties, or the choices for the form. */
@ApplicationScoped
public class SuperbillPages {

    /** The superbill with everyone on it. */
    @TemplateData
    public record View(Consultation consultation, Superbill bill, BillingSettings clinic, String clinicName,
            ConsultantBilling provider) {
    }

    /** A service row of the form, with its own errors for the field tags. */
    @TemplateData
    public record ServiceRow(int index, String feeId, String units, FormErrors errors) {
        public int number() {
            return index + 1;
        }

        public String feeFieldId() {
            return "feeId-" + index;
        }

        public String unitsFieldId() {
            return "units-" + index;
        }
    }

    @TemplateData
    public record FormPage(Consultation consultation, SuperbillForm form, FormErrors errors, List<ServiceRow> rows,
            List<Choice> services, List<Choice> diagnoses, List<Choice> places, List<Choice> methods,
            boolean settingsComplete, boolean profileComplete) {
    }

    @Inject
    ClinicConfig config;

    @Inject
    @InRequestLanguage
    BillingMessages messages;

    View view(Consultation consultation, Superbill bill) {
        BillingSettings clinic = BillingSettings.current();
        return new View(consultation, bill, clinic, clinic.billingName == null ? config.name() : clinic.billingName,
                ConsultantBilling.of(consultation.consultant.id));
    }

    FormPage form(Consultation consultation, SuperbillForm form, FormErrors errors) {
        List<ServiceRow> rows = new ArrayList<>();
        for (int i = 0; i < SuperbillForm.ROWS; i++) {
            FormErrors own = FormErrors.none();
            for (String field : List.of("feeId", "units")) {
                if (errors.has(field + "-" + i)) {
                    own.add(field, errors.get(field + "-" + i));
                }
            }
            rows.add(new ServiceRow(i, form.feeAt(i), form.unitsAt(i), own));
        }
        List<Choice> services = FeeItem.offered().stream().map(f -> new Choice(String.valueOf(f.id),
                f.codeSystem + " " + f.code + " · " + f.description + " · " + Money.money(f.feeCents))).toList();
        List<Choice> diagnoses = DiagnosisCode.offered().stream()
                .map(d -> new Choice(String.valueOf(d.id), d.code + " · " + d.description)).toList();
        List<Choice> places = Arrays.stream(PlaceOfService.values())
                .map(p -> new Choice(p.code, p.code + " · " + messages.place(p))).toList();
        List<Choice> methods = Arrays.stream(PaymentMethod.values()).map(p -> new Choice(p.name(), messages.method(p)))
                .toList();
        ConsultantBilling provider = ConsultantBilling.of(consultation.consultant.id);
        return new FormPage(consultation, form, errors, rows, services, diagnoses, places, methods,
                BillingSettings.current().isComplete(), provider.credentials != null && provider.npi != null);
    }

    static PlaceOfService usualPlace(Consultation consultation) {
        return consultation.kind == ConsultationKind.TELEHEALTH || consultation.kind == ConsultationKind.PHONE
                ? PlaceOfService.TELEHEALTH_HOME : PlaceOfService.OFFICE;
    }
}
