package clinic.letdown.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Paged;

/**
 * The client list: search words, status and consultant filters, sorted by last name and paged in
 * the database. Each word must begin one of the client's search terms; the term index answers
 * that as a range scan, so the search stays quick at 100,000 clients.
 */
public record ClientSearch(String text, ClientStatus status, Long consultantId) {

    /** A row of the list: the client (consultant fetched, babies batch-loaded) and her visit dates. */
    @TemplateData
    public record Row(Client client, Instant lastVisit, LocalDate nextFollowUp) {
    }

    public List<String> words() {
        return ClientSearchTerms.queryWords(text);
    }

    /**
     * The ids of the matching clients in list order. With search words, the first word's index
     * range gives the matches with their sort keys (client_search_term carries each client's
     * sort_name), each further word and the filters narrow them, and only the matches are sorted:
     * the client table is not read. Without words, the client table's sort index is read in order.
     */
    TypedQuery<Long> ids() {
        Map<String, Object> parameters = new HashMap<>();
        List<String> words = words();
        StringBuilder jpql;
        if (words.isEmpty()) {
            jpql = new StringBuilder("select c.id from Client c where 1 = 1");
            appendFilters(jpql, parameters);
            jpql.append(" order by c.sortName, c.id");
        } else {
            jpql = new StringBuilder("select t.clientId from ClientSearchTerm t where ");
            appendPrefix(jpql, "t", 0, words.get(0), parameters);
            for (int i = 1; i < words.size(); i++) {
                jpql.append(" and t.clientId in (select t").append(i).append(".clientId from ClientSearchTerm t").append(i)
                        .append(" where ");
                appendPrefix(jpql, "t" + i, i, words.get(i), parameters);
                jpql.append(')');
            }
            if (status != null || consultantId != null) {
                jpql.append(" and t.clientId in (select c.id from Client c where 1 = 1");
                appendFilters(jpql, parameters);
                jpql.append(')');
            }
            // a client has several terms that may begin with the word: one row per client
            jpql.append(" group by t.sortName, t.clientId order by t.sortName, t.clientId");
        }
        TypedQuery<Long> query = Client.getEntityManager().createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Terms that begin with the word, as an index range. Exact because terms compare by code point
     * (H2; on PostgreSQL the column's collation is "C", V47); a like on top would only make the
     * database misjudge how many rows the range holds.
     */
    private static void appendPrefix(StringBuilder jpql, String alias, int i, String word, Map<String, Object> parameters) {
        jpql.append(alias).append(".term >= :from").append(i).append(" and ").append(alias).append(".term < :to").append(i);
        parameters.put("from" + i, word);
        parameters.put("to" + i, ClientSearchTerms.upperBound(word));
    }

    private void appendFilters(StringBuilder jpql, Map<String, Object> parameters) {
        if (status != null) {
            jpql.append(" and c.status = :status");
            parameters.put("status", status);
        }
        if (consultantId != null) {
            jpql.append(" and c.consultant.id = :consultant");
            parameters.put("consultant", consultantId);
        }
    }

    /** One page of rows, in four queries whatever the page size: ids, clients with consultants, babies, visit dates. */
    public Paged<Row> page(int page, int size, LocalDate today) {
        List<Long> found = ids().setFirstResult(page * size).setMaxResults(size + 1).getResultList();
        boolean hasNext = found.size() > size;
        List<Long> ids = hasNext ? found.subList(0, size) : found;
        List<Client> clients = new ArrayList<>();
        Map<Long, Object[]> visits = new HashMap<>();
        if (!ids.isEmpty()) {
            Map<Long, Client> byId = new HashMap<>();
            Client.getEntityManager().createQuery("from Client c left join fetch c.consultant where c.id in :ids", Client.class)
                    .setParameter("ids", ids).getResultList().forEach(c -> byId.put(c.id, c));
            ids.stream().map(byId::get).filter(c -> c != null).forEach(clients::add);
            List<Object[]> rows = Client.getEntityManager().createQuery(
                    "select c.client.id, max(c.startedAt), min(case when c.followUpOn >= :today then c.followUpOn end)"
                            + " from Consultation c where c.client.id in :ids group by c.client.id", Object[].class)
                    .setParameter("ids", ids).setParameter("today", today).getResultList();
            rows.forEach(r -> visits.put((Long) r[0], r));
            // touch the babies of the first client: batch fetching loads those of the whole page at once
            if (!clients.isEmpty()) {
                clients.get(0).babies.size();
            }
        }
        List<Row> rows = clients.stream().map(c -> {
            Object[] v = visits.get(c.id);
            return new Row(c, v == null ? null : (Instant) v[1], v == null ? null : (LocalDate) v[2]);
        }).toList();
        return new Paged<>(rows, page, size, hasNext, "");
    }

}
