package clinic.letdown.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.support.Statements;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** /clients: search, filters, sort, paging, and a fixed number of queries per page. */
@QuarkusTest
class ClientListTest {

    private static List<String> names(Document page) {
        return page.select("table.client-list tbody tr td:first-child a").eachText();
    }

    @Test
    void searchFindsByPartOfAnyNamePhoneOrEmailIgnoringCaseAndAccents() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String marker = ChartingFixtures.uniqueSurname("Qz");
        Client sofia = ChartingFixtures.client("Sofía", marker + "-Álvarez", consultant.id(), "Mateo " + marker,
                "+1 (555) 014-2233", "sofia.alvarez@" + marker + ".example.org");
        Client other = ChartingFixtures.client("Ingrid", marker + "Berg", consultant.id(), "Tove", "+46 70 123 45 67", null);

        assertEquals(List.of(sofia.lastName + ", Sofía", other.lastName + ", Ingrid"), names(session.page("/clients?q=" + marker)),
                "sorted by last name");
        assertEquals(List.of(sofia.lastName + ", Sofía"), names(session.page("/clients?q=" + marker + " sofia")),
                "accents and case ignored, every word must match");
        assertEquals(List.of(sofia.lastName + ", Sofía"), names(session.page("/clients?q=ALVAREZ " + marker)));
        assertEquals(List.of(other.lastName + ", Ingrid"), names(session.page("/clients?q=tov " + marker)), "baby name prefix");
        assertEquals(List.of(sofia.lastName + ", Sofía"), names(session.page("/clients?q=" + marker + " mateo")));
        assertEquals(List.of(sofia.lastName + ", Sofía"),
                names(session.page("/clients?q=sofia.alvarez@" + marker.toLowerCase())), "email");
        assertEquals(List.of(sofia.lastName + ", Sofía"), names(session.page("/clients?q=" + marker + ".example")), "email domain");
        assertTrue(names(session.page("/clients?q=014-2233")).contains(sofia.lastName + ", Sofía"), "phone digits");
        assertTrue(names(session.page("/clients?q=2233 " + marker)).contains(sofia.lastName + ", Sofía"), "last digits");
        assertEquals(List.of(other.lastName + ", Ingrid"), names(session.page("/clients?q=" + marker + " 4567")));
        assertEquals(List.of(), names(session.page("/clients?q=" + marker + " nobody")));
        assertTrue(session.page("/clients?q=" + marker + " nobody").text().contains("No client matches"));
    }

    /**
     * A word's matches are read in two halves, the clients whose term is the word and those whose
     * term only begins with it (ClientSearch.matches), merged in list order; a client with several
     * longer terms appears once. Here the halves alternate down the list and run across two pages.
     */
    @Test
    void clientsWhoseTermIsTheWordAndThoseWhoseTermBeginsWithItMergeInListOrder() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String marker = ChartingFixtures.uniqueSurname("Mg");
        String surname = ChartingFixtures.uniqueSurname("Order");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String first = i % 2 == 0 ? marker : marker + "x" + (char) ('a' + i);
            String last = surname + (char) ('a' + i / 26) + (char) ('a' + i % 26);
            ChartingFixtures.client(first, last, consultant.id(), marker + "baby" + i, null,
                    marker.toLowerCase() + "." + i + "@" + marker.toLowerCase() + ".example");
            expected.add(last + ", " + first);
        }

        List<String> shown = new ArrayList<>(names(session.page("/clients?q=" + marker)));
        assertEquals(25, shown.size());
        shown.addAll(names(session.page("/clients?q=" + marker + "&page=2")));
        assertEquals(expected, shown, "every client once, by last name, across both pages");
        assertEquals(expected.subList(1, 2), names(session.page("/clients?q=" + marker + "xb")));
        assertEquals(expected.subList(4, 5), names(session.page("/clients?q=" + marker + ".4@" + marker)), "email address");
        assertEquals(expected.subList(4, 5), names(session.page("/clients?q=" + marker + " 4 " + surname)), "email words");
        assertEquals(expected.subList(4, 5), names(session.page("/clients?q=" + marker + "4")), "letters and digits apart");
        assertEquals(List.of(), names(session.page("/clients?q=" + marker + "example")),
                "the address run together is only found with an @");
    }

    /**
     * A word's terms are an index range up to the word with its last character raised: "ruiz" to
     * "rui{", "0199" to "019:". A linguistic collation ignores '{' and ':', which emptied the range
     * on PostgreSQL databases created with one; the term column compares by code point (V47).
     */
    @Test
    void wordsEndingInZOrNineFindTheirClients() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String marker = ChartingFixtures.uniqueSurname("Qz");
        Client ruiz = ChartingFixtures.client("Inez", marker + " Ruiz", consultant.id(), "Luz", "+1 555 019 9199", null);

        String shown = ruiz.lastName + ", Inez";
        assertEquals(List.of(shown), names(session.page("/clients?q=ruiz " + marker)));
        assertEquals(List.of(shown), names(session.page("/clients?q=" + marker + " inez luz")));
        assertEquals(List.of(shown), names(session.page("/clients?q=" + marker + " 0199")));
        assertEquals(List.of(shown), names(session.page("/clients?q=" + marker + " 9199")));
        String collation = QuarkusTransaction.requiringNew().call(() -> (String) Client.getEntityManager().createNativeQuery(
                "select collation_name from information_schema.columns where table_name = 'client_search_term'"
                        + " and column_name = 'term'").getSingleResult());
        if ("postgresql".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class))) {
            assertEquals("C", collation, "PostgreSQL compares the terms by code point");
        }
    }

    /**
     * The longer terms of a word start from the word followed by "0", the smallest character a term
     * goes on with (ClientSearchTerms.longerLowerBound): a term that is exactly that is found.
     */
    @Test
    void aLongerTermGoingOnWithZeroIsFound() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String marker = ChartingFixtures.uniqueSurname("Zo");
        Client client = ChartingFixtures.client("Olga", marker, consultant.id(), "Nina", null,
                "olga.41200500000770@" + marker.toLowerCase() + ".example");

        String shown = client.lastName + ", Olga";
        assertEquals(List.of(shown), names(session.page("/clients?q=" + marker + " 4120050000077")),
                "the digits of the address, one word longer than the surname");
        assertEquals(List.of(shown), names(session.page("/clients?q=" + marker + " 41200500000770")));
    }

    @Test
    void filtersByStatusAndConsultantAndPagesInTheDatabase() {
        TestAccounts.Created maya = TestAccounts.consultant();
        TestAccounts.Created jordan = TestAccounts.consultant();
        WebSession session = maya.signIn();
        String marker = ChartingFixtures.uniqueSurname("Flt");
        for (int i = 0; i < 27; i++) {
            ChartingFixtures.client("C" + i, marker + (char) ('a' + i / 26) + (char) ('a' + i % 26), maya.id(), "B" + i);
        }
        Client discharged = ChartingFixtures.client("Dora", marker + "zz", jordan.id(), "Dan");
        session.post("/clients/" + discharged.id + "/discharge");

        Document first = session.page("/clients?q=" + marker);
        assertEquals(25, names(first).size());
        assertTrue(names(first).get(0).startsWith(marker + "aa"));
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertTrue(next.contains("q=" + marker) && next.contains("page=2"), next);
        Document second = session.page("/clients" + next);
        assertEquals(3, names(second).size());
        assertTrue(names(second).get(2).startsWith(marker + "zz"));
        assertTrue(second.selectFirst("a[rel=prev]") != null);

        assertEquals(List.of(marker + "zz, Dora"), names(session.page("/clients?q=" + marker + "&status=DISCHARGED")));
        assertEquals(27, names(session.page("/clients?q=" + marker + "&status=ACTIVE&page=1")).size()
                + names(session.page("/clients?q=" + marker + "&status=ACTIVE&page=2")).size());
        assertEquals(List.of(marker + "zz, Dora"), names(session.page("/clients?q=" + marker + "&consultant=" + jordan.id())));
        Document filtered = session.page("/clients?consultant=" + jordan.id());
        assertEquals(String.valueOf(jordan.id()), filtered.selectFirst("#consultant option[selected]").val());
        assertTrue(names(filtered).contains(marker + "zz, Dora"));
    }

    @Test
    void aPageOfClientsLoadsInAFixedNumberOfQueries() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String small = ChartingFixtures.uniqueSurname("Few");
        String large = ChartingFixtures.uniqueSurname("Many");
        for (int i = 0; i < 2; i++) {
            ChartingFixtures.client("F" + i, small + (char) ('a' + i), consultant.id(), "Baby" + i);
        }
        List<Client> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Client c = ChartingFixtures.client("M" + i, large + (char) ('a' + i), consultant.id(), "Baby" + i);
            if (i != 4) { // her baby is removed below, so no visit names it
                ChartingFixtures.consultation(c.id, consultant.id(), Instant.now().minusSeconds(3600L * (i + 1)),
                        List.of(), LocalDate.now(Formats.ZONE).plusDays(i));
            }
            many.add(c);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Baby older = new Baby();
            older.client = Client.findById(many.get(3).id);
            older.name = "Elder";
            older.dateOfBirth = LocalDate.now().minusYears(2);
            older.persist();
            Baby.delete("client.id", many.get(4).id);
        });
        session.page("/clients?q=" + small);
        long fewQueries = statementsFor(session, "/clients?q=" + small);
        long manyQueries = statementsFor(session, "/clients?q=" + large);
        Document page = session.page("/clients?q=" + large);
        assertEquals(20, names(page).size());
        assertTrue(page.select("table.client-list").text().contains("Baby7"), "babies shown");
        assertEquals("Elder, Baby3", page.select("table.client-list tbody tr").get(3).select("td[data-label=Babies]").text(),
                "two babies, oldest first");
        assertEquals("", page.select("table.client-list tbody tr").get(4).select("td[data-label=Babies]").text(),
                "a client without a baby is listed all the same");
        assertTrue(page.select("table.client-list").text().contains("Test consultant"), "consultant shown");
        assertEquals(fewQueries, manyQueries, "the same queries for 2 or 20 clients");
        assertTrue(manyQueries <= 3, "the ids (the search's two halves in one statement), the rows with their visit"
                + " dates and babies' names, and the consultant choices (the session check and the audit event are"
                + " plain JDBC): " + manyQueries);
    }

    private static long statementsFor(WebSession session, String path) {
        return Statements.forPage(session, path);
    }
}
