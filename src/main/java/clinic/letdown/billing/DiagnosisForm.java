package clinic.letdown.billing;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;

/** An ICD-10-CM code of the clinic's list as typed by an admin; {@code active} only on the edit form. */
@TemplateData
public record DiagnosisForm(@RestForm String code, @RestForm String description, @RestForm String active,
        @RestForm String version) {

    public record Data(String code, String description, boolean active) {
    }

    static DiagnosisForm empty() {
        return new DiagnosisForm("", "", FeeForm.IN_USE, "0");
    }

    static DiagnosisForm of(DiagnosisCode d) {
        return new DiagnosisForm(d.code, d.description, d.active ? FeeForm.IN_USE : FeeForm.RETIRED,
                String.valueOf(d.version));
    }

    DiagnosisForm withVersion(long newVersion) {
        return new DiagnosisForm(code, description, active, String.valueOf(newVersion));
    }

    Data check(FormErrors errors, BillingMessages m, Long id) {
        String typed = Checks.upper(code);
        if (!typed.matches("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?")) {
            errors.add("code", m.icdFormat());
        } else if (DiagnosisCode.taken(typed, id)) {
            errors.add("code", m.codeTaken());
        }
        String text = Checks.text(description, 300, "description", errors, m.descriptionRequired());
        if (id != null && !FeeForm.IN_USE.equals(active) && !FeeForm.RETIRED.equals(active)) {
            errors.add("active", m.chooseStatus());
        }
        return errors.any() ? null : new Data(typed, text, id == null || FeeForm.IN_USE.equals(active));
    }
}
