package clinic.letdown.billing;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** The clinic's billing details as typed by an admin. */
@TemplateData
public record BillingSettingsForm(@RestForm String billingName, @RestForm String address, @RestForm String npi,
        @RestForm String taxId, @RestForm String version) {

    public record Data(String billingName, String address, String npi, String taxId) {
    }

    static BillingSettingsForm of(BillingSettings s) {
        return new BillingSettingsForm(FormFields.orEmpty(s.billingName), FormFields.orEmpty(s.address),
                FormFields.orEmpty(s.npi), FormFields.orEmpty(s.taxId), String.valueOf(s.version));
    }

    BillingSettingsForm withVersion(long newVersion) {
        return new BillingSettingsForm(billingName, address, npi, taxId, String.valueOf(newVersion));
    }

    Data check(FormErrors errors, BillingMessages m) {
        String name = Checks.text(billingName, 200, "billingName", errors, m.billingNameRequired());
        String where = Checks.text(address, 500, "address", errors, m.addressRequired());
        String clinicNpi = Checks.npi(npi, "npi", errors, m);
        String ein = Checks.taxId(taxId, "taxId", errors, m);
        return errors.any() ? null : new Data(name, where, clinicNpi, ein);
    }
}
