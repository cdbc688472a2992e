package clinic.letdown.client;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Query;

/** A native statement of the client search being written, its named parameters, and how it carries the search words. */
final class SearchStatement {

    /**
     * How a statement carries the search words. A plan made once for any words (a prepared
     * statement's generic plan) walks one word's clients in list order and looks each up for the
     * other words; written in as literals, PostgreSQL plans each search for its words and
     * intersects the ranges. The words are letters and digits (ClientSearchTerms); quotes are
     * doubled all the same.
     */
    enum WordsAs {
        PARAMETERS, LITERALS
    }

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();
    private final WordsAs wordsAs;

    SearchStatement(WordsAs wordsAs) {
        this.wordsAs = wordsAs;
    }

    SearchStatement append(Object text) {
        sql.append(text);
        return this;
    }

    SearchStatement parameter(String name, Object value) {
        sql.append(':').append(name);
        parameters.put(name, value);
        return this;
    }

    /**
     * A search word or bound. A term range ({@code term >= 'gonz' and term < 'gon{'}) is exact
     * because terms compare by code point (H2; on PostgreSQL the column's collation is "C", V47);
     * a like on top would only make the database misjudge how many rows the range holds.
     */
    SearchStatement word(String name, String value) {
        return wordsAs == WordsAs.LITERALS ? append('\'' + value.replace("'", "''") + '\'') : parameter(name, value);
    }

    Query query() {
        Query query = Client.getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return query;
    }
}
