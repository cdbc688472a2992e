package clinic.letdown.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The consent words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class ConsentWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    ConsentMessages consentMessages(RequestLanguage language) {
        return language.words(ConsentMessages.class);
    }
}
