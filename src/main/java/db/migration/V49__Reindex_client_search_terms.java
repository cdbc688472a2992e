package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every client's search terms written again, the way the app finds clients from this version on: it
 * keeps an email's words, split where letters meet digits too, and its whole address marked with
 * {@code @}, instead of the address, its local part and its domain run together ("sofiareyes1337":
 * a search for "sofia" or "reyes" read every Sofia's or Reyes' address as well). In batches of
 * clients by id, inside the migration's transaction. Flyway finds a Java migration by its
 * package, db.migration (the location of the SQL ones), and takes its version and description
 * from the class name.
 * <p>
 * The terms are computed by {@link Terms}, a copy of the app's rules as they were at this
 * version: a migration must do the same thing whenever it runs, whatever the app's code becomes.
 */
public class V49__Reindex_client_search_terms extends BaseJavaMigration {

    private static final int CLIENTS_PER_BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long after = 0;
        for (List<Object[]> clients = clientsAfter(connection, after); !clients.isEmpty(); clients = clientsAfter(connection, after)) {
            long first = (Long) clients.get(0)[0];
            long last = (Long) clients.get(clients.size() - 1)[0];
            Map<Long, List<String>> babies = babyNames(connection, first, last);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM client_search_term WHERE client_id BETWEEN ? AND ?");
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO client_search_term (client_id, term, sort_name) VALUES (?, ?, ?)")) {
                delete.setLong(1, first);
                delete.setLong(2, last);
                delete.executeUpdate();
                for (Object[] client : clients) {
                    long id = (Long) client[0];
                    for (String term : Terms.of((String) client[1], (String) client[2], babies.getOrDefault(id, List.of()),
                            (String) client[3], (String) client[4])) {
                        insert.setLong(1, id);
                        insert.setString(2, term);
                        insert.setString(3, (String) client[5]);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            after = last;
        }
    }

    /** Id, first name, last name, email, phone, sort key of the next clients by id. */
    private static List<Object[]> clientsAfter(Connection connection, long after) throws SQLException {
        List<Object[]> clients = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, first_name, last_name, email, phone, sort_name FROM client WHERE id > ? ORDER BY id")) {
            select.setLong(1, after);
            select.setMaxRows(CLIENTS_PER_BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clients.add(new Object[] { rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6) });
                }
            }
        }
        return clients;
    }

    private static Map<Long, List<String>> babyNames(Connection connection, long first, long last) throws SQLException {
        Map<Long, List<String>> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT client_id, name FROM baby WHERE client_id BETWEEN ? AND ? ORDER BY client_id, id")) {
            select.setLong(1, first);
            select.setLong(2, last);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return names;
    }

    /** The search terms of a client as version 49 defines them (folded names, email words and address, phone runs). */
    static final class Terms {

        private static final int MAX_TERM = 200;
        private static final int MIN_PHONE_DIGITS = 4;
        private static final Pattern MARKS = Pattern.compile("\\p{M}+");
        private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
        private static final Pattern WORD_BREAK = Pattern.compile(
                "[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

        private Terms() {
        }

        static Set<String> of(String firstName, String lastName, List<String> babyNames, String email, String phone) {
            Set<String> terms = new TreeSet<>();
            names(firstName, terms);
            names(lastName, terms);
            babyNames.forEach(name -> names(name, terms));
            email(email, terms);
            phone(phone, terms);
            return terms;
        }

        private static String fold(String text) {
            return text == null ? ""
                    : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        }

        private static String compact(String text) {
            return NOT_ALPHANUMERIC.matcher(fold(text)).replaceAll("");
        }

        private static void names(String name, Set<String> terms) {
            for (String word : fold(name).trim().split("\\s+")) {
                add(compact(word), terms);
                for (String part : NOT_ALPHANUMERIC.split(word)) {
                    add(part, terms);
                }
                for (String run : WORD_BREAK.split(word)) {
                    add(run, terms);
                }
            }
        }

        private static void email(String email, Set<String> terms) {
            String folded = fold(email).trim();
            if (folded.isEmpty()) {
                return;
            }
            for (String run : WORD_BREAK.split(folded)) {
                add(run, terms);
            }
            add("@" + compact(folded), terms);
        }

        private static void phone(String phone, Set<String> terms) {
            String digits = phone == null ? "" : phone.replaceAll("\\D", "");
            for (int i = 0; i <= digits.length() - MIN_PHONE_DIGITS; i++) {
                add(digits.substring(i), terms);
            }
        }

        private static void add(String term, Set<String> terms) {
            if (!term.isEmpty()) {
                terms.add(term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term);
            }
        }
    }
}
