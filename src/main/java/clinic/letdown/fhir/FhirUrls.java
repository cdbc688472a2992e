package clinic.letdown.fhir;

import java.net.URI;

import clinic.letdown.consent.ConsentSignature;

/** Every URL the export mints, under the configured base ({@code clinic.fhir.base-url}). */
record FhirUrls(String base) {

    static final String PLACEHOLDER = "https://fhir.letdown.clinic";

    FhirUrls {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || !(base.startsWith("https://") || base.startsWith("http://")) || uri.getHost() == null) {
            throw new IllegalStateException("clinic.fhir.base-url must be an absolute http(s) URL: " + base);
        }
        base = base.replaceAll("/+$", "");
    }

    static FhirUrls of(FhirConfig config) {
        return new FhirUrls(config.baseUrl().strip());
    }

    /** The app's own code system: what has no LOINC or SNOMED CT code. */
    String codeSystem() {
        return base + "/CodeSystem/letdown";
    }

    /** The system of one kind of record id ({@code client}, {@code baby}, {@code consultation}, ...). */
    String identifier(String kind) {
        return base + "/identifier/" + kind;
    }

    /** The intake questionnaire's canonical URL (its version follows as {@code |n}). */
    String questionnaire() {
        return base + "/Questionnaire/intake";
    }

    /** The consent document version she signed: kind, language, version. */
    String consentDocument(ConsentSignature s) {
        return base + "/consent/" + s.kind.slug() + "/" + s.language.tag + "/v" + s.docVersion;
    }
}
