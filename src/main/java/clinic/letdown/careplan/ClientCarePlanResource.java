package clinic.letdown.careplan;

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
import clinic.letdown.client.Client;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;

/**
 * /clients/{clientId}/careplans/new: starts a plan for a client, with the library's strategies
 * ranked for her latest difficulties. Creating it makes a draft.
 */
@Path("/clients/{clientId}/careplans")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ClientCarePlanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PlanFormPage page);
    }

    @Inject
    CarePlanService plans;

    @Inject
    PlanPages pages;

    @Inject
    @InRequestLanguage
    CarePlanMessages messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @GET
    @Path("new")
    public TemplateInstance createForm(@PathParam("clientId") long clientId) {
        Client client = Client.load(clientId);
        audit.record(AuditAction.VIEW, RecordType.CLIENT, clientId, clientId, "care plan suggestions");
        return Templates.form(pages.fresh(client));
    }

    @POST
    public Object create(@PathParam("clientId") long clientId, @BeanParam CarePlanForm form) {
        Client client = Client.load(clientId);
        PlanBuilder builder = PlanBuilder.read(form, messages).inLanguageOf(client);
        FormErrors errors = FormErrors.none();
        if (form.isRowAction()) {
            builder.applyRowAction(form, errors, activityId -> false);
            return Templates.form(pages.afterRowAction(client, null, form, builder, errors));
        }
        PlanContent content = builder.validate(form, errors);
        if (errors.any()) {
            return Templates.form(pages.withErrors(client, null, form, builder, errors));
        }
        CarePlan plan = plans.create(clientId, currentUser.id(), content);
        return Flash.redirect("/careplans/" + plan.id, messages.created(plan.title));
    }
}
