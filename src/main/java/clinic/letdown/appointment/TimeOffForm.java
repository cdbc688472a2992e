package clinic.letdown.appointment;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;

/** Time off as typed: from and until (date and time in the clinic's zone), a note. */
@TemplateData
public record TimeOffForm(@RestForm String consultant, @RestForm String from, @RestForm String until,
        @RestForm String note) {

    public record Data(Instant from, Instant until, String note) {
    }

    public static TimeOffForm blank(long consultantId) {
        return new TimeOffForm(String.valueOf(consultantId), "", "", "");
    }

    public Data check(FormErrors errors, AppointmentMessages m) {
        LocalDateTime f = null;
        LocalDateTime u = null;
        if (FormFields.isBlank(from)) {
            errors.add("from", m.dateTimeRequired());
        } else {
            f = FormFields.dateTime(from, "from", errors, m.dateTimeFormat());
        }
        if (FormFields.isBlank(until)) {
            errors.add("until", m.dateTimeRequired());
        } else {
            u = FormFields.dateTime(until, "until", errors, m.dateTimeFormat());
        }
        f = plausible(f, "from", errors, m);
        u = plausible(u, "until", errors, m);
        if (f != null && u != null && !f.isBefore(u)) {
            errors.add("until", m.endAfterStart());
        }
        String n = FormFields.text(note);
        if (n != null && n.length() > TimeOff.MAX_NOTE) {
            errors.add("note", m.tooLong(TimeOff.MAX_NOTE));
        }
        if (errors.any()) {
            return null;
        }
        return new Data(f.atZone(Formats.ZONE).toInstant(), u.atZone(Formats.ZONE).toInstant(), n);
    }

    /** A year people mean (a far one is a typing mistake the database could not hold). */
    static LocalDateTime plausible(LocalDateTime t, String field, FormErrors errors, AppointmentMessages m) {
        if (t != null && (t.getYear() < 2000 || t.getYear() > 2999)) {
            errors.add(field, m.dateTimeFormat());
            return null;
        }
        return t;
    }
}
