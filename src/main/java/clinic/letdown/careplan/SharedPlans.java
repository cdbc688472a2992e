package clinic.letdown.careplan;

import java.util.List;

import jakarta.ws.rs.NotFoundException;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Hql;

/**
 * The plans a client may read in the portal: her own, once shared with her (every status but
 * DRAFT, which is the consultant's work in progress). Anything else is a 404, the same answer as
 * for an id that does not exist.
 */
public final class SharedPlans {

    private SharedPlans() {
    }

    /** A plan with its goals and activities (and their strategies), loaded in three queries. */
    @TemplateData
    public record PlanView(CarePlan plan, List<Goal> goals, List<Activity> activities) {

        public boolean isActive() {
            return plan.status == CarePlanStatus.ACTIVE;
        }
    }

    /** Her plan {@code planId}, or 404 when it is missing, a draft, or another client's. */
    public static PlanView load(long planId, long clientId) {
        CarePlan plan = CarePlan.<CarePlan>find(
                "from CarePlan p join fetch p.author where p.id = ?1 and p.client.id = ?2 and p.status <> ?3",
                planId, clientId, CarePlanStatus.DRAFT).firstResult();
        if (plan == null) {
            throw new NotFoundException();
        }
        return view(plan);
    }

    /** Her ACTIVE plan, or null. */
    public static PlanView active(long clientId) {
        CarePlan plan = CarePlan.<CarePlan>find(
                "from CarePlan p join fetch p.author where p.client.id = ?1 and p.status = ?2",
                clientId, CarePlanStatus.ACTIVE).firstResult();
        return plan == null ? null : view(plan);
    }

    private static final String NOT_EARLIER = Hql.literals(List.of(CarePlanStatus.DRAFT, CarePlanStatus.ACTIVE));

    /** Her plans other than the active one and drafts, newest first. */
    public static List<CarePlan> earlier(long clientId) {
        return CarePlan.list("client.id = ?1 and status not in " + NOT_EARLIER + " order by createdAt desc, id desc",
                clientId);
    }

    public static List<Goal> goals(long planId) {
        return Goal.list("carePlan.id = ?1 order by position, id", planId);
    }

    /** Her ACTIVE plan (null when she has none) with its activities in the plan's order, strategies fetched. */
    public record ActivePlan(CarePlan plan, List<Activity> activities) {
    }

    /** Her ACTIVE plan and its activities, in two queries (one when she has none). */
    public static ActivePlan activeWithActivities(long clientId) {
        CarePlan active = CarePlan.findActiveFor(clientId);
        return new ActivePlan(active, active == null ? List.of() : activities(active.id));
    }

    public static List<Activity> activities(long planId) {
        return Activity.list("from Activity a join fetch a.strategy where a.carePlan.id = ?1 order by a.position, a.id",
                planId);
    }

    private static PlanView view(CarePlan plan) {
        return new PlanView(plan, goals(plan.id), activities(plan.id));
    }
}
