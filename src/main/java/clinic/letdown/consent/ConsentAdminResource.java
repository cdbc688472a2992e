package clinic.letdown.consent;

import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Choice;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Language;

/** /admin/consents: the consent documents, every version, and publishing a new one. */
@Path("/admin/consents")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class ConsentAdminResource {

    /** A version with how many signatures point at it (a count only: admins see no client). */
    @io.quarkus.qute.TemplateData
    public record Row(ConsentDocument document, long signatures) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, List<ConsentKind> kinds, List<Language> languages);

        static native TemplateInstance form(ConsentDocumentForm form, FormErrors errors, List<Choice> kinds,
                List<Choice> languages);

        static native TemplateInstance show(ConsentDocument document, long signatures);
    }

    @Inject
    ConsentService consents;

    @Inject
    CurrentUser currentUser;

    @Inject
    @InRequestLanguage
    ConsentMessages messages;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance list() {
        List<Row> rows = ConsentDocument.everyVersion().stream()
                .map(d -> new Row(d, ConsentSignature.countFor(d.id))).toList();
        audit.record(AuditAction.VIEW, RecordType.CONSENT_DOCUMENT, null, "consent documents");
        return Templates.list(rows, List.of(ConsentKind.values()), List.of(Language.values()));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm(@QueryParam("kind") String kind, @QueryParam("language") String language) {
        Language chosen = FormFields.isBlank(language) ? null : Language.ofTag(language);
        return form(ConsentDocumentForm.startingFrom(ConsentKind.named(kind), chosen), FormErrors.none());
    }

    @POST
    public Object create(@BeanParam ConsentDocumentForm form) {
        FormErrors errors = FormErrors.none();
        ConsentDocumentForm.Data data = form.check(errors, messages);
        if (data == null) {
            return form(form, errors);
        }
        ConsentDocument document = consents.publish(data.kind(), data.language(), data.title(), data.body(), currentUser.id());
        return Flash.redirect("/admin/consents/" + document.id, messages.published(document.title, document.docVersion));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        ConsentDocument document = ConsentDocument.load(id);
        audit.record(AuditAction.VIEW, RecordType.CONSENT_DOCUMENT, id, null);
        return Templates.show(document, ConsentSignature.countFor(id));
    }

    private TemplateInstance form(ConsentDocumentForm form, FormErrors errors) {
        return Templates.form(form, errors,
                Stream.of(ConsentKind.values()).map(k -> new Choice(k.name(), messages.kind(k))).toList(),
                Stream.of(Language.values()).map(l -> new Choice(l.tag, messages.language(l.tag))).toList());
    }
}
