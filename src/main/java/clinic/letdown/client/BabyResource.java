package clinic.letdown.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/** /clients/{id}/babies: adding, correcting and removing a client's babies. */
@Path("/clients/{clientId}/babies")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class BabyResource {

    @CheckedTemplate
    static class Templates {
        /** baby is null for a new one. */
        static native TemplateInstance form(Client client, Baby baby, BabyForm form, FormErrors errors);
    }

    /** The form of a baby not saved yet. */
    private static final Baby NEW_BABY = null;

    @Inject
    ClientService clients;

    @Inject
    @InRequestLanguage
    ClientMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    ClinicClock clinicClock;

    @GET
    @Path("new")
    public TemplateInstance createForm(@PathParam("clientId") long clientId) {
        return Templates.form(Client.load(clientId), NEW_BABY, BabyForm.blank(), FormErrors.none());
    }

    @POST
    public Object create(@PathParam("clientId") long clientId, @BeanParam BabyForm form) {
        Client client = Client.load(clientId);
        FormErrors errors = FormErrors.of(validator.validate(form));
        BabyForm.Data data = form.check(errors, clinicClock.today(), messages);
        if (data == null) {
            return Templates.form(client, NEW_BABY, form, errors);
        }
        clients.addBaby(clientId, data);
        return Flash.redirect("/clients/" + clientId + "#babies", messages.babyAdded(data.name()));
    }

    @GET
    @Path("{babyId}/edit")
    public TemplateInstance editForm(@PathParam("clientId") long clientId, @PathParam("babyId") long babyId) {
        Client client = Client.load(clientId);
        Baby baby = ClientService.babyOf(client, babyId);
        audit.record(AuditAction.VIEW, RecordType.BABY, babyId, clientId, "edit form");
        return Templates.form(client, baby, BabyForm.of(baby), FormErrors.none());
    }

    @POST
    @Path("{babyId}")
    public Object update(@PathParam("clientId") long clientId, @PathParam("babyId") long babyId,
            @BeanParam BabyForm form) {
        Client client = Client.load(clientId);
        Baby baby = ClientService.babyOf(client, babyId);
        FormErrors errors = FormErrors.of(validator.validate(form));
        BabyForm.Data data = form.check(errors, clinicClock.today(), messages);
        if (data != null) {
            try {
                clients.updateBaby(clientId, babyId, form.babyVersion(), data);
                return Flash.redirect("/clients/" + clientId + "#babies", messages.babySaved(data.name()));
            } catch (RuntimeException e) {
                if (!StaleEditException.isStale(e)) {
                    throw e;
                }
                errors.add(FormErrors.FORM, messages.staleBaby());
                form = form.withVersion(clients.currentBabyVersion(clientId, babyId));
            }
        }
        return Templates.form(client, baby, form, errors);
    }

    @POST
    @Path("{babyId}/remove")
    public Response remove(@PathParam("clientId") long clientId, @PathParam("babyId") long babyId) {
        Client client = Client.load(clientId);
        String name = ClientService.babyOf(client, babyId).name;
        ClientService.RemovalRefusal refusal = clients.removeBaby(clientId, babyId);
        String message = refusal == null ? messages.babyRemoved(name)
                : refusal == ClientService.RemovalRefusal.LAST_BABY ? messages.lastBaby()
                : messages.babyInConsultations(name);
        return Flash.redirect("/clients/" + clientId + "#babies", message);
    }
}
