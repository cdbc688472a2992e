package clinic.letdown.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import clinic.letdown.support.AllAtOnce;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/**
 * No double booking across nodes: a consultant's one slot booked ten times at once, half on each of
 * two app processes sharing one PostgreSQL database. Exactly one booking is stored; every other
 * post gets the booking form back with the reason and the typed day and time.
 * <p>
 * Needs the PostgreSQL build and a database: .ci/run runs it with TwoNodesThrottleIT (skipped on H2).
 */
class TwoNodesBookingIT {

    private static final String ADMIN = "two-nodes-booking-admin";
    private static final String ADMIN_PASSWORD = "meadow-harbor-first-2026";
    private static final int POSTS = 10;

    @Test
    void tenParallelBookingsOfOneSlotOverTwoNodesStoreExactlyOne() throws Exception {
        try (TwoNodes nodes = TwoNodes.start(ADMIN, ADMIN_PASSWORD)) {
            RestAssured.port = nodes.a.port();
            WebSession admin = ClinicPages.signInChangingTemporaryPassword(ADMIN, ADMIN_PASSWORD);
            assertEquals(303, admin.post("/admin/appointment-types", "name", "Follow-up", "nameEs", "Seguimiento",
                    "minutes", "60", "colour", "#2f6f8f", "clientBookable", "", "telehealth", "",
                    "visitKind", "FOLLOW_UP", "active", "yes", "version", "0").statusCode());
            assertEquals(303, admin.post("/admin/locations", "name", "Room 1", "nameEs", "Sala 1", "kind", "ROOM",
                    "active", "yes", "version", "0").statusCode());
            WebSession consultant = ClinicPages.consultant(admin, "two-nodes-consultant");
            String consultantId = ClinicPages.ownConsultantId(consultant);
            Long clientId = ClinicPages.createClient(consultant, consultantId, "Ada", "Nodes", "Kit", "");
            assertNotNull(clientId);
            String path = "/clients/" + clientId + "/appointments";
            Document form = consultant.page(path + "/new");
            String typeId = form.selectFirst("select[name=typeId] option[value~=\\d+]").val();
            String locationId = form.selectFirst("select[name=locationId] option[value~=\\d+]").val();
            String day = LocalDate.now(Formats.ZONE).plusDays(3).toString();

            List<Response> answers = bookInParallel(consultant, List.of(nodes.a.port(), nodes.b.port()), path,
                    "typeId", typeId, "babyId", "", "consultantId", consultantId, "locationId", locationId,
                    "day", day, "time", "10:00", "videoLink", "",
                    // she books herself: her hours (none set here) are not what this test is about
                    "confirmOutsideHours", "yes", "version", "0");

            assertEquals(1, answers.stream().filter(r -> r.statusCode() == 303).count(), statuses(answers));
            for (Response refused : answers.stream().filter(r -> r.statusCode() != 303).toList()) {
                assertEquals(200, refused.statusCode(), refused.body().asString());
                Document again = Jsoup.parse(refused.body().asString());
                assertTrue(again.selectFirst(".error-summary").text().contains("already has an appointment"),
                        again.selectFirst(".error-summary").text());
                assertEquals(day, again.selectFirst("input[name=day]").val(), "the typed day is kept");
                assertEquals("10:00", again.selectFirst("input[name=time]").val(), "the typed time is kept");
            }
            assertEquals(1, storedFor(nodes, Long.parseLong(consultantId)));
        }
    }

    /** The same form posted POSTS times at once by copies of one signed-in session, alternating between the nodes. */
    private static List<Response> bookInParallel(WebSession session, List<Integer> ports, String path, String... form)
            throws Exception {
        return AllAtOnce.run(POSTS, i -> {
            WebSession copy = session.copy().at(ports.get(i % ports.size()));
            return () -> copy.post(path, form);
        });
    }

    private static String statuses(List<Response> answers) {
        return answers.stream().map(r -> String.valueOf(r.statusCode())).toList().toString();
    }

    private static long storedFor(TwoNodes nodes, long consultantId) throws Exception {
        try (Connection db = nodes.database();
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from appointment where consultant_id = ? and status <> 'CANCELLED'")) {
            count.setLong(1, consultantId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
