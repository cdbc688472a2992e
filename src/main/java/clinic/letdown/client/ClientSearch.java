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
import clinic.letdown.client.SearchStatement.WordsAs;
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
            SearchStatement statement = new SearchStatement(WordsAs.PARAMETERS).append("select c.id from client c where 1 = 1");
            appendFilters(statement);
            statement.append(" order by c.sort_name, c.id");
            return ((List<?>) statement.query().setFirstResult(first).setMaxResults(count).getResultList()).stream()
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
     * The first {@code rows} matches in list order of each {@link Half}, with each further word and
     * the filters narrowing them. The longest word is likely the rarest. The exact terms come
     * straight from the index {@code (term, sort_name, client_id)}, already in list order, so that
     * the database stops after {@code rows} of them however many clients share a common name; the
     * longer terms, fewer, are sorted. A client appears once among the exact terms and may appear
     * more than once among the longer ones. The client table is not read: each term carries its
     * client's sort key. Both halves come in one statement ({@code union all}).
     *
     * <p>With more than one word or a filter, the words are written in as literals
     * ({@link SearchStatement.WordsAs}). The statement is SQL, not HQL: Hibernate keeps a translated HQL statement
     * per distinct text, so many different searches would fill the heap.
     *
     * <p>Further words and the filters are {@code exists} subqueries: as {@code client_id in (...)},
     * H2 reads the whole index {@code (client_id, term)}. (docs/performance.md has the figures.)
     */
    private Halves matches(List<String> words, int rows) {
        String longestWord = words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        boolean plannedForTheWords = words.size() > 1 || status != null || consultantId != null;
        SearchStatement statement = new SearchStatement(plannedForTheWords ? WordsAs.LITERALS : WordsAs.PARAMETERS).append("(");
        appendHalf(statement, Half.EXACT, words, longestWord);
        statement.append(") union all (");
        appendHalf(statement, Half.LONGER, words, longestWord);
        statement.append(")");
        Query query = statement.query();
        query.setParameter("rows", rows);
        List<Match> exact = new ArrayList<>();
        List<Match> longer = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            (((Number) row[2]).intValue() == Half.EXACT.marker ? exact : longer)
                    .add(new Match((String) row[0], ((Number) row[1]).longValue()));
        }
        return new Halves(exact, longer);
    }

    /** The matches of one search: each half's first rows in list order, in no order of their own (a union keeps none). */
    private record Halves(List<Match> exact, List<Match> longer) {
    }

    /**
     * Which search terms a half of {@link #matches} reads: those equal to the longest word, or
     * those that begin with it and are longer. Each half has its table alias and marks its rows.
     */
    private enum Half {
        EXACT("e", 1), LONGER("l", 2);

        final String alias;
        final int marker;

        Half(String alias, int marker) {
            this.alias = alias;
            this.marker = marker;
        }
    }

    /** One half of {@link #matches}: its select, its rows marked, in list order and limited to {@code :rows}. */
    private void appendHalf(SearchStatement statement, Half half, List<String> words, String longestWord) {
        String term = half.alias + ".term";
        statement.append("select ").append(half.alias).append(".sort_name, ").append(half.alias)
                .append(".client_id, ").append(half.marker).append(" from client_search_term ").append(half.alias)
                .append(" where ").append(term);
        if (half == Half.EXACT) {
            statement.append(" = ").word("longestWord", longestWord);
        } else {
            statement.append(" >= ").word("longerFrom", ClientSearchTerms.longerLowerBound(longestWord))
                    .append(" and ").append(term).append(" < ").word("longerTo", ClientSearchTerms.upperBound(longestWord));
        }
        int wordNumber = 0;
        for (String word : words) {
            if (!word.equals(longestWord)) {
                wordNumber++;
                String wordAlias = half.alias + wordNumber;
                statement.append(" and exists (select 1 from client_search_term ").append(wordAlias)
                        .append(" where ").append(wordAlias).append(".client_id = ").append(half.alias)
                        .append(".client_id and ").append(wordAlias).append(".term >= ")
                        .word("from" + wordNumber, word)
                        .append(" and ").append(wordAlias).append(".term < ")
                        .word("to" + wordNumber, ClientSearchTerms.upperBound(word)).append(")");
            }
        }
        if (status != null || consultantId != null) {
            statement.append(" and exists (select 1 from client c where c.id = ").append(half.alias)
                    .append(".client_id");
            appendFilters(statement);
            statement.append(")");
        }
        // the exact half's term is one value, so ordering by it first changes nothing; it lets H2 see
        // that the index (term, sort_name, client_id) gives the order and stop after the rows wanted
        statement.append(" order by ").append(half == Half.EXACT ? term + ", " : "").append(half.alias)
                .append(".sort_name, ").append(half.alias).append(".client_id fetch first :rows rows only");
    }

    private void appendFilters(SearchStatement statement) {
        if (status != null) {
            statement.append(" and c.status = ").parameter("status", status.name());
        }
        if (consultantId != null) {
            statement.append(" and c.consultant_id = ").parameter("consultant", consultantId);
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

        static int compareCodePoints(String left, String right) {
            int leftAt = 0;
            int rightAt = 0;
            while (leftAt < left.length() && rightAt < right.length()) {
                int leftCodePoint = left.codePointAt(leftAt);
                int rightCodePoint = right.codePointAt(rightAt);
                if (leftCodePoint != rightCodePoint) {
                    return Integer.compare(leftCodePoint, rightCodePoint);
                }
                leftAt += Character.charCount(leftCodePoint);
                rightAt += Character.charCount(rightCodePoint);
            }
            return Boolean.compare(leftAt < left.length(), rightAt < right.length());
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
            return Paged.of(List.of(), page, size, hasNext);
        }
        // the page's clients with their babies' names in one statement: a row per client and baby
        Map<Long, Row> byId = new HashMap<>();
        withIds(Client.getEntityManager().createQuery("select c.id, c.firstName, c.lastName, c.phone, c.email, c.status, a.displayName,"
                + " (select max(v.startedAt) from Consultation v where v.client.id = c.id),"
                + " (select min(v.followUpOn) from Consultation v where v.client.id = c.id and v.followUpOn >= :today),"
                + " b.name from Client c left join c.consultant a left join c.babies b where c.id in "
                + idParameters(ids.size()) + " order by c.id, b.dateOfBirth, b.id", Object[].class), ids)
                .setParameter("today", today).getResultList().forEach(columns -> {
                    Row row = byId.computeIfAbsent((Long) columns[0], id -> new Row(id, (String) columns[1],
                            (String) columns[2], (String) columns[3], (String) columns[4],
                            columns[5] == ClientStatus.ACTIVE, (String) columns[6], new ArrayList<>(),
                            (Instant) columns[7], (LocalDate) columns[8]));
                    if (columns[9] != null) {
                        row.babyNames().add((String) columns[9]);
                    }
                });
        List<Row> rows = ids.stream().map(byId::get).filter(row -> row != null).toList();
        return Paged.of(rows, page, size, hasNext);
    }

    /**
     * {@code (:id0, :id1, ...)}: one parameter per id. Hibernate translates a statement with a list
     * parameter into SQL again at every execution (the SQL depends on the list's length); with
     * single parameters it translates it once per page size. {@link #withIds} binds them.
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
