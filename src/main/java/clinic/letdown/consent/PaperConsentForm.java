package clinic.letdown.consent;

import java.time.Instant;
import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;

/** A signed paper consent form as a consultant records it. */
@TemplateData
public record PaperConsentForm(@RestForm String documentId, @RestForm String signerName, @RestForm String signedOn,
        @RestForm String scanReference) {

    public record Data(ConsentDocument document, String signerName, Instant signedAt, String scanReference) {
    }

    public static PaperConsentForm blank(String signerName, LocalDate today) {
        return new PaperConsentForm("", signerName, today.toString(), "");
    }

    /** The values, or null with a message at each field that is wrong. */
    public Data check(FormErrors errors, LocalDate today, ConsentMessages m) {
        Long id = FormFields.id(documentId);
        ConsentDocument document = id == null ? null : ConsentDocument.findById(id);
        if (document == null) {
            errors.add("documentId", m.chooseDocument());
        }
        String name = FormFields.text(signerName);
        if (name == null || name.length() < 2 || name.length() > 200) {
            errors.add("signerName", m.signerRequired());
        }
        LocalDate date = FormFields.isBlank(signedOn) ? null : FormFields.date(signedOn, "signedOn", errors, m.dateRequired());
        if (date == null && !errors.has("signedOn") || date != null && date.isAfter(today)) {
            errors.add("signedOn", m.dateRequired());
        } else if (date != null && document != null
                && date.isBefore(document.publishedAt.atZone(Formats.ZONE).toLocalDate())) {
            errors.add("signedOn", m.dateTooOld());
        }
        String scan = FormFields.text(scanReference);
        if (scan == null || scan.length() > 200) {
            errors.add("scanReference", m.scanRequired());
        }
        if (errors.any()) {
            return null;
        }
        // a paper form carries a date, not a time: noon keeps the day in every time zone near the clinic's
        return new Data(document, name, date.atTime(12, 0).atZone(Formats.ZONE).toInstant(), scan);
    }
}
