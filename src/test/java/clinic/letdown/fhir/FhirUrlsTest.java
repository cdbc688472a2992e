package clinic.letdown.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** clinic.fhir.base-url: an absolute http(s) URL, trailing slashes dropped; anything else stops the start. */
class FhirUrlsTest {

    @Test
    void everyMintedUrlLivesUnderTheBase() {
        FhirUrls urls = new FhirUrls("https://fhir.example-clinic.org/r4//");
        assertEquals("https://fhir.example-clinic.org/r4/identifier/client", urls.identifier("client"));
        assertEquals("https://fhir.example-clinic.org/r4/CodeSystem/letdown", urls.codeSystem());
        assertEquals("https://fhir.example-clinic.org/r4/Questionnaire/intake", urls.questionnaire());
    }

    @Test
    void aBaseThatIsNotAnAbsoluteHttpUrlIsRefused() {
        for (String wrong : new String[] { "fhir.example-clinic.org", "/fhir", "ftp://example.org", "urn:clinic", "https://" }) {
            assertThrows(RuntimeException.class, () -> new FhirUrls(wrong), wrong);
        }
    }
}
