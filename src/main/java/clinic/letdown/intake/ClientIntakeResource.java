package clinic.letdown.intake;

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
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/**
 * /clients/{id}/intake: her intake for the consultant, who fills it in with her or amends a
 * submitted one (each change audited by the fields it touched).
 */
@Path("/clients/{clientId}/intake")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ClientIntakeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Client client, Intake intake, IntakeSummary summary);

        static native TemplateInstance section(Client client, Intake intake, IntakeSection section, IntakeForm form,
                FormErrors errors, IntakePages.Options options);
    }

    @Inject
    IntakePages pages;

    @Inject
    IntakeService intakes;

    @Inject
    CurrentUser currentUser;

    @Inject
    @InRequestLanguage
    IntakeMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicClock clinicClock;

    @GET
    public TemplateInstance show(@PathParam("clientId") long clientId) {
        pages.requireEnabled();
        Client client = Client.load(clientId);
        Intake intake = Intake.ofClient(clientId);
        audit.record(AuditAction.VIEW, RecordType.INTAKE, intake == null ? null : intake.id, clientId, "intake");
        return Templates.show(client, intake, pages.summary(clientId));
    }

    @GET
    @Path("{section}")
    public TemplateInstance sectionForm(@PathParam("clientId") long clientId, @PathParam("section") String slug) {
        pages.requireEnabled();
        Client client = Client.load(clientId);
        IntakeSection section = IntakeSection.load(slug);
        Intake intake = Intake.ofClient(clientId);
        audit.record(AuditAction.VIEW, RecordType.INTAKE, intake == null ? null : intake.id, clientId, "intake " + slug);
        return Templates.section(client, intake, section, IntakeForm.of(intake), FormErrors.none(), pages.options());
    }

    @POST
    @Path("{section}")
    public Object save(@PathParam("clientId") long clientId, @PathParam("section") String slug,
            @BeanParam IntakeForm form) {
        pages.requireEnabled();
        Client client = Client.load(clientId);
        IntakeSection section = IntakeSection.load(slug);
        FormErrors errors = FormErrors.none();
        var change = form.check(section, errors, clinicClock.today(), messages);
        if (change != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> intakes.saveSection(clientId, section, version, change, false), errors,
                    messages.stale())) {
                return Flash.redirect("/clients/" + clientId + "/intake", messages.sectionSaved(messages.section(section)));
            }
            form = form.withVersion(intakes.currentVersion(clientId));
        }
        return Templates.section(client, Intake.ofClient(clientId), section, form, errors, pages.options());
    }

    @POST
    @Path("submit")
    public Object submit(@PathParam("clientId") long clientId, @RestForm String version) {
        pages.requireEnabled();
        Client.load(clientId);
        String page = "/clients/" + clientId + "/intake";
        return StaleEditException.acted(() -> intakes.submit(clientId, currentUser.id(), version),
                () -> Flash.redirect(page, messages.markedComplete()), page, messages.stale());
    }
}
