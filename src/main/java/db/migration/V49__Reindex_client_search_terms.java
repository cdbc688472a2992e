package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import clinic.letdown.client.ClientSearchIndex;
import clinic.letdown.client.ClientSearchTerms;

/**
 * Every client's search terms written again by {@link ClientSearchTerms}, which from this version
 * keeps an email's words, split where letters meet digits too, and its whole address marked with
 * {@code @}, instead of the address, its local part and its domain run together ("sofiareyes1337":
 * a search for "sofia" or "reyes" read every Sofia's or Reyes' address as well). In batches of
 * clients by id, inside the migration's transaction. Flyway finds a Java migration by its
 * package, db.migration (the location of the SQL ones), and takes its version and description
 * from the class name.
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
                    PreparedStatement insert = connection.prepareStatement(ClientSearchIndex.INSERT)) {
                delete.setLong(1, first);
                delete.setLong(2, last);
                delete.executeUpdate();
                for (Object[] client : clients) {
                    long id = (Long) client[0];
                    ClientSearchIndex.addTerms(insert, id, (String) client[5], ClientSearchTerms.of((String) client[1],
                            (String) client[2], babies.getOrDefault(id, List.of()), (String) client[3], (String) client[4]));
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
}
