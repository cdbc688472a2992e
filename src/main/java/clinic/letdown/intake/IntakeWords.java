package clinic.letdown.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The intake words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class IntakeWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    IntakeMessages intakeMessages(RequestLanguage language) {
        return language.words(IntakeMessages.class);
    }
}
