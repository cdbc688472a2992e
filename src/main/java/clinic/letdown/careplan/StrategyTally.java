package clinic.letdown.careplan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import clinic.letdown.web.Database;


/**
 * Keeps {@code log_entry_strategy} in step with the letdown log and the care plans: one row per log
 * entry and strategy in one of the client's plans (drafts aside: nothing in them is assigned yet),
 * with the entry's time and minutes until letdown and whether the entry tried an activity of that
 * strategy. The strategies report compares letdown with and without each strategy from these rows,
 * a period of them read from one index, instead of joining each entry to its client's plans and
 * activities at report time, which is slow on a large clinic.
 *
 * <p>Called in the transaction of every change the rows depend on: a new log entry adds its rows;
 * a plan leaving draft, or an edit of a plan that is not a draft, writes the client's rows again
 * (plans never go back to draft, and entries are never changed or removed). Those transactions
 * lock the client's row first ({@link #lockForEntry}, {@link #lockForPlanChange}), so that an
 * entry logged while her plan changes is written after the change or seen by it, never with the
 * strategies of before. The data generator writes the rows with the same statement
 * ({@link #insertForClients}).
 */
@ApplicationScoped
public class StrategyTally {

    /**
     * The rows of the entries chosen by the second condition (on {@code e}), for the strategies of
     * the plans chosen by the first (on {@code cp}).
     */
    private static final String INSERT_ROWS = """
            INSERT INTO log_entry_strategy (entry_id, strategy_id, client_id, occurred_at, minutes_to_letdown, tried)
            SELECT e.id, p.strategy_id, e.client_id, e.occurred_at, e.minutes_to_letdown,
                   CASE WHEN EXISTS (SELECT 1 FROM log_entry_activity lea
                                     JOIN activity ta ON ta.id = lea.activity_id
                                     JOIN care_plan tp ON tp.id = ta.care_plan_id AND tp.status <> 'DRAFT'
                                     WHERE lea.entry_id = e.id AND ta.strategy_id = p.strategy_id)
                        THEN TRUE ELSE FALSE END
            FROM (SELECT DISTINCT cp.client_id, a.strategy_id
                  FROM care_plan cp
                  JOIN activity a ON a.care_plan_id = cp.id
                  WHERE cp.status <> 'DRAFT' AND %s) p
            JOIN letdown_log_entry e ON e.client_id = p.client_id
            WHERE %s
            """;

    @Inject
    EntityManager em;

    @Inject
    Database database;

    @Inject
    ClientLocks locks;

    /**
     * Adds the rows of the clients with ids from {@code firstClient} to {@code lastClient} (the data
     * generator, with their own JDBC connection), and answers how many.
     */
    public static int insertForClients(Connection connection, long firstClient, long lastClient) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                insertRows("cp.client_id BETWEEN ? AND ?", "e.client_id BETWEEN ? AND ?"))) {
            insert.setLong(1, firstClient);
            insert.setLong(2, lastClient);
            insert.setLong(3, firstClient);
            insert.setLong(4, lastClient);
            return insert.executeUpdate();
        }
    }

    /** {@link #INSERT_ROWS} with its two conditions. */
    private static String insertRows(String planCondition, String entryCondition) {
        return INSERT_ROWS.formatted(planCondition, entryCondition);
    }

    /**
     * First thing in a transaction that will call {@link #plansChanged}: waits for the transactions
     * logging an entry of hers or changing her plans, and keeps new ones waiting until this one
     * ends. On PostgreSQL her row locked for update, taken first, not after inserting a row that
     * refers to the client: PostgreSQL holds a share lock on her row for that foreign key, and two
     * such transactions would each wait for the other's (a deadlock, seen under load). On H2 the
     * process's own lock on her ({@link ClientLocks}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForPlanChange(long clientId) {
        if (database.onPostgres()) {
            em.createNativeQuery("SELECT id FROM client WHERE id = :client FOR UPDATE")
                    .setParameter("client", clientId).getResultList();
        } else {
            locks.exclusive(clientId);
        }
    }

    /**
     * First thing in a transaction that will call {@link #entryLogged}: waits for a change to her
     * plans, and keeps the next one waiting until this one ends, while entries logged at once do
     * not wait for each other. On PostgreSQL the entry's own foreign key does it: inserting the
     * entry takes a key-share lock on her row, which waits for {@link #lockForPlanChange}'s and
     * holds it off. H2 takes no lock for a foreign key and has no shared row locks: there the
     * process's own lock on her, shared ({@link ClientLocks}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForEntry(long clientId) {
        if (!database.onPostgres()) {
            locks.shared(clientId);
        }
    }

    /** Adds the rows of a new entry (already persisted), the client locked by {@link #lockForEntry}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void entryLogged(long clientId, long entryId) {
        em.flush();
        em.createNativeQuery(insertRows("cp.client_id = :client", "e.id = :entry")).setParameter("client", clientId)
                .setParameter("entry", entryId).executeUpdate();
    }

    /** Writes all the client's rows again, after a change to one of her plans, the client locked by {@link #lockForPlanChange}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void plansChanged(long clientId) {
        em.flush();
        em.createNativeQuery("DELETE FROM log_entry_strategy WHERE client_id = :client")
                .setParameter("client", clientId).executeUpdate();
        em.createNativeQuery(insertRows("cp.client_id = :client", "e.client_id = :client"))
                .setParameter("client", clientId).executeUpdate();
    }
}
