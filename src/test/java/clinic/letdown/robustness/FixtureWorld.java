package clinic.letdown.robustness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Role;
import clinic.letdown.appointment.AppointmentFixtures;
import clinic.letdown.appointment.LocationKind;
import clinic.letdown.appointment.VisitKind;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/**
 * A small clinic of its own for the robustness tests: a consultant, an admin, a staff account to
 * administer, a strategy, and two clients with everything a page can show (baby, consultation,
 * active and draft plan, log entry, portal account), plus a client without a portal account.
 * Every name is unique, so nothing here touches the demo data or another test's rows.
 */
final class FixtureWorld {

    /** One client and her records. */
    record Family(long clientId, String firstName, String lastName, long babyId, long consultationId,
            long activePlanId, String activePlanTitle, long draftPlanId, long activityId, long entryId,
            TestAccounts.Created portal) {
    }

    /** Who makes a request. */
    enum Identity {
        ANONYMOUS(null), CLIENT(Role.CLIENT_NAME), OTHER_CLIENT(Role.CLIENT_NAME), CONSULTANT(Role.CONSULTANT_NAME),
        ADMIN(Role.ADMIN_NAME);

        final String role;

        Identity(String role) {
            this.role = role;
        }
    }

    final TestAccounts.Created consultant;
    final TestAccounts.Created admin;
    /** A staff account for the /admin/users/{id} pages (never the admin's own). */
    final TestAccounts.Created staff;
    final long strategyId;
    final Family a;
    final Family b;
    /** A client without a portal account, whose page offers to open one. */
    final long clientWithoutPortal;
    /** The calendar: a type, a room, the consultant's time off, and an appointment of client A. */
    final long appointmentTypeId;
    final long locationId;
    final long timeOffId;
    final long appointmentId;
    final String feedToken;

    private final Map<Identity, WebSession> sessions = new java.util.EnumMap<>(Identity.class);

    FixtureWorld() {
        consultant = TestAccounts.create("rob-consultant", Role.CONSULTANT);
        admin = TestAccounts.create("rob-admin", Role.ADMIN);
        staff = TestAccounts.create("rob-staff", Role.CONSULTANT);
        strategyId = PortalFixtures.strategy(PortalFixtures.unique("Robust breathing"), StrategyCategory.RELAXATION);
        a = family("Ada");
        b = family("Bea");
        clientWithoutPortal = ChartingFixtures.client("Cleo", ChartingFixtures.uniqueSurname("Robc"), consultant.id(),
                "Cub").id;
        appointmentTypeId = AppointmentFixtures.type("Robust follow-up", 60, VisitKind.FOLLOW_UP, true, false);
        locationId = AppointmentFixtures.location("Robust room", LocationKind.ROOM);
        LocalDate later = AppointmentFixtures.futureDay(2);
        timeOffId = AppointmentFixtures.timeOff(consultant.id(), AppointmentFixtures.at(later, 8, 0),
                AppointmentFixtures.at(later, 9, 0));
        appointmentId = AppointmentFixtures.appointment(a.clientId(), consultant.id(), appointmentTypeId, locationId,
                AppointmentFixtures.at(later, 10, 0));
        feedToken = AppointmentFixtures.feed(consultant.id());
        // signing in touches the account (its session version), so every session starts before any comparison
        for (Identity identity : Identity.values()) {
            session(identity);
        }
    }

    private Family family(String first) {
        String firstName = PortalFixtures.unique(first);
        String lastName = ChartingFixtures.uniqueSurname("Rob");
        Client client = ChartingFixtures.client(firstName, lastName, consultant.id(), "Baby" + first);
        long babyId = ChartingFixtures.load(client.id).babies.get(0).id;
        long consultationId = ChartingFixtures.consultation(client.id, consultant.id(),
                Instant.now().minus(2, ChronoUnit.DAYS), List.of(), LocalDate.now(Formats.ZONE).plusDays(10)).id;
        String title = PortalFixtures.unique("Robust plan " + first);
        long active = PortalFixtures.plan(client.id, consultant.id(), title, CarePlanStatus.ACTIVE,
                LocalDate.now(Formats.ZONE).minusDays(7), PortalFixtures.unique("Goal of " + first));
        long activityId = PortalFixtures.activity(active, strategyId, "Breathe slowly", "before feeds", 0);
        long draft = PortalFixtures.plan(client.id, consultant.id(), PortalFixtures.unique("Draft plan " + first),
                CarePlanStatus.DRAFT, null, PortalFixtures.unique("Draft goal of " + first));
        long entry = PortalFixtures.entry(client.id, Instant.now().minus(1, ChronoUnit.HOURS), 2.5, 3, 1, activityId);
        TestAccounts.Created portal = PortalFixtures.portalAccount(client.id);
        return new Family(client.id, firstName, lastName, babyId, consultationId, active, title, draft, activityId,
                entry, portal);
    }

    /** A signed-in session per identity, made once. */
    WebSession session(Identity identity) {
        return sessions.computeIfAbsent(identity, i -> switch (i) {
            case ANONYMOUS -> WebSession.anonymous();
            case CLIENT -> a.portal().signIn();
            case OTHER_CLIENT -> b.portal().signIn();
            case CONSULTANT -> consultant.signIn();
            case ADMIN -> admin.signIn();
        });
    }

    /** Tables whose rows a refused request must leave alone (the audit trail and login failures may grow). */
    private static final List<String> TABLES = List.of("account", "client", "client_search_term", "baby",
            "consultation", "letdown_difficulty", "strategy", "strategy_factor", "care_plan",
            "care_plan_status_change", "goal", "activity", "letdown_log_entry", "log_entry_activity", "weigh_in",
            "appointment_type", "clinic_location", "working_hours", "time_off", "appointment", "appointment_change",
            "appointment_reminder");
    /** Tables without an id of their own, and the column that names their parent's row. */
    private static final Map<String, String[]> PARENT = Map.of("client_search_term", new String[] {"client_id", "client"},
            "strategy_factor", new String[] {"strategy_id", "strategy"},
            "log_entry_activity", new String[] {"entry_id", "letdown_log_entry"});

    /**
     * Rows made from here on (this world's and any a request adds) are the ones compared: the shared
     * database may hold 100,000 other clients, too many to sum on every request.
     */
    private final String snapshotSql = QuarkusTransaction.requiringNew().call(() -> buildSnapshotSql(entityManager()));

    /**
     * What is stored, in brief: per table the count of this world's rows and of any added since, the
     * highest id, the sum of versions and the latest change. Two equal snapshots around a request
     * mean it stored nothing.
     */
    Map<String, String> snapshot() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> result = new TreeMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager().createNativeQuery(snapshotSql).getResultList();
            for (Object[] row : rows) {
                result.put(String.valueOf(row[0]), row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4]);
            }
            return result;
        });
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }

    private static String buildSnapshotSql(EntityManager em) {
        Map<String, Object> floors = new java.util.HashMap<>();
        for (String table : TABLES) {
            if (!PARENT.containsKey(table)) {
                floors.put(table, em.createNativeQuery("select coalesce(max(id), 0) from " + table).getSingleResult());
            }
        }
        StringBuilder sql = new StringBuilder();
        for (String table : TABLES) {
            @SuppressWarnings("unchecked")
            List<Object> columns = em.createNativeQuery(
                    "select column_name from information_schema.columns where lower(table_name) = ?1")
                    .setParameter(1, table).getResultList();
            List<String> names = columns.stream().map(c -> String.valueOf(c).toLowerCase()).toList();
            if (names.isEmpty()) {
                throw new AssertionError("no table " + table);
            }
            String[] parent = PARENT.get(table);
            String where = parent == null ? "id > " + floors.get(table) : parent[0] + " > " + floors.get(parent[1]);
            if (sql.length() > 0) {
                sql.append(" union all ");
            }
            sql.append("select '").append(table).append("', count(*), ")
                    .append(names.contains("id") ? "coalesce(max(id), 0)" : "0").append(", ")
                    .append(names.contains("version") ? "coalesce(sum(version), 0)"
                            : names.contains("relevance") ? "coalesce(sum(relevance), 0)" : "0").append(", ")
                    .append(names.contains("updated_at") ? "cast(max(updated_at) as varchar(64))" : "''")
                    .append(" from ").append(table).append(" where ").append(where);
        }
        return sql.toString();
    }
}
