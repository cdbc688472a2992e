package clinic.letdown.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import clinic.letdown.consent.ClientConsents;
import clinic.letdown.consent.ConsentDocument;
import clinic.letdown.consent.ConsentKind;
import clinic.letdown.consent.ConsentMessages;
import clinic.letdown.consent.ConsentService;
import clinic.letdown.consent.ConsentSignature;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;

/**
 * /portal/consents: the client reads each consent document in her language and signs it by typing
 * her full name and ticking; she withdraws one the same way. Only her own signatures.
 */
@Path("/portal/consents")
@RolesAllowed(Role.CLIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PortalConsentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Client me, ClientConsents.Overview consents);

        static native TemplateInstance form(Client me, ConsentDocument document, String typedName, boolean agreed,
                FormErrors errors);
    }

    @Inject
    MyClient myClient;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientConsents clientConsents;

    @Inject
    ConsentService consents;

    @Inject
    @InRequestLanguage
    ConsentMessages messages;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance list() {
        Client me = myClient.get();
        audit.record(AuditAction.VIEW, RecordType.CONSENT, null, me.id, "portal consents");
        return Templates.list(me, clientConsents.of(me.id, me.language));
    }

    @GET
    @Path("{kind}")
    public TemplateInstance form(@PathParam("kind") String kind) {
        Client me = myClient.get();
        ConsentDocument document = documentFor(kind, me);
        audit.record(AuditAction.VIEW, RecordType.CONSENT_DOCUMENT, document.id, me.id, "read before signing");
        return Templates.form(me, document, "", false, FormErrors.none());
    }

    @POST
    @Path("{kind}")
    public Object sign(@PathParam("kind") String kind, @RestForm String documentId, @RestForm String typedName,
            @RestForm String agree) {
        Client me = myClient.get();
        ConsentDocument document = documentFor(kind, me);
        FormErrors errors = FormErrors.none();
        String name = FormFields.text(typedName);
        if (name == null || name.length() < 2 || name.length() > 200) {
            errors.add("typedName", messages.nameRequired());
        }
        if (!"yes".equals(agree)) {
            errors.add("agree", messages.agreeRequired());
        }
        if (!String.valueOf(document.id).equals(FormFields.trimmedOrEmpty(documentId))) {
            // she read another version than the one she would now sign
            errors.add(FormErrors.FORM, messages.newerVersion());
        } else if (isGiven(me.id, document)) {
            errors.add(FormErrors.FORM, messages.alreadyGiven());
        }
        if (errors.any()) {
            return Templates.form(me, document, typedName, "yes".equals(agree), errors);
        }
        consents.signInPortal(me.id, currentUser.id(), document.id, name);
        return Flash.redirect("/portal/consents", messages.signed(messages.kind(document.kind)));
    }

    @POST
    @Path("{kind}/withdraw")
    public Object withdraw(@PathParam("kind") String kind) {
        Client me = myClient.get();
        ConsentKind consentKind = ConsentKind.ofSlug(kind);
        if (consentKind == null) {
            throw new NotFoundException();
        }
        ConsentSignature inForce = ConsentSignature.inForce(me.id, consentKind);
        if (inForce == null) {
            return Flash.redirect("/portal/consents", messages.notInForce());
        }
        consents.withdraw(inForce.id, me.id, currentUser.id(), null);
        return Flash.redirect("/portal/consents", messages.withdrawn(messages.kind(consentKind)));
    }

    /** Her signature in force is of this very version already (an older one may be signed again). */
    private static boolean isGiven(long clientId, ConsentDocument document) {
        ConsentSignature inForce = ConsentSignature.inForce(clientId, document.kind);
        return inForce != null && inForce.document.id.equals(document.id);
    }

    private static ConsentDocument documentFor(String slug, Client me) {
        ConsentKind kind = ConsentKind.ofSlug(slug);
        ConsentDocument document = kind == null ? null : ConsentDocument.currentFor(kind, me.language);
        if (document == null) {
            throw new NotFoundException();
        }
        return document;
    }
}
