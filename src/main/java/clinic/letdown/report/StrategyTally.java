package clinic.letdown.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps {@code log_entry_strategy} in step with the letdown log and the care plans: one row per log
 * entry and strategy in one of the client's plans (drafts aside: nothing in them is assigned yet),
 * with the entry's time and minutes until letdown and whether the entry tried an activity of that
 * strategy. The strategies report compares letdown with and without each strategy from these rows,
 * a period of them read from one index, instead of joining each entry to its client's plans and
 * activities at report time (over a second at 100,000 clients, see docs/performance.md).
 *
 * <p>Called in the transaction of every change the rows depend on: a new log entry adds its rows;
 * a plan leaving draft, or an edit of a plan that is not a draft, writes the client's rows again
 * (plans never go back to draft, and entries are never changed or removed). Those transactions
 * lock the client's row first ({@link #lockClient}), so that an entry logged while her plan
 * changes is written after the change or seen by it, never with the strategies of before. V50 and
 * the data generator write the rows with the same statement ({@link #insertRows}).
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

    /**
     * The statement that adds the rows of the entries of the plans' clients: {@code planCondition}
     * on the care plan {@code cp}, {@code entryCondition} on the entry {@code e} (for V50 and the
     * data generator: clients by a range of ids).
     */
    public static String insertRows(String planCondition, String entryCondition) {
        return INSERT_ROWS.formatted(planCondition, entryCondition);
    }

    /**
     * Waits for any other transaction changing the client's rows, and keeps them waiting until this
     * one ends. First thing in a transaction that will call {@link #entryLogged} or
     * {@link #plansChanged}: taken after inserting a row that refers to the client (PostgreSQL then
     * holds a share lock on her row for the foreign key), two entries logged at once would each
     * wait for the other's share lock (a deadlock, seen under load).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockClient(long clientId) {
        em.createNativeQuery("SELECT id FROM client WHERE id = :client FOR UPDATE").setParameter("client", clientId)
                .getResultList();
    }

    /** Adds the rows of a new entry (already persisted), the client locked by {@link #lockClient}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void entryLogged(long clientId, long entryId) {
        em.flush();
        em.createNativeQuery(insertRows("cp.client_id = :client", "e.id = :entry")).setParameter("client", clientId)
                .setParameter("entry", entryId).executeUpdate();
    }

    /** Writes all the client's rows again, after a change to one of her plans, the client locked by {@link #lockClient}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void plansChanged(long clientId) {
        em.flush();
        em.createNativeQuery("DELETE FROM log_entry_strategy WHERE client_id = :client")
                .setParameter("client", clientId).executeUpdate();
        em.createNativeQuery(insertRows("cp.client_id = :client", "e.client_id = :client"))
                .setParameter("client", clientId).executeUpdate();
    }
}
