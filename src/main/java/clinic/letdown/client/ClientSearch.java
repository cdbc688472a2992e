package clinic.letdown.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Paged;

/**
 * The client list: search words, status and consultant filters, sorted by last name and paged in
 * the database. Each word must begin one of the client's search terms; the term index answers
 * that as a range scan, so the search stays quick at 100,000 clients.
 */
public record ClientSearch(String text, ClientStatus status, Long consultantId) {

    /** A row of the list: what it shows of a client, read as plain values (no entities to manage). */
    @TemplateData
    public record Row(long id, String firstName, String lastName, String phone, String email, boolean active,
            String consultantName, List<String> babyNames, Instant lastVisit, LocalDate nextFollowUp) {
    }

    public List<String> words() {
        return ClientSearchTerms.queryWords(text);
    }

    /**
     * The ids from position {@code first} on, at most {@code count}, in list order. Without search
     * words the client table's sort index is read in order. With words, see {@link #matches}. Both
     * are SQL, with the filters of {@link #appendFilters}.
     */
    List<Long> pageIds(int first, int count) {
        List<String> words = words();
        if (words.isEmpty()) {
            Map<String, Object> parameters = new HashMap<>();
            StringBuilder sql = new StringBuilder("select c.id from client c where 1 = 1");
            appendFilters(sql, parameters);
            sql.append(" order by c.sort_name, c.id");
            Query query = Client.getEntityManager().createNativeQuery(sql.toString());
            parameters.forEach(query::setParameter);
            return ((List<?>) query.setFirstResult(first).setMaxResults(count).getResultList()).stream()
                    .map(id -> ((Number) id).longValue()).toList();
        }
        int wanted = first + count;
        for (long limit = wanted;; limit *= 4) {
            int rows = (int) Math.min(limit, Integer.MAX_VALUE);
            Halves halves = matches(words, rows);
            List<Match> exact = halves.exact();
            List<Match> longer = halves.longer();
            TreeSet<Match> merged = new TreeSet<>(exact);
            merged.addAll(longer);
            // past the last row of a list that was cut off, matches may be missing: keep those before
            Match known = Stream.of(exact, longer).filter(list -> list.size() == rows).map(Collections::max)
                    .min(Comparator.naturalOrder()).orElse(null);
            SortedSet<Match> certain = known == null ? merged : merged.headSet(known, true);
            if (known == null || certain.size() >= wanted) {
                return certain.stream().skip(first).limit(count).map(Match::clientId).toList();
            }
        }
    }

    /**
     * The first {@code rows} matches in list order of each half: the terms that are the search's
     * longest word ({@code exact}), and those that begin with it and are longer, with each further
     * word and the filters narrowing them. The longest word is likely the rarest. The two halves
     * come sorted differently: the exact terms straight from the index {@code (term, sort_name,
     * client_id)}, already in list order, so that the database stops after {@code rows} of them
     * however many clients share a common name ("sofia": 3,300 of 100,000); the longer terms,
     * fewer, are sorted. A client appears once among the exact terms and may appear more than once
     * among the longer ones. The client table is not read: each term carries its client's sort
     * key. Both halves come in one statement ({@code union all}), each row marked with its half.
     *
     * <p>With more than one word or a filter, the words are written into the statement as
     * literals, so that PostgreSQL plans each search for its words. A plan made once for any words
     * (a prepared statement's generic plan) walks one word's clients in list order and looks each
     * up for the other words: 60 ms for "reyes sofia", whose matches come late in the Reyes;
     * planned for the words, both ranges are read and intersected, 3 ms. The words are letters
     * and digits (ClientSearchTerms); quotes are doubled all the same. The statement is SQL, not
     * HQL: Hibernate keeps a translated HQL statement per distinct text (up to 2,048 of them, some
     * 37 KB each), so a thousand different searches held 37 MB of a 128 MB heap; it keeps little
     * for a native one.
     *
     * <p>Further words and the filters are {@code exists} subqueries, checked for each term the
     * longest word found: as {@code client_id in (...)}, H2 read the whole index {@code (client_id,
     * term)} to answer it (1.5 million rows, a second, for "sofia reyes" at 100,000 clients).
     * PostgreSQL plans both forms the same (a semi-join).
     */
    private Halves matches(List<String> words, int rows) {
        String driver = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        boolean literal = words.size() > 1 || status != null || consultantId != null;
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("(");
        half(sql, "e", words, driver, true, literal, parameters);
        sql.append(") union all (");
        half(sql, "l", words, driver, false, literal, parameters);
        sql.append(')');
        Query query = Client.getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        query.setParameter("rows", rows);
        List<Match> exact = new ArrayList<>();
        List<Match> longer = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            (((Number) row[2]).intValue() == 1 ? exact : longer)
                    .add(new Match((String) row[0], ((Number) row[1]).longValue()));
        }
        return new Halves(exact, longer);
    }

    /** The matches of one search: each half's first rows in list order, in no order of their own (a union keeps none). */
    private record Halves(List<Match> exact, List<Match> longer) {
    }

    /** One half of {@link #matches}: its select, marked 1 (exact) or 2 (longer), ordered and limited; a: the alias prefix. */
    private void half(StringBuilder sql, String a, List<String> words, String driver, boolean exact, boolean literal,
            Map<String, Object> parameters) {
        sql.append("select ").append(a).append(".sort_name, ").append(a).append(".client_id, ").append(exact ? 1 : 2)
                .append(" from client_search_term ").append(a).append(" where ").append(a).append(".term ")
                .append(exact ? "= " : ">= ");
        value(sql, exact ? "driver" : "longerFrom", exact ? driver : ClientSearchTerms.longerLowerBound(driver), literal,
                parameters);
        if (!exact) {
            sql.append(" and ").append(a).append(".term < ");
            value(sql, "driverEnd", ClientSearchTerms.upperBound(driver), literal, parameters);
        }
        int i = 0;
        for (String word : words) {
            if (!word.equals(driver)) {
                i++;
                String w = a + i;
                sql.append(" and exists (select 1 from client_search_term ").append(w).append(" where ").append(w)
                        .append(".client_id = ").append(a).append(".client_id and ").append(w).append(".term >= ");
                value(sql, "from" + i, word, literal, parameters);
                sql.append(" and ").append(w).append(".term < ");
                value(sql, "to" + i, ClientSearchTerms.upperBound(word), literal, parameters);
                sql.append(')');
            }
        }
        if (status != null || consultantId != null) {
            sql.append(" and exists (select 1 from client c where c.id = ").append(a).append(".client_id");
            appendFilters(sql, parameters);
            sql.append(')');
        }
        // the exact half's term is one value, so ordering by it first changes nothing; it lets H2 see
        // that the index (term, sort_name, client_id) gives the order and stop after the rows wanted
        sql.append(" order by ").append(exact ? a + ".term, " : "").append(a).append(".sort_name, ").append(a)
                .append(".client_id fetch first :rows rows only");
    }

    /**
     * A search word or bound, as a named parameter or as a string literal. Either way a term range
     * ({@code term >= 'gonz' and term < 'gon{'}) is exact because terms compare by code point (H2;
     * on PostgreSQL the column's collation is "C", V47); a like on top would only make the
     * database misjudge how many rows the range holds.
     */
    private static void value(StringBuilder sql, String name, String value, boolean literal, Map<String, Object> parameters) {
        if (literal) {
            sql.append('\'').append(value.replace("'", "''")).append('\'');
        } else {
            sql.append(':').append(name);
            parameters.put(name, value);
        }
    }

    private void appendFilters(StringBuilder sql, Map<String, Object> parameters) {
        if (status != null) {
            sql.append(" and c.status = :status");
            parameters.put("status", status.name());
        }
        if (consultantId != null) {
            sql.append(" and c.consultant_id = :consultant");
            parameters.put("consultant", consultantId);
        }
    }

    /**
     * A matching client by her place in the list. Compared by code point as the database sorts
     * the sort keys of client_search_term (on PostgreSQL the column is collated "C", V48; H2
     * compares UTF-16 units, the same order but for characters beyond the basic plane), so that
     * two sorted halves merge in the database's order.
     */
    record Match(String sortName, long clientId) implements Comparable<Match> {
        @Override
        public int compareTo(Match other) {
            int byName = compareCodePoints(sortName, other.sortName);
            return byName != 0 ? byName : Long.compare(clientId, other.clientId);
        }

        static int compareCodePoints(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int ca = a.codePointAt(i);
                int cb = b.codePointAt(j);
                if (ca != cb) {
                    return Integer.compare(ca, cb);
                }
                i += Character.charCount(ca);
                j += Character.charCount(cb);
            }
            return Boolean.compare(i < a.length(), j < b.length());
        }
    }

    /**
     * One page of rows in two queries whatever the page size: the ids; the clients with their
     * consultant's name, visit dates (from the covering index of consultation) and babies' names.
     */
    public Paged<Row> page(int page, int size, LocalDate today) {
        List<Long> found = pageIds(page * size, size + 1);
        boolean hasNext = found.size() > size;
        List<Long> ids = hasNext ? found.subList(0, size) : found;
        if (ids.isEmpty()) {
            return new Paged<>(List.of(), page, size, false, "");
        }
        // the page's clients with their babies' names in one statement: a row per client and baby
        Map<Long, Row> byId = new HashMap<>();
        withIds(Client.getEntityManager().createQuery("select c.id, c.firstName, c.lastName, c.phone, c.email, c.status, a.displayName,"
                + " (select max(v.startedAt) from Consultation v where v.client.id = c.id),"
                + " (select min(v.followUpOn) from Consultation v where v.client.id = c.id and v.followUpOn >= :today),"
                + " b.name from Client c left join c.consultant a left join c.babies b where c.id in "
                + idParameters(ids.size()) + " order by c.id, b.dateOfBirth, b.id", Object[].class), ids)
                .setParameter("today", today).getResultList().forEach(c -> {
                    Row row = byId.computeIfAbsent((Long) c[0], id -> new Row(id, (String) c[1], (String) c[2],
                            (String) c[3], (String) c[4], c[5] == ClientStatus.ACTIVE, (String) c[6], new ArrayList<>(),
                            (Instant) c[7], (LocalDate) c[8]));
                    if (c[9] != null) {
                        row.babyNames().add((String) c[9]);
                    }
                });
        List<Row> rows = ids.stream().map(byId::get).filter(row -> row != null).toList();
        return new Paged<>(rows, page, size, hasNext, "");
    }

    /**
     * {@code (:id0, :id1, ...)}: one parameter per id. Hibernate translates a statement with a list
     * parameter into SQL again at every execution (the SQL depends on the list's length), a tenth
     * of the search's CPU under load; with single parameters it translates it once per page size
     * and reuses it. {@link #withIds} binds them.
     */
    private static String idParameters(int count) {
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? ":id" : ", :id").append(i);
        }
        return list.append(')').toString();
    }

    private static <T> TypedQuery<T> withIds(TypedQuery<T> query, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("id" + i, ids.get(i));
        }
        return query;
    }

}
