package clinic.letdown.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/** Check-in, then "Chart this visit": the charting form filled in from the appointment, which saving completes. */
@QuarkusTest
class ChartThisVisitTest {

    @Test
    void chartingACheckedInAppointmentRecordsItAndCompletesIt() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client ada = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Chart"), consultant.id(), "Kit");
        long phone = AppointmentFixtures.type("Phone check-in", 20, VisitKind.PHONE, true, false);
        long home = AppointmentFixtures.location("Home", LocationKind.HOME_VISIT);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(30, ChronoUnit.MINUTES);
        long id = AppointmentFixtures.appointment(ada.id, consultant.id(), phone, home, start);

        Document show = session.page("/appointments/" + id);
        assertNull(show.selectFirst("a[href*=consultations/new?appointment]"), "checked in first");
        assertEquals(303, session.post("/appointments/" + id + "/check-in", "version",
                show.selectFirst("form[action$=check-in] input[name=version]").val()).statusCode());
        Element chart = session.page("/appointments/" + id).selectFirst("a[href*=consultations/new?appointment]");
        assertNotNull(chart);

        Document form = session.page(chart.attr("href"));
        assertEquals("PHONE", form.selectFirst("select[name=kind] option[selected]").val());
        assertEquals(Formats.inputValue(LocalDateTime.ofInstant(start, Formats.ZONE)),
                form.selectFirst("input[name=startedAt]").val());
        assertEquals(String.valueOf(ada.babies.get(0).id), form.selectFirst("select[name=babyId] option[selected]").val());
        assertEquals(String.valueOf(id), form.selectFirst("input[name=appointment]").val());

        Response saved = session.post("/clients/" + ada.id + "/consultations", values(form.selectFirst("form.charting")));
        assertEquals(303, saved.statusCode(), saved.body().asString());
        long consultationId = Long.parseLong(saved.header("Location").replaceAll(".*/consultations/", ""));
        assertEquals(AppointmentStatus.COMPLETED, AppointmentFixtures.load(id).status);
        assertEquals(id, QuarkusTransaction.requiringNew().call(() -> {
            Consultation c = Consultation.findById(consultationId);
            return c.appointment.id;
        }));
        assertNull(session.page("/appointments/" + id).selectFirst("a[href*=consultations/new?appointment]"),
                "completed: nothing more to chart");
    }

    /** The form's fields as a browser would send them untouched. */
    static String[] values(Element form) {
        List<String> values = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            if (name.equals("csrf-token")) {
                continue;
            }
            String type = input.attr("type");
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                values.add(name);
                values.add(selected == null ? "" : selected.val());
            } else if (type.equals("checkbox") || type.equals("radio")) {
                if (input.hasAttr("checked")) {
                    values.add(name);
                    values.add(input.val());
                }
            } else if (!type.equals("submit")) {
                values.add(name);
                values.add(input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }
        return values.toArray(String[]::new);
    }
}
