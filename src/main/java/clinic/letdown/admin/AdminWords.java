package clinic.letdown.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The admin pages' words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class AdminWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    AuditMessages auditMessages(RequestLanguage language) {
        return language.words(AuditMessages.class);
    }
}
