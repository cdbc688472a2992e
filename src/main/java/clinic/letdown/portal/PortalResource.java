package clinic.letdown.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.SharedPlans;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Flash;
import clinic.letdown.web.Language;
import clinic.letdown.web.RequestLanguage;

/**
 * /portal: the client's own pages. Her active plan with the next follow-up and her consultant,
 * her earlier plans, and plain-words education pointing to her plan. Only her own data: she is
 * found from the signed-in account ({@link MyClient}) and every plan is loaded through a finder
 * that answers 404 for anyone else's. Consultation notes never appear here.
 */
@Path("/portal")
@RolesAllowed(Role.CLIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Client me, String consultantName, SharedPlans.PlanView active,
                List<CarePlan> earlier, LocalDate nextFollowUp, LetdownLogEntry latestEntry);

        static native TemplateInstance plan(Client me, SharedPlans.PlanView view);

        static native TemplateInstance learn(Client me, List<Activity> activities, Map<String, List<Activity>> inPlan);
    }

    @Inject
    MyClient myClient;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicClock clinicClock;

    /** She chooses the language of her portal, plans and handouts herself (her consultant can too, on her record). */
    @POST
    @Path("language")
    @Transactional
    public Response chooseLanguage(@RestForm String language) {
        Language chosen = Language.ofTag(language);
        if (chosen == null || !chosen.tag.equals(language.strip())) {
            throw new BadRequestException("no such language");
        }
        Client me = Client.findById(myClient.id());
        if (me.language != chosen) {
            me.language = chosen;
            audit.record(AuditAction.UPDATE, RecordType.CLIENT, me.id, me.id, "language " + chosen.tag);
        }
        return Flash.redirect("/portal", RequestLanguage.words(PortalMessages.class, chosen).languageSaved());
    }

    @GET
    public TemplateInstance home() {
        Client me = myClient.get();
        SharedPlans.PlanView active = SharedPlans.active(me.id);
        List<CarePlan> earlier = SharedPlans.earlier(me.id);
        LocalDate followUp = Consultation.nextFollowUpOf(me.id, clinicClock.today());
        LetdownLogEntry latest = LetdownLogEntry.find("client.id", Sort.descending("occurredAt", "id"), me.id)
                .firstResult();
        audit.record(AuditAction.VIEW, RecordType.CARE_PLAN, active == null ? null : active.plan().id, me.id, "portal home");
        return Templates.home(me, consultantName(me, active), active, earlier, followUp, latest);
    }

    @GET
    @Path("plans/{id}")
    public TemplateInstance plan(@PathParam("id") long id) {
        Client me = myClient.get();
        SharedPlans.PlanView view = SharedPlans.load(id, me.id);
        audit.record(AuditAction.VIEW, RecordType.CARE_PLAN, id, me.id, "portal plan");
        return Templates.plan(me, view);
    }

    @GET
    @Path("learn")
    public TemplateInstance learn() {
        Client me = myClient.get();
        SharedPlans.ActivePlan active = SharedPlans.activeWithActivities(me.id);
        List<Activity> activities = active.activities();
        audit.record(AuditAction.VIEW, RecordType.CARE_PLAN, active.plan() == null ? null : active.plan().id, me.id, "portal learn");
        Map<String, List<Activity>> byCategory = activities.stream()
                .collect(Collectors.groupingBy(a -> a.strategy.category.name()));
        return Templates.learn(me, activities, byCategory);
    }

    /** Her assigned consultant, or else the author of her plan; null when neither is known. */
    private static String consultantName(Client me, SharedPlans.PlanView active) {
        if (me.consultant != null) {
            return me.consultant.displayName;
        }
        return active == null ? null : active.plan().author.displayName;
    }
}
