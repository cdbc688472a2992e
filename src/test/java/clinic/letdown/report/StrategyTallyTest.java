package clinic.letdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanFixtures;
import clinic.letdown.careplan.StrategyTally;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/**
 * log_entry_strategy, which the strategies report reads, follows the log and the plans as they
 * change through the pages: an entry adds a row per strategy of her plans, a draft adds none, and
 * a plan's activation adds its strategy to the entries logged before, and so does an edit of the
 * plan in use that adds one (a reworded one leaves the rows); the statement of V50 and the
 * data generator writes the same rows from scratch.
 */
@QuarkusTest
class StrategyTallyTest {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void theRowsFollowTheLogAndThePlansAsTheyChange() throws SQLException {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession portal = family.portal().signIn();
        long breathing = strategyOf(family.breathingId());
        long compresses = strategyOf(family.compressesId());

        long first = log(portal, family.clientId(), 5, "3", family.breathingId());
        long second = log(portal, family.clientId(), 4, "");
        Set<String> logged = Set.of(row(first, breathing, true, 3.0), row(first, compresses, false, 3.0),
                row(second, breathing, false, null), row(second, compresses, false, null));
        assertEquals(logged, rows(family.clientId()));

        String restName = PortalFixtures.unique("Rest between feeds");
        long rest = PortalFixtures.strategy(restName, StrategyCategory.RELAXATION);
        long next = CarePlanFixtures.draftPlan(family.clientId(), family.consultant().id(), "Next plan", restName);
        assertEquals(logged, rows(family.clientId()), "a draft's strategy is not assigned yet");

        WebSession consultant = family.consultant().signIn();
        Response activated = consultant.post("/careplans/" + next + "/status", "to", "ACTIVE", "version",
                String.valueOf(CarePlanFixtures.plan(next).version), "previousPlan", String.valueOf(family.planId()),
                "previousTo", "COMPLETED");
        assertEquals(303, activated.statusCode(), activated.body().asString());
        Set<String> activatedRows = Set.of(row(first, breathing, true, 3.0), row(first, compresses, false, 3.0),
                row(first, rest, false, 3.0), row(second, breathing, false, null),
                row(second, compresses, false, null), row(second, rest, false, null));
        assertEquals(activatedRows, rows(family.clientId()), "the completed plan's strategies still count");

        long restActivity = CarePlanFixtures.plan(next).activities.get(0).id;
        long third = log(portal, family.clientId(), 2, "1,5", restActivity);
        Set<String> all = new HashSet<>(activatedRows);
        all.addAll(Set.of(row(third, breathing, false, 1.5), row(third, compresses, false, 1.5),
                row(third, rest, true, 1.5)));
        assertEquals(all, rows(family.clientId()));

        // an edit of the plan in use: new wording keeps the rows, a strategy added gives every entry its row
        editActivePlan(consultant, next, null);
        assertEquals(all, rows(family.clientId()), "wording is not in the rows");
        String singingName = PortalFixtures.unique("Humming");
        long singing = PortalFixtures.strategy(singingName, StrategyCategory.RELAXATION);
        editActivePlan(consultant, next, singing);
        all.addAll(Set.of(row(first, singing, false, 3.0), row(second, singing, false, null),
                row(third, singing, false, 1.5)));
        assertEquals(all, rows(family.clientId()));

        // V50 and the data generator write the same rows from scratch
        QuarkusTransaction.requiringNew().run(() -> CarePlan.getEntityManager()
                .createNativeQuery("DELETE FROM log_entry_strategy WHERE client_id = :client")
                .setParameter("client", family.clientId()).executeUpdate());
        try (Connection connection = Arc.container().instance(AgroalDataSource.class).get().getConnection()) {
            assertEquals(12, StrategyTally.insertForClients(connection, family.clientId(), family.clientId()));
        }
        assertEquals(all, rows(family.clientId()));
    }

    /** Saves the plan's builder as it is, its activities' instructions reworded, and an activity of {@code addedStrategy} if given. */
    private static void editActivePlan(WebSession consultant, long planId, Long addedStrategy) {
        CarePlan plan = CarePlanFixtures.plan(planId);
        List<String> fields = new ArrayList<>(List.of("title", plan.title, "periodStart", plan.periodStart.toString(),
                "periodEnd", "", "factors", "STRESS", "version", String.valueOf(plan.version)));
        plan.goals.forEach(goal -> fields.addAll(List.of("goalId", String.valueOf(goal.id), "goalDescription",
                goal.description, "goalTarget", "", "goalDueOn", "", "goalStatus", goal.status.name())));
        plan.activities.forEach(activity -> fields.addAll(List.of("activityId", String.valueOf(activity.id),
                "activityStrategy", String.valueOf(activity.strategy.id), "activityInstructions",
                "Reworded at version " + plan.version, "activityFrequency", "", "activityStatus", activity.status.name())));
        if (addedStrategy != null) {
            fields.addAll(List.of("activityId", "", "activityStrategy", String.valueOf(addedStrategy),
                    "activityInstructions", "Hum softly.", "activityFrequency", "", "activityStatus", "NOT_STARTED"));
        }
        Response saved = consultant.post("/careplans/" + planId, fields.toArray(String[]::new));
        assertEquals(303, saved.statusCode(), saved.body().asString());
    }

    @Test
    void entriesLoggedAtOnceAreAllSavedAndTallied() throws Exception {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession portal = family.portal().signIn();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Long>> logged = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                int hoursAgo = 1 + i;
                logged.add(pool.submit(() -> log(portal, family.clientId(), hoursAgo, "4", family.breathingId())));
            }
            for (Future<Long> entry : logged) {
                entry.get(60, TimeUnit.SECONDS); // each answered 303: no deadlock between two entries of one client
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> rows = rows(family.clientId());
        assertEquals(36, rows.size(), "18 entries, 2 strategies each");
        assertEquals(18, rows.stream().filter(row -> row.contains(" true ")).count(), "breathing tried in each");
    }

    /** Logs a session {@code hoursAgo} through the portal form; minutes blank: letdown did not come. */
    private static long log(WebSession portal, long clientId, int hoursAgo, String minutes, long... activities) {
        String when = INPUT.format(LocalDateTime.now(Formats.ZONE).minusHours(hoursAgo));
        List<String> fields = new ArrayList<>(List.of("occurredAt", when, "feedKind", "FEEDING"));
        fields.addAll(minutes.isEmpty() ? List.of("noLetdown", "true") : List.of("minutes", minutes));
        for (long activity : activities) {
            fields.addAll(List.of("activities", String.valueOf(activity)));
        }
        Response saved = portal.post("/portal/log", fields.toArray(String[]::new));
        assertEquals(303, saved.statusCode(), saved.body().asString());
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CarePlan.getEntityManager()
                .createNativeQuery("SELECT MAX(id) FROM letdown_log_entry WHERE client_id = :client AND occurred_at = :at")
                .setParameter("client", clientId).setParameter("at", LocalDateTime.parse(when).atZone(Formats.ZONE).toInstant()).getSingleResult())
                .longValue());
    }

    private static long strategyOf(long activityId) {
        return QuarkusTransaction.requiringNew().call(
                () -> Activity.<Activity>findById(activityId).strategy.id);
    }

    private static String row(long entry, long strategy, boolean tried, Double minutes) {
        return entry + " " + strategy + " " + tried + " " + minutes;
    }

    private static Set<String> rows(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = CarePlan.getEntityManager()
                    .createNativeQuery("SELECT entry_id, strategy_id, tried, minutes_to_letdown FROM log_entry_strategy"
                            + " WHERE client_id = :client")
                    .setParameter("client", clientId).getResultList();
            return found.stream().map(Object[].class::cast)
                    .map(r -> row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (Boolean) r[2],
                            r[3] == null ? null : ((Number) r[3]).doubleValue()))
                    .collect(Collectors.toSet());
        });
    }
}
