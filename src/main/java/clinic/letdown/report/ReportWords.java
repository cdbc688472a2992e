package clinic.letdown.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.RequestLanguage;

/** The reports' words in the language of the request ({@link InRequestLanguage}). */
@ApplicationScoped
public class ReportWords {

    @Produces
    @RequestScoped
    @InRequestLanguage
    ReportMessages reportMessages(RequestLanguage language) {
        return language.words(ReportMessages.class);
    }
}
