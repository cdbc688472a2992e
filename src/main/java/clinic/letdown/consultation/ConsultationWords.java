package clinic.letdown.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The consultation words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class ConsultationWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    ConsultationMessages consultationMessages(RequestLanguage language) {
        return language.words(ConsultationMessages.class);
    }
}
