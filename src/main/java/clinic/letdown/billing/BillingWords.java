package clinic.letdown.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The billing words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class BillingWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    BillingMessages billingMessages(RequestLanguage language) {
        return language.words(BillingMessages.class);
    }
}
