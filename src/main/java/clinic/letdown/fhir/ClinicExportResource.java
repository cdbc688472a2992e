package clinic.letdown.fhir;

import java.time.Clock;
import java.time.LocalDate;

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
import clinic.letdown.account.PasswordConfirmation;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.ClientLeft;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/**
 * /admin/fhir: the whole clinic as FHIR R4 NDJSON files per resource type, zipped ({@link ClinicExport}),
 * for a move to another system. The admin's password again, like a backup; audited.
 */
@Path("/admin/fhir")
@RolesAllowed(Role.ADMIN_NAME)
public class ClinicExportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(FormErrors errors);
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
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.page(FormErrors.none());
    }

    @POST
    @Blocking
    public Response download(@RestForm String currentPassword, RoutingContext context) {
        FormErrors errors = FormErrors.none();
        if (!confirmation.confirm(currentPassword, messages.clinicPurpose(), errors)) {
            return Response.ok(Templates.page(errors)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        ClinicExport.Written written = export.write();
        context.addEndHandler(ended -> ClinicExport.delete(written.directory()));
        audit.record(AuditAction.EXPORT, RecordType.FHIR_EXPORT, null, "whole clinic, NDJSON " + written.counts());
        StreamingOutput body = ClientLeft.stopQuietly(context, out -> {
            try {
                ClinicExport.zip(written.directory(), out);
            } finally {
                ClinicExport.delete(written.directory());
            }
        });
        String name = "letdown-fhir-" + LocalDate.now(clock.withZone(Formats.ZONE)) + ".zip";
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
