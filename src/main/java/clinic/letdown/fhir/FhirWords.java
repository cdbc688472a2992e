package clinic.letdown.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The FHIR export's words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class FhirWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    FhirMessages fhirMessages(RequestLanguage language) {
        return language.words(FhirMessages.class);
    }
}
