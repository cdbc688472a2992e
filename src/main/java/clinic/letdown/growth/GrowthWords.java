package clinic.letdown.growth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The growth words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class GrowthWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    GrowthMessages growthMessages(RequestLanguage language) {
        return language.words(GrowthMessages.class);
    }
}
