package clinic.letdown.fhir;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hl7.fhir.r4.model.Bundle;
import org.jboss.resteasy.reactive.RestForm;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.PasswordConfirmation;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Downloads;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;

/**
 * /clients/{id}/fhir: the client's record as a FHIR R4 Bundle (JSON). A POST with the consultant's
 * password again, like every export of health records; audited.
 */
@Path("/clients/{id}/fhir")
@RolesAllowed(Role.CONSULTANT_NAME)
public class FhirExportResource {

    public static final String FHIR_JSON = "application/fhir+json";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Client client, FormErrors errors);
    }

    @Inject
    ClientBundle bundles;

    @Inject
    FhirRecords records;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    @InRequestLanguage
    FhirMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicClock clinicClock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") long id) {
        Client client = Client.load(id);
        audit.record(AuditAction.VIEW, RecordType.CLIENT, id, id, "FHIR export page");
        return Templates.page(client, FormErrors.none());
    }

    @POST
    public Response download(@PathParam("id") long id, @RestForm String currentPassword) {
        Client client = Client.load(id);
        FormErrors errors = FormErrors.none();
        if (!confirmation.confirm(currentPassword, messages.purpose(), errors)) {
            return Response.ok(Templates.page(client, errors)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        Bundle bundle = bundles.build(records.of(client));
        byte[] json = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle)
                .getBytes(StandardCharsets.UTF_8);
        audit.record(AuditAction.EXPORT, RecordType.FHIR_EXPORT, id, id, bundle.getEntry().size() + " resources");
        String name = "letdown-client-" + id + "-fhir-" + clinicClock.today() + ".json";
        return Downloads.attachment(json, FHIR_JSON + "; charset=UTF-8", name).header("Cache-Control", "no-store").build();
    }
}
