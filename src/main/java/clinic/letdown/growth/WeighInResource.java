package clinic.letdown.growth;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientService;
import clinic.letdown.web.Choice;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/** /clients/{clientId}/babies/{babyId}/weights: a consultant's quick weigh-in of a baby. */
@Path("/clients/{clientId}/babies/{babyId}/weights")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class WeighInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Client client, Baby baby, WeighInForm form, FormErrors errors,
                java.util.List<Choice> clothing, String today);
    }

    @Inject
    GrowthService growth;

    @Inject
    @InRequestLanguage
    GrowthMessages messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    @Path("new")
    public TemplateInstance createForm(@PathParam("clientId") long clientId, @PathParam("babyId") long babyId) {
        Client client = Client.load(clientId);
        Baby baby = ClientService.babyOf(client, babyId);
        audit.record(AuditAction.VIEW, RecordType.WEIGH_IN, null, clientId, "weigh-in form, baby " + babyId);
        return form(client, baby, WeighInForm.blank(today()), FormErrors.none());
    }

    @POST
    public Object create(@PathParam("clientId") long clientId, @PathParam("babyId") long babyId,
            @BeanParam WeighInForm form) {
        Client client = Client.load(clientId);
        Baby baby = ClientService.babyOf(client, babyId);
        FormErrors errors = FormErrors.none();
        WeighInForm.Data data = form.check(errors, baby, today(), messages);
        if (data == null) {
            return form(client, baby, form, errors);
        }
        growth.addWeighIn(clientId, babyId, currentUser.id(), data);
        return Flash.redirect("/clients/" + clientId + "#growth-" + babyId,
                messages.weighInSaved(baby.name, Formats.grouped(data.grams()), Formats.shown(data.weighedOn())));
    }

    private TemplateInstance form(Client client, Baby baby, WeighInForm form, FormErrors errors) {
        return Templates.form(client, baby, form, errors, java.util.List.of(
                new Choice(WeighInForm.NAKED, messages.naked()), new Choice(WeighInForm.CLOTHED, messages.clothed())),
                today().toString());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
