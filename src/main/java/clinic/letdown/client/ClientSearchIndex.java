package clinic.letdown.client;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Keeps {@code client_search_term} in step with a client: called in the transaction of every
 * change to a client or one of her babies, so the search never finds a stale name. The data
 * generator writes the rows the same way ({@link #INSERT}, {@link #addTerms}).
 */
@ApplicationScoped
public class ClientSearchIndex {

    /** A term row: client id, term, her sort key. */
    public static final String INSERT = "INSERT INTO client_search_term (client_id, term, sort_name) VALUES (?, ?, ?)";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reindex(Client client) {
        em.flush(); // the client's row, and its sort key, are up to date
        em.createNativeQuery("delete from client_search_term where client_id = ?1").setParameter(1, client.id)
                .executeUpdate();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                addTerms(insert, client.id, client.sortName, ClientSearchTerms.of(client));
                insert.executeBatch();
            }
        });
    }

    /** Adds a client's term rows to the batch of an {@link #INSERT} statement. */
    public static void addTerms(PreparedStatement insert, long clientId, String sortName, Collection<String> terms)
            throws SQLException {
        for (String term : terms) {
            insert.setLong(1, clientId);
            insert.setString(2, term);
            insert.setString(3, sortName);
            insert.addBatch();
        }
    }
}
