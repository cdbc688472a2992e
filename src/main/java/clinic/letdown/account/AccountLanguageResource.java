package clinic.letdown.account;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.Authenticated;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Flash;
import clinic.letdown.web.Language;
import clinic.letdown.web.RequestLanguage;

/**
 * /account/language: a staff member chooses the language of her own pages (on her account page,
 * /account/password). A client's language is on her record: she changes it at /portal/language.
 */
@Path("/account/language")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountLanguageResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    RequestLanguage requestLanguage;

    @POST
    @Transactional
    public Response choose(@RestForm String language) {
        Language chosen = Language.ofTag(language);
        if (chosen == null || !chosen.tag.equals(language.strip())) {
            throw new BadRequestException("no such language");
        }
        Account account = Account.findById(currentUser.id());
        if (account.language != chosen) {
            account.language = chosen;
            audit.record(AuditAction.ACCOUNT_UPDATED, RecordType.ACCOUNT, account.id, "language " + chosen.tag);
        }
        // the next request reads the new language with the session; this answer already speaks it
        requestLanguage.speak(chosen);
        return Flash.redirect("/account/password", RequestLanguage.words(AccountMessages.class, chosen).languageSaved());
    }
}
