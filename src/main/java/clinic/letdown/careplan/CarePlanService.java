package clinic.letdown.careplan;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/**
 * Changes to care plans, each audited in the same transaction. Any change to a plan, its goals or
 * its activities raises the plan's version, so one optimistic lock guards the whole plan.
 */
@ApplicationScoped
public class CarePlanService {

    /** The unique constraint that allows one ACTIVE plan per client (see V2 and {@link CarePlan}). */
    public static final String ONE_ACTIVE_CONSTRAINT = "uk_care_plan_one_active";

    @Inject
    AuditTrail audit;

    @Inject
    @InRequestLanguage
    CarePlanMessages messages;

    @Inject
    Clock clock;

    @Inject
    StrategyTally tally;

    @Transactional
    public CarePlan create(long clientId, long authorId, PlanContent content) {
        Client client = Client.load(clientId);
        Account author = Account.findById(authorId);
        CarePlan plan = new CarePlan();
        plan.client = client;
        plan.author = author;
        plan.createdAt = Instant.now(clock);
        apply(plan, content);
        plan.persist();
        recordStatusChange(plan, NO_STATUS_YET, CarePlanStatus.DRAFT, author);
        CarePlan.flush();
        // the title is the consultant's free text about her: not in the detail that admins read
        audit.record(AuditAction.CREATE, RecordType.CARE_PLAN, plan.id, clientId, null);
        return plan;
    }

    /** Saves the builder; the plan must still be at {@code version} and editable. */
    @Transactional
    public void update(long planId, String version, long editorId, PlanContent content) {
        CarePlan plan = CarePlan.load(planId);
        boolean inUse = plan.status != CarePlanStatus.DRAFT;
        if (inUse) {
            tally.lockForPlanChange(plan.client.id);
        }
        StaleEditException.check(plan.version, version);
        if (!plan.isEditable()) {
            throw new CarePlanRuleException(messages.notEditable(messages.status(plan.status)));
        }
        Set<Long> kept = content.activities().stream().map(PlanContent.ActivityInput::id)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (Activity activity : plan.activities) {
            if (!kept.contains(activity.id) && appearsInLog(activity.id)) {
                throw new CarePlanRuleException(messages.activityInLog(activity.strategy.getShownName()));
            }
        }
        Set<Long> strategiesBefore = strategyIds(plan);
        apply(plan, content);
        audit.record(AuditAction.UPDATE, RecordType.CARE_PLAN, planId, plan.client.id, null);
        CarePlan.flush();
        // a draft's strategies count from its activation; the rows hold strategies, not wording
        // (an activity tried in the log cannot be removed, so who tried what stays as it was)
        if (inUse && !strategyIds(plan).equals(strategiesBefore)) {
            tally.plansChanged(plan.client.id);
        }
    }

    /**
     * Moves a plan to {@code target}. Activating while another plan of the client is active needs
     * {@code previousTarget} (what becomes of that plan), else {@link OtherPlanActiveException}.
     * The database's unique constraint decides between two activations at the same moment.
     */
    @Transactional
    public CarePlan changeStatus(long planId, String version, CarePlanStatus target, long actorId,
            Long previousPlanId, CarePlanStatus previousTarget) {
        CarePlan plan = CarePlan.load(planId);
        CarePlanStatus from = plan.status;
        if (from == CarePlanStatus.DRAFT) {
            tally.lockForPlanChange(plan.client.id);
        }
        StaleEditException.check(plan.version, version);
        if (!plan.status.canMoveTo(target)) {
            throw new CarePlanRuleException(
                    messages.transitionNotAllowed(messages.status(plan.status), messages.status(target)));
        }
        Account actor = Account.findById(actorId);
        if (target == CarePlanStatus.ACTIVE) {
            prepareActivation(plan, actor, previousPlanId, previousTarget);
        }
        plan.status = target;
        plan.updatedAt = Instant.now(clock);
        recordStatusChange(plan, from, target, actor);
        audit.record(AuditAction.UPDATE, RecordType.CARE_PLAN, planId, plan.client.id, from + " -> " + target);
        CarePlan.flush();
        if (from == CarePlanStatus.DRAFT) {
            tally.plansChanged(plan.client.id); // its strategies count from now; other moves change nothing
        }
        return plan;
    }

    private void prepareActivation(CarePlan plan, Account actor, Long previousPlanId, CarePlanStatus previousTarget) {
        if (!plan.client.isActive()) {
            throw new CarePlanRuleException(messages.clientDischarged(plan.client.fullName()));
        }
        if (plan.goals.isEmpty() || plan.activities.isEmpty()) {
            throw new CarePlanRuleException(messages.needsGoalAndActivity());
        }
        CarePlan active = CarePlan.findActiveFor(plan.client.id);
        if (active == null || active.id.equals(plan.id)) {
            return;
        }
        if (previousTarget == null || !active.id.equals(previousPlanId)) {
            throw new OtherPlanActiveException(active.id);
        }
        if (!active.status.canMoveTo(previousTarget)) {
            throw new BadRequestException();
        }
        active.status = previousTarget;
        active.updatedAt = Instant.now(clock);
        recordStatusChange(active, CarePlanStatus.ACTIVE, previousTarget, actor);
        audit.record(AuditAction.UPDATE, RecordType.CARE_PLAN, active.id, plan.client.id,
                CarePlanStatus.ACTIVE + " -> " + previousTarget);
        // the old plan must leave ACTIVE in the database before the new one enters it
        CarePlan.flush();
    }

    /** Whether the client's letdown log refers to this activity (then it is stopped, never removed). */
    public static boolean appearsInLog(long activityId) {
        return CarePlan.getEntityManager()
                .createQuery("select count(e) from LetdownLogEntry e join e.activitiesTried a where a.id = :id", Long.class)
                .setParameter("id", activityId).getSingleResult() > 0;
    }

    private void apply(CarePlan plan, PlanContent content) {
        plan.title = content.title();
        plan.periodStart = content.periodStart();
        plan.periodEnd = content.periodEnd();
        plan.setAddressedFactors(content.factors());
        // always touched, so that a change of goals or activities alone raises the plan's version
        plan.updatedAt = Instant.now(clock);
        applyGoals(plan, content.goals());
        applyActivities(plan, content.activities());
    }

    private static void applyGoals(CarePlan plan, List<PlanContent.GoalInput> inputs) {
        Map<Long, Goal> existing = new HashMap<>();
        plan.goals.forEach(g -> existing.put(g.id, g));
        plan.goals.clear();
        int position = 0;
        for (PlanContent.GoalInput input : inputs) {
            Goal goal = input.id() == null ? new Goal() : existing.get(input.id());
            if (goal == null) {
                throw new StaleEditException(); // removed by a save made since this form was opened
            }
            goal.carePlan = plan;
            goal.description = input.description();
            goal.target = input.target();
            goal.dueOn = input.dueOn();
            goal.status = input.status();
            goal.position = position++;
            plan.goals.add(goal);
        }
    }

    private static Set<Long> strategyIds(CarePlan plan) {
        return plan.activities.stream().map(activity -> activity.strategy.id).collect(Collectors.toSet());
    }

    private static void applyActivities(CarePlan plan, List<PlanContent.ActivityInput> inputs) {
        Map<Long, Activity> existing = new HashMap<>();
        plan.activities.forEach(a -> existing.put(a.id, a));
        plan.activities.clear();
        int position = 0;
        for (PlanContent.ActivityInput input : inputs) {
            Activity activity;
            if (input.id() == null) {
                activity = new Activity();
                Strategy strategy = Strategy.findById(input.strategyId());
                if (strategy == null || strategy.retired) {
                    throw new BadRequestException();
                }
                activity.strategy = strategy;
            } else {
                activity = existing.get(input.id());
                if (activity == null) {
                    throw new StaleEditException(); // removed by a save made since this form was opened
                }
            }
            activity.carePlan = plan;
            activity.instructions = input.instructions();
            activity.frequency = input.frequency();
            activity.status = input.status();
            activity.position = position++;
            plan.activities.add(activity);
        }
    }

    /** A new plan's first change, to draft, comes from no status. */
    private static final CarePlanStatus NO_STATUS_YET = null;

    private void recordStatusChange(CarePlan plan, CarePlanStatus from, CarePlanStatus to, Account by) {
        CarePlanStatusChange change = new CarePlanStatusChange();
        change.carePlan = plan;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedBy = by;
        change.changedAt = Instant.now(clock);
        plan.statusHistory.add(change);
        if (plan.isPersistent()) {
            change.persist();
        }
    }
}
