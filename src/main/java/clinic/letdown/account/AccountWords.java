package clinic.letdown.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The account pages' words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class AccountWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    AccountMessages accountMessages(RequestLanguage language) {
        return language.words(AccountMessages.class);
    }
}
