package clinic.letdown.careplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The care plan words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class CarePlanWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    CarePlanMessages carePlanMessages(RequestLanguage language) {
        return language.words(CarePlanMessages.class);
    }
}
