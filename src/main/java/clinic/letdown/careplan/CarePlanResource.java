package clinic.letdown.careplan;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.letdownlog.LetdownTrends;
import clinic.letdown.web.Choice;
import clinic.letdown.web.ConstraintViolations;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;
import clinic.letdown.web.pdf.PdfRenderer;
import clinic.letdown.web.RequestLanguage;

/** /careplans/{id}: a plan, its builder, its status changes and the client's printed copy. */
@Path("/careplans")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class CarePlanResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(CarePlan plan, String problem, StatusQuestion question,
                LetdownTrends.Trends trends);

        static native TemplateInstance form(PlanFormPage page);

        static native TemplateInstance print(CarePlan plan, LocalDate followUpOn);
    }

    @Inject
    LetdownTrends letdownTrends;

    @Inject
    PdfRenderer pdf;

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
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        CarePlan plan = CarePlan.load(id);
        audit.record(AuditAction.VIEW, RecordType.CARE_PLAN, id, plan.client.id, null);
        return Templates.show(plan, null, null, letdownTrends.forPlan(plan.id));
    }

    @GET
    @Path("{id}/edit")
    public Response editForm(@PathParam("id") long id) {
        CarePlan plan = CarePlan.load(id);
        audit.record(AuditAction.VIEW, RecordType.CARE_PLAN, id, plan.client.id, null);
        if (!plan.isEditable()) {
            return refused(plan, messages.notEditable(messages.status(plan.status)));
        }
        return Response.ok(Templates.form(pages.existing(plan))).build();
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam CarePlanForm form) {
        CarePlan plan = CarePlan.load(id);
        if (!plan.isEditable()) {
            return refused(plan, messages.notEditable(messages.status(plan.status)));
        }
        PlanBuilder builder = PlanBuilder.read(form, messages).inLanguageOf(plan.client);
        FormErrors errors = FormErrors.none();
        if (form.isRowAction()) {
            builder.applyRowAction(form, errors, CarePlanService::appearsInLog);
            return Templates.form(pages.afterRowAction(plan.client, plan, form, builder, errors));
        }
        builder.restoreLoggedActivities(plan, CarePlanService::appearsInLog, errors);
        PlanContent content = builder.validate(form, errors);
        if (errors.isEmpty()) {
            try {
                plans.update(id, form.version(), currentUser.id(), content);
                return Flash.redirect("/careplans/" + id, messages.saved(content.title()));
            } catch (RuntimeException e) {
                if (StaleEditException.isStale(e)) {
                    errors.add(FormErrors.FORM, StaleEditException.message());
                } else if (e instanceof CarePlanRuleException rule) {
                    errors.add(FormErrors.FORM, rule.getMessage());
                } else {
                    throw e;
                }
                plan = reload(id);
                builder.forgetRowsNotIn(plan);
                form = form.withVersion(plan.version);
            }
        }
        return Templates.form(pages.withErrors(plan.client, plan, form, builder, errors));
    }

    /**
     * Moves the plan to another status. Activating while another plan is active first asks what
     * becomes of that plan; completing or revoking (final) first asks for a confirmation.
     */
    @POST
    @Path("{id}/status")
    public Response changeStatus(@PathParam("id") long id, @RestForm String to, @RestForm String version,
            @RestForm String previousPlan, @RestForm String previousTo, @RestForm String confirm) {
        CarePlan plan = CarePlan.load(id);
        CarePlanStatus target = parseStatus(to);
        if (target == null) {
            throw new BadRequestException();
        }
        if (target.isFinal() && !"yes".equals(confirm) && plan.status.canMoveTo(target)) {
            return question(plan, new StatusQuestion(target, null, List.of(), null), Response.Status.OK);
        }
        CarePlanStatus previousTarget = parseStatus(previousTo);
        Long previousPlanId = PlanBuilder.parseId(previousPlan);
        if (previousPlanId != null && previousTarget == null) {
            CarePlan other = CarePlan.findById(previousPlanId);
            if (other == null || !other.client.id.equals(plan.client.id)) {
                throw new BadRequestException();
            }
            return question(plan, activation(other, messages.choosePrevious()), Response.Status.OK);
        }
        try {
            CarePlan changed = plans.changeStatus(id, version, target, currentUser.id(), previousPlanId, previousTarget);
            return Flash.redirect("/careplans/" + id, messages.statusChanged(changed.title, messages.status(target)));
        } catch (OtherPlanActiveException e) {
            CarePlan current = reload(id);
            CarePlan other = CarePlan.findById(e.otherPlanId);
            return question(current, activation(other, null), Response.Status.OK);
        } catch (CarePlanRuleException e) {
            return refused(reload(id), e.getMessage());
        } catch (RuntimeException e) {
            if (StaleEditException.isStale(e)) {
                return refused(reload(id), messages.staleStatus());
            }
            if (!ConstraintViolations.isViolationOf(e, CarePlanService.ONE_ACTIVE_CONSTRAINT)
                    && !ConstraintViolations.isLockConflict(e)) {
                throw e;
            }
            // another consultant activated a plan of this client in the same instant and won
            CarePlan current = reload(id);
            CarePlan winner = CarePlan.findActiveFor(current.client.id);
            if (winner == null || winner.id.equals(current.id)) {
                return refused(current, messages.busy());
            }
            return question(current, activation(winner, messages.activatedMeanwhile(winner.title)),
                    Response.Status.CONFLICT);
        }
    }

    @Inject
    RequestLanguage requestLanguage;

    @GET
    @Path("{id}/print")
    public TemplateInstance print(@PathParam("id") long id) {
        CarePlan plan = CarePlan.load(id);
        audit.record(AuditAction.PRINT, RecordType.CARE_PLAN, id, plan.client.id, null);
        return printPage(plan);
    }

    /** The client's copy as a PDF (web/pdf): the same page, ready to send or hand over. */
    @GET
    @Path("{id}/print.pdf")
    @Produces(PdfRenderer.MEDIA_TYPE)
    public Response printPdf(@PathParam("id") long id) {
        CarePlan plan = CarePlan.load(id);
        audit.record(AuditAction.PRINT, RecordType.CARE_PLAN, id, plan.client.id, "PDF");
        return pdf.download(printPage(plan), "care-plan-" + id + ".pdf");
    }

    private TemplateInstance printPage(CarePlan plan) {
        Consultation latest = Consultation.find(
                "client.id = ?1 and followUpOn is not null order by startedAt desc, id desc", plan.client.id).firstResult();
        requestLanguage.speak(plan.client.language);
        return Templates.print(plan, latest == null ? null : latest.followUpOn);
    }

    private StatusQuestion activation(CarePlan activePlan, String problem) {
        List<Choice> fates = StatusQuestion.PREVIOUS_PLAN_FATES.stream()
                .map(s -> new Choice(s.name(), messages.previousPlanFate(s))).toList();
        return new StatusQuestion(CarePlanStatus.ACTIVE, activePlan, fates, problem);
    }

    private Response refused(CarePlan plan, String problem) {
        return Response.status(Response.Status.CONFLICT).entity(Templates.show(plan, problem, null, letdownTrends.forPlan(plan.id))).build();
    }

    private Response question(CarePlan plan, StatusQuestion question, Response.Status status) {
        return Response.status(status).entity(Templates.show(plan, null, question, letdownTrends.forPlan(plan.id))).build();
    }

    /** The plan as stored now, after a change that failed: nothing of the failed attempt is cached. */
    private static CarePlan reload(long id) {
        CarePlan.getEntityManager().clear();
        return CarePlan.load(id);
    }

    private static CarePlanStatus parseStatus(String name) {
        try {
            return name == null || name.isBlank() ? null : CarePlanStatus.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
