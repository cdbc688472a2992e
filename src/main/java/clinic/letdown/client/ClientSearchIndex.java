package clinic.letdown.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Keeps {@code client_search_term} in step with a client: called in the transaction of every
 * change to a client or one of her babies, so the search never finds a stale name.
 */
@ApplicationScoped
public class ClientSearchIndex {

    private static final int ROWS_PER_INSERT = 100;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reindex(Client client) {
        em.flush();
        em.createNativeQuery("delete from client_search_term where client_id = ?1").setParameter(1, client.id)
                .executeUpdate();
        List<String> terms = new ArrayList<>(ClientSearchTerms.of(client));
        String sortName = Client.sortKey(client.firstName, client.lastName);
        for (int from = 0; from < terms.size(); from += ROWS_PER_INSERT) {
            List<String> chunk = terms.subList(from, Math.min(terms.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into client_search_term (client_id, term, sort_name) values ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?").append(3 * i + 1).append(", ?").append(3 * i + 2).append(", ?")
                        .append(3 * i + 3).append(')');
            }
            Query insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(3 * i + 1, client.id).setParameter(3 * i + 2, chunk.get(i)).setParameter(3 * i + 3, sortName);
            }
            insert.executeUpdate();
        }
    }
}
