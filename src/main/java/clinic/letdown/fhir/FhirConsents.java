package clinic.letdown.fhir;

import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

import clinic.letdown.consent.ConsentKind;
import clinic.letdown.consent.ConsentSignature;

/**
 * A signed consent as a FHIR Consent: active while in force, inactive once withdrawn (the provision's
 * period ends that day), the document she read (title, language, its exact text) as the source and
 * its version's URL as the policy. Scope: patient-privacy for sharing reports with the physician,
 * treatment for the others.
 */
final class FhirConsents {

    /** LOINC 59284-0 Patient Consent: the category R4's consent-category value set offers. */
    static final String PATIENT_CONSENT = "59284-0";

    private FhirConsents() {
    }

    static Consent of(FhirUrls urls, ConsentSignature s, Reference patient) {
        Consent c = new Consent();
        c.addIdentifier().setSystem(urls.identifier("consent")).setValue(String.valueOf(s.id));
        c.setStatus(s.isInForce() ? ConsentState.ACTIVE : ConsentState.INACTIVE);
        boolean sharing = s.kind == ConsentKind.PHYSICIAN_SHARING;
        c.setScope(FhirCodes.concept(FhirCodes.CONSENT_SCOPE, sharing ? "patient-privacy" : "treatment",
                sharing ? "Privacy Consent" : "Treatment"));
        c.addCategory(FhirCodes.concept(FhirCodes.LOINC, PATIENT_CONSENT, "Patient Consent"));
        c.addCategory(FhirCodes.concept(urls.codeSystem(), "consent-" + s.kind.slug(), kindName(s.kind)));
        c.setPatient(patient);
        c.addPerformer(patient);
        c.setDateTimeElement(FhirCodes.dateTime(s.signedAt));
        c.addPolicy().setUri(urls.consentDocument(s));
        c.setSource(new Attachment().setContentType("text/plain; charset=utf-8").setLanguage(s.language.tag)
                .setTitle(s.document.title + " (version " + s.docVersion + ", signed " + (s.isPaper() ? "on paper" : "in the portal")
                        + " as " + s.signerName + ")")
                .setData(s.document.body.getBytes(StandardCharsets.UTF_8)).setUrl(urls.consentDocument(s)));
        Period period = new Period().setStartElement(FhirCodes.dateTime(s.signedAt));
        if (s.withdrawnAt != null) {
            period.setEndElement(FhirCodes.dateTime(s.withdrawnAt));
        }
        c.getProvision().setType(Consent.ConsentProvisionType.PERMIT).setPeriod(period);
        return c;
    }

    /** The kind's name in English, as the local code's display. */
    static String kindName(ConsentKind kind) {
        return switch (kind) {
            case CARE -> "Consent to assessment and care";
            case TELEHEALTH -> "Consent to telehealth";
            case PHOTOGRAPHS -> "Consent to photographs";
            case PHYSICIAN_SHARING -> "Consent to share reports with the physician";
        };
    }
}
