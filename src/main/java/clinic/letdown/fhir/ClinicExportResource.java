package clinic.letdown.fhir;

import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.security.ForbiddenException;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.PasswordConfirmation;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.ClientLeft;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Downloads;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;

/**
 * /admin/fhir: the whole clinic as FHIR R4 NDJSON files per resource type, zipped ({@link ClinicExport}),
 * for a move to another system, streamed: the download starts at once and grows while the export is
 * made. Every client's clinical record is in it, which an admin alone may not
 * read (product.md, minimum necessary): only an account that is admin and consultant may open it (403
 * for others). The password again, like a backup; a reason, recorded in the audit trail when the export
 * starts, and a second event with the same reason when it ends, with the resources written per type (or
 * those the reader got, if the download stopped early).
 */
@Path("/admin/fhir")
@RolesAllowed(Role.ADMIN_NAME)
public class ClinicExportResource {

    /** Short enough that the audit event (at most 500 characters) keeps it whole, before the counts. */
    static final int MAX_REASON = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String reason, FormErrors errors);
    }

    @Inject
    ClinicExport export;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    @InRequestLanguage
    FhirMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicClock clinicClock;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        requireConsultant();
        return Templates.page(null, FormErrors.none());
    }

    @POST
    @Blocking
    public Response download(@RestForm String currentPassword, @RestForm String reason, RoutingContext context) {
        requireConsultant();
        FormErrors errors = FormErrors.none();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.add("reason", messages.reasonRequired());
        } else if (why.length() > MAX_REASON) {
            errors.add("reason", messages.reasonTooLong(MAX_REASON));
        }
        // the password is checked (and throttled) only once the rest of the form is right
        if (errors.any() || !confirmation.confirm(currentPassword, messages.clinicPurpose(), errors)) {
            return Response.ok(Templates.page(reason, errors)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        // recorded before the first byte, with the reason; the counts are known once the last file is written
        String detail = "reason: " + why + "; whole clinic, NDJSON";
        audit.record(AuditAction.EXPORT, RecordType.FHIR_EXPORT, null, detail + ", started");
        StreamingOutput body = ClientLeft.stopQuietly(context, out -> {
            Map<String, Long> written = new TreeMap<>();
            String outcome = "stopped before the end, written";
            try {
                export.write(out, written);
                outcome = "written";
            } finally {
                audit.record(AuditAction.EXPORT, RecordType.FHIR_EXPORT, null, detail + ", " + outcome + " " + written);
            }
        });
        String name = "letdown-fhir-" + clinicClock.today() + ".zip";
        return Downloads.attachment(body, "application/zip", name).header("Cache-Control", "no-store").build();
    }

    /** An admin who is not also a consultant reads no client's clinical record, so not this export either. */
    private void requireConsultant() {
        if (!user.isConsultant()) {
            throw new ForbiddenException();
        }
    }
}
