package clinic.letdown.billing;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** A consultant's credentials and NPI as she typed them. */
@TemplateData
public record ConsultantBillingForm(@RestForm String credentials, @RestForm String npi, @RestForm String version) {

    public record Data(String credentials, String npi) {
    }

    static ConsultantBillingForm of(ConsultantBilling b) {
        return new ConsultantBillingForm(FormFields.orEmpty(b.credentials), FormFields.orEmpty(b.npi),
                b.isStored() ? String.valueOf(b.version) : "");
    }

    ConsultantBillingForm withVersion(long newVersion) {
        return new ConsultantBillingForm(credentials, npi, String.valueOf(newVersion));
    }

    Data check(FormErrors errors, BillingMessages m) {
        String text = Checks.text(credentials, 100, "credentials", errors, m.credentialsRequired());
        String digits = Checks.npi(npi, "npi", errors, m);
        return errors.any() ? null : new Data(text, digits);
    }
}
