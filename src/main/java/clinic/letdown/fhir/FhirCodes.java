package clinic.letdown.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import clinic.letdown.web.Formats;

/**
 * The code systems of the export. Standard ones where a code exists (LOINC, SNOMED CT, UCUM, HL7
 * terminology); the app's own ({@link FhirUrls#codeSystem()}) for what has no standard code (LATCH and
 * its items, test weights, milk transfer, letdown difficulties, signs and triggers, the letdown log, the
 * intake's answers). docs/records.md lists them.
 * The displays are the codes' names in English, as code systems give them, not page words.
 */
final class FhirCodes {

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String LANGUAGE = "urn:ietf:bcp:47";

    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

    /** LOINC 29463-7 Body weight. */
    static final String BODY_WEIGHT = "29463-7";
    /** LOINC 72514-3 Pain severity - 0-10 verbal numeric rating [Score] - Reported. */
    static final String PAIN = "72514-3";

    private FhirCodes() {
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }

    /** An instant to the second, in the clinic's zone. */
    static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(Formats.ZONE));
    }

    static CodeableConcept category(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(OBSERVATION_CATEGORY, code, display));
    }
}
