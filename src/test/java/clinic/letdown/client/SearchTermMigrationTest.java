package clinic.letdown.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import db.migration.V49__Reindex_client_search_terms;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/**
 * V49 writes every client's search terms again: a client indexed the way of version 48 (the email
 * run together, its local part and its domain) gets exactly the terms of today's
 * ClientSearchTerms and is found by her address.
 */
@QuarkusTest
class SearchTermMigrationTest {

    @Test
    void termsOfTheEarlierKindAreWrittenAgain() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String last = ChartingFixtures.uniqueSurname("Mig");
        Client client = ChartingFixtures.client("Ines", last, consultant.id(), "Noa", "+1 555 010 7788",
                "ines." + last.toLowerCase() + "82@example.org");
        String local = "ines" + last.toLowerCase() + "82";
        List<String> earlier = List.of("ines", last.toLowerCase(), "noa", "5550107788", "7788", local + "exampleorg", local,
                "exampleorg", last.toLowerCase() + "82", "example", "org");
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM client_search_term WHERE client_id = ?");
                    PreparedStatement insert = connection.prepareStatement(ClientSearchIndex.INSERT)) {
                delete.setLong(1, client.id);
                delete.executeUpdate();
                ClientSearchIndex.addTerms(insert, client.id, client.sortName, earlier);
                insert.executeBatch();
            }
            connection.commit();
            new V49__Reindex_client_search_terms().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }

        List<String> terms = ChartingFixtures.terms(client.id);
        assertEquals(new TreeSet<>(ClientSearchTerms.of(ChartingFixtures.load(client.id))), new TreeSet<>(terms));
        assertTrue(terms.containsAll(List.of("@" + local + "exampleorg", last.toLowerCase(), "82", "example")), terms.toString());
        assertTrue(terms.stream().noneMatch(term -> term.equals(local) || term.equals("exampleorg")), terms.toString());
        WebSession session = consultant.signIn();
        assertEquals(List.of(last + ", Ines"), session.page("/clients?q=ines." + last + "82@example.org")
                .select("table.client-list tbody tr td:first-child a").eachText());
    }
}
