package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;

/** Names in any script, stored and shown: letters beyond Latin-1 and beyond the basic plane arrive whole, as UTF-8. */
@QuarkusTest
class PageEncodingTest {

    @Test
    void aPageIsItsUtf8Bytes() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String last = ChartingFixtures.uniqueSurname("Łuk");
        Client client = ChartingFixtures.client("Zoë 李🌼", last, consultant.id(), "Ōtā");
        Response page = consultant.signIn().get("/clients/" + client.id);

        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=UTF-8", page.contentType().replace(" ", ""));
        String body = new String(page.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(body.contains("Zoë 李🌼 " + last), "the name, every character whole");
        assertTrue(body.contains("Ōtā"));
        assertTrue(body.trim().endsWith("</html>"), "the whole page");
    }
}
