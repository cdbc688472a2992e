package clinic.letdown.letdownlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The letdown log's words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class LetdownLogWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    LetdownLogMessages letdownLogMessages(RequestLanguage language) {
        return language.words(LetdownLogMessages.class);
    }
}
