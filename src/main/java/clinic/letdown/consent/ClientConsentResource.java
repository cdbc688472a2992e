package clinic.letdown.consent;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.web.Choice;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Language;

/** /clients/{id}/consents: a client's consents for her consultant: in force, missing, paper forms, withdrawals. */
@Path("/clients/{clientId}/consents")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ClientConsentResource {

    @CheckedTemplate
    static class Templates {
        /** noteFor, note: a withdrawal refused (its note too long), shown again with what was typed. */
        static native TemplateInstance list(Client client, ClientConsents.Overview consents, PaperConsentForm form,
                FormErrors errors, List<Choice> documents, Long noteFor, String note);
    }

    @Inject
    ClientConsents clientConsents;

    @Inject
    ConsentService consents;

    @Inject
    CurrentUser currentUser;

    @Inject
    @InRequestLanguage
    ConsentMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicClock clinicClock;

    @GET
    public TemplateInstance list(@PathParam("clientId") long clientId) {
        Client client = Client.load(clientId);
        audit.record(AuditAction.VIEW, RecordType.CONSENT, null, clientId, "client consents");
        return page(client, PaperConsentForm.blank(client.fullName(), clinicClock.today()), FormErrors.none(), null, null);
    }

    @POST
    public Object recordPaper(@PathParam("clientId") long clientId, @BeanParam PaperConsentForm form) {
        Client client = Client.load(clientId);
        FormErrors errors = FormErrors.none();
        PaperConsentForm.Data data = form.check(errors, clinicClock.today(), messages);
        if (data == null) {
            return page(client, form, errors, null, null);
        }
        consents.recordPaper(clientId, currentUser.id(), data.document().id, data.signerName(), data.signedAt(),
                data.scanReference());
        return Flash.redirect("/clients/" + clientId + "/consents", messages.paperRecorded(messages.kind(data.document().kind)));
    }

    @POST
    @Path("{signatureId}/withdraw")
    public Object withdraw(@PathParam("clientId") long clientId, @PathParam("signatureId") long signatureId,
            @RestForm String note) {
        Client client = Client.load(clientId);
        ConsentSignature signature = ConsentSignature.load(signatureId, clientId);
        String text = FormFields.text(note);
        if (text != null && text.length() > 500) {
            FormErrors errors = FormErrors.none();
            errors.add(FormErrors.FORM, messages.noteTooLong());
            return page(client, PaperConsentForm.blank(client.fullName(), clinicClock.today()), errors,
                    signature.id, note);
        }
        boolean withdrawn = consents.withdraw(signature.id, clientId, currentUser.id(), text);
        return Flash.redirect("/clients/" + clientId + "/consents",
                withdrawn ? messages.withdrawn(messages.kind(signature.kind)) : messages.notInForce());
    }

    private TemplateInstance page(Client client, PaperConsentForm form, FormErrors errors, Long noteFor, String note) {
        List<Choice> documents = ConsentDocument.everyVersion().stream()
                .map(d -> new Choice(String.valueOf(d.id), messages.versionHeading(titleInReadersLanguage(d),
                        d.docVersion, messages.language(d.language.tag))))
                .toList();
        return Templates.list(client, clientConsents.of(client.id, client.language), form, errors, documents, noteFor,
                note);
    }

    /** An option cannot mark a part of its text lang="en": without a title in her language, the kind names it. */
    private String titleInReadersLanguage(ConsentDocument document) {
        ConsentDocument.Title title = document.getShownTitle();
        return title.lang().equals(Language.current().tag) ? title.text() : messages.kind(document.kind);
    }
}
