package clinic.letdown.portal;

import java.util.function.Consumer;

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
import clinic.letdown.intake.Intake;
import clinic.letdown.intake.IntakeForm;
import clinic.letdown.intake.IntakeMessages;
import clinic.letdown.intake.IntakePages;
import clinic.letdown.intake.IntakeSection;
import clinic.letdown.intake.IntakeService;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/**
 * /portal/intake: her questionnaire before the first visit, a section at a time (each saved as she
 * goes), then sent to the clinic; once sent it is read-only to her. Only her own intake.
 */
@Path("/portal/intake")
@RolesAllowed(Role.CLIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PortalIntakeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Client me, Intake intake);

        static native TemplateInstance section(Client me, IntakeSection section, IntakeForm form, FormErrors errors,
                IntakePages.Options options);
    }

    @Inject
    MyClient myClient;

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
    public TemplateInstance overview() {
        pages.requireEnabled();
        Client me = myClient.get();
        Intake intake = Intake.ofClient(me.id);
        audit.record(AuditAction.VIEW, RecordType.INTAKE, intake == null ? null : intake.id, me.id, "portal intake");
        return Templates.overview(me, intake);
    }

    @GET
    @Path("{section}")
    public Object sectionForm(@PathParam("section") String slug) {
        pages.requireEnabled();
        Client me = myClient.get();
        IntakeSection section = IntakeSection.load(slug);
        Intake intake = Intake.ofClient(me.id);
        if (intake != null && intake.isSubmitted()) {
            return Flash.redirect("/portal/intake", messages.alreadySubmitted());
        }
        audit.record(AuditAction.VIEW, RecordType.INTAKE, intake == null ? null : intake.id, me.id, "portal intake " + slug);
        return Templates.section(me, section, IntakeForm.of(intake), FormErrors.none(), pages.options());
    }

    @POST
    @Path("{section}")
    public Object save(@PathParam("section") String slug, @BeanParam IntakeForm form) {
        pages.requireEnabled();
        Client me = myClient.get();
        IntakeSection section = IntakeSection.load(slug);
        FormErrors errors = FormErrors.none();
        Consumer<Intake> change = form.check(section, errors, clinicClock.today(), messages);
        if (change != null) {
            try {
                intakes.saveSection(me.id, section, form.version(), change, true);
                IntakeSection next = section.next();
                return Flash.redirect(next == null ? "/portal/intake" : "/portal/intake/" + next.slug(),
                        messages.sectionSaved(messages.section(section)));
            } catch (IntakeService.SubmittedException e) {
                return Flash.redirect("/portal/intake", messages.alreadySubmitted());
            } catch (RuntimeException e) {
                if (!StaleEditException.isStale(e)) {
                    throw e;
                }
                errors.add(FormErrors.FORM, messages.stale());
                form = form.withVersion(intakes.currentVersion(me.id));
            }
        }
        return Templates.section(me, section, form, errors, pages.options());
    }

    @POST
    @Path("submit")
    public Object submit(@RestForm String version) {
        pages.requireEnabled();
        Client me = myClient.get();
        return StaleEditException.acted(() -> intakes.submit(me.id, currentUser.id(), version),
                () -> Flash.redirect("/portal", messages.thanks()), "/portal/intake", messages.stale());
    }
}
