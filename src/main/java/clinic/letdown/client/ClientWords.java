package clinic.letdown.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The client feature's words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class ClientWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    ClientMessages clientMessages(RequestLanguage language) {
        return language.words(ClientMessages.class);
    }
}
