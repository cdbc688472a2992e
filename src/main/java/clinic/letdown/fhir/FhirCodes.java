package clinic.letdown.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The code systems of the export. Standard ones where a code exists (LOINC, SNOMED CT, UCUM, HL7
 * terminology); the app's own, {@link #LOCAL}, for what has no standard code (LATCH and its items,
 * test weights, milk transfer, letdown difficulties, the letdown log). docs/records.md lists them.
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

    /** The app's code system for what no standard codes (docs/records.md). */
    static final String LOCAL = "https://fhir.letdown.clinic/CodeSystem/letdown";
    /** The app's record ids, as identifiers: {@code <IDENTIFIERS>/client}, {@code .../baby}, ... */
    static final String IDENTIFIERS = "https://fhir.letdown.clinic/identifier";

    /** LOINC 29463-7 Body weight. */
    static final String BODY_WEIGHT = "29463-7";
    /** LOINC 72514-3 Pain severity - 0-10 verbal numeric rating [Score] - Reported. */
    static final String PAIN = "72514-3";

    private FhirCodes() {
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }

    static CodeableConcept local(String code, String display) {
        return concept(LOCAL, code, display);
    }

    static CodeableConcept category(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(OBSERVATION_CATEGORY, code, display));
    }
}
