package clinic.letdown.fhir;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code clinic.fhir.*}: where the URLs the FHIR export mints live (docs/records.md). */
@ConfigMapping(prefix = "clinic.fhir")
public interface FhirConfig {

    /**
     * The clinic's FHIR base: a URL on a domain the clinic controls, under which the export names its
     * identifier systems, its code system, the intake Questionnaire and the consent documents. The
     * default is the app's placeholder (the app has no public-URL setting to take it from).
     */
    @WithDefault(FhirUrls.PLACEHOLDER)
    String baseUrl();
}
