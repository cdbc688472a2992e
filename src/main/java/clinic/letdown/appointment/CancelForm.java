package clinic.letdown.appointment;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** Why an appointment is cancelled (required), and the version the person saw. */
@TemplateData
public record CancelForm(@RestForm String reason, @RestForm String version) {

    public static CancelForm blank(long version) {
        return new CancelForm("", String.valueOf(version));
    }

    public String check(FormErrors errors, AppointmentMessages m) {
        String r = FormFields.text(reason);
        if (r == null) {
            errors.add("reason", m.reasonRequired());
        } else if (r.length() > Appointment.MAX_REASON) {
            errors.add("reason", m.tooLong(Appointment.MAX_REASON));
        }
        return errors.any() ? null : r;
    }
}
