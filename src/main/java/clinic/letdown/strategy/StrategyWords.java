package clinic.letdown.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The strategy library's words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class StrategyWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    StrategyMessages strategyMessages(RequestLanguage language) {
        return language.words(StrategyMessages.class);
    }
}
