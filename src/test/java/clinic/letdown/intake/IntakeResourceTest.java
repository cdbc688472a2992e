package clinic.letdown.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.intake.IntakeChoices.Answer;
import clinic.letdown.intake.IntakeChoices.BirthMode;
import clinic.letdown.intake.IntakeChoices.BreastSurgery;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;
import clinic.letdown.consent.ConsentFixtures;

/** The intake: her sections in the portal, checks at the fields, submission, the consultant's amendments, the summary. */
@QuarkusTest
class IntakeResourceTest {

    private static String version(WebSession session, String path) {
        return session.page(path).selectFirst("input[name=version]").val();
    }

    private static Response birth(WebSession me, String date, String weeks, String bloodLoss) {
        return me.post("/portal/intake/birth", "version", version(me, "/portal/intake/birth"), "birthDate", date,
                "birthMode", "UNPLANNED_CAESAREAN", "gestationWeeks", weeks, "bloodLossOver500", bloodLoss,
                "birthComplications", "Long labour");
    }

    @Test
    void sheFillsHerIntakeInSectionsSendsItAndCanNoLongerChangeIt() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession me = family.portal().signIn();
        assertNotNull(me.page("/portal").selectFirst(".intake-offer a[href=/portal/intake]"), "offered on her home");
        String today = LocalDate.now(Formats.ZONE).toString();

        Response refused = birth(me, LocalDate.now(Formats.ZONE).plusDays(3).toString(), "60", "MAYBE");
        assertEquals(200, refused.statusCode());
        Document errors = Jsoup.parse(refused.body().asString());
        assertEquals("Enter a date in the last 3 years, not in the future.", errors.getElementById("birthDate-error").text());
        assertEquals("Enter a whole number from 22 to 44.", errors.getElementById("gestationWeeks-error").text());
        assertEquals("Choose one of the answers offered.", errors.getElementById("bloodLossOver500-error").text());
        assertEquals("60", errors.selectFirst("input[name=gestationWeeks]").val(), "values kept");
        assertEquals("Long labour", errors.selectFirst("textarea[name=birthComplications]").val());
        assertNull(IntakeFixtures.of(family.clientId()), "nothing stored");

        Response saved = birth(me, today, "38", "YES");
        assertEquals(303, saved.statusCode(), saved.body().asString());
        assertTrue(saved.header("Location").endsWith("/portal/intake/feeding"), "on to the next section");
        Intake stored = IntakeFixtures.of(family.clientId());
        assertEquals(BirthMode.UNPLANNED_CAESAREAN, stored.birthMode);
        assertEquals(38, stored.gestationWeeks);
        assertEquals(Answer.YES, stored.bloodLossOver500);
        assertTrue(stored.isSaved(IntakeSection.BIRTH));
        assertFalse(stored.isSaved(IntakeSection.FEEDING));
        assertEquals("38", me.page("/portal/intake/birth").selectFirst("input[name=gestationWeeks]").val(), "she comes back to it");
        assertTrue(me.page("/portal").selectFirst(".intake-offer").text().contains("Continue"));

        Response feeding = me.post("/portal/intake/feeding", "version", version(me, "/portal/intake/feeding"),
                "feedingMethods", "BREAST", "supplementMlPerDay", "120", "pumping", "NO", "pumpType", "MANUAL");
        Document feedingErrors = Jsoup.parse(feeding.body().asString());
        assertNotNull(feedingErrors.getElementById("supplementMlPerDay-error"), "a supplement needs milk or formula");
        assertNotNull(feedingErrors.getElementById("pumpType-error"), "a pump without pumping");
        assertEquals(303, me.post("/portal/intake/feeding", "version", version(me, "/portal/intake/feeding"),
                "feedingMethods", "BREAST", "feedingMethods", "FORMULA", "supplementMlPerDay", "120", "pumping", "YES",
                "pumpType", "DOUBLE_ELECTRIC").statusCode());
        assertEquals(303, me.post("/portal/intake/mood", "version", version(me, "/portal/intake/mood"),
                "phqInterest", "2", "phqDown", "1").statusCode());
        Intake filled = IntakeFixtures.of(family.clientId());
        assertEquals(3, filled.phqScore());
        assertEquals(120, filled.supplementMlPerDay);

        Response sent = me.post("/portal/intake/submit", "version", String.valueOf(filled.version));
        assertEquals(303, sent.statusCode());
        Intake submitted = IntakeFixtures.of(family.clientId());
        assertNotNull(submitted.submittedAt);
        assertNull(me.page("/portal").selectFirst(".intake-offer"), "no longer offered");

        Document readOnly = me.page("/portal/intake");
        assertTrue(readOnly.selectFirst(".notice").text().contains("Sent to the clinic"));
        assertTrue(readOnly.text().contains("Unplanned caesarean"));
        assertTrue(readOnly.select("form[action^=/portal/intake]").isEmpty(), "nothing to change");
        assertEquals(303, me.get("/portal/intake/birth").statusCode(), "read-only to her");
        Response late = me.post("/portal/intake/birth", "version", String.valueOf(submitted.version), "birthDate", today,
                "gestationWeeks", "40");
        assertEquals(303, late.statusCode());
        assertEquals(38, IntakeFixtures.of(family.clientId()).gestationWeeks, "unchanged");
    }

    @Test
    void theConsultantSeesTheFlagsAmendsWithTheChangeAuditedAndTheFirstVisitFormShowsTheSummary() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession consultant = family.consultant().signIn();
        String base = "/clients/" + family.clientId() + "/intake";
        Document none = consultant.page("/clients/" + family.clientId());
        assertTrue(none.selectFirst(".intake-summary").text().contains("No intake yet"));

        // PHQ-2 of 2 (1 + 1): below the cut-off of 3, no mood flag
        assertEquals(303, consultant.post(base + "/mood", "version", version(consultant, base + "/mood"), "phqInterest", "1",
                "phqDown", "1").statusCode());
        Document below = consultant.page("/clients/" + family.clientId());
        assertTrue(below.select(".intake-flags .flag-mood").isEmpty(), below.selectFirst(".intake-summary").text());
        // 3 (2 + 1): positive, with the suggestion and the referral strategy
        assertEquals(303, consultant.post(base + "/mood", "version", version(consultant, base + "/mood"), "phqInterest", "2",
                "phqDown", "1").statusCode());
        assertEquals(303, consultant.post(base + "/birth", "version", version(consultant, base + "/birth"),
                "bloodLossOver500", "YES", "gestationWeeks", "39").statusCode());
        assertEquals(303, consultant.post(base + "/breast", "version", version(consultant, base + "/breast"),
                "breastSurgery", "REDUCTION").statusCode());
        assertEquals(303, consultant.post(base + "/health", "version", version(consultant, base + "/health"),
                "medications", "Levothyroxine 50 mcg", "healthConditions", "THYROID").statusCode());
        Document page = consultant.page("/clients/" + family.clientId());
        String flags = page.selectFirst(".intake-flags").text();
        assertTrue(flags.contains("Mood screen (PHQ-2) score 3 of 6 (positive from 3)."), flags);
        assertTrue(flags.contains("Talk with her about her mood"), flags);
        assertNotNull(page.selectFirst(".intake-flags a[href=/strategies/" + IntakeSummary.MOOD_REFERRAL_STRATEGY_ID + "]"));
        assertTrue(flags.contains("Blood loss over 500 ml at birth"), flags);
        assertTrue(flags.contains("Breast surgery: Breast reduction."), flags);
        assertTrue(flags.contains("Medications and supplements: Levothyroxine 50 mcg"), flags);
        assertTrue(flags.contains("Thyroid disease"), flags);
        assertEquals(200, consultant.get("/strategies/" + IntakeSummary.MOOD_REFERRAL_STRATEGY_ID).statusCode());

        Document firstVisit = consultant.page("/clients/" + family.clientId() + "/consultations/new");
        assertTrue(firstVisit.selectFirst(".intake-summary").text().contains("Blood loss over 500 ml"));

        Intake draft = IntakeFixtures.of(family.clientId());
        assertEquals(303, consultant.post(base + "/submit", "version", String.valueOf(draft.version)).statusCode());
        Response amended = consultant.post(base + "/birth", "version", version(consultant, base + "/birth"),
                "bloodLossOver500", "YES", "gestationWeeks", "37");
        assertEquals(303, amended.statusCode());
        Intake after = IntakeFixtures.of(family.clientId());
        assertEquals(37, after.gestationWeeks);
        assertNotNull(after.submittedAt, "still submitted");
        List<String> details = IntakeFixtures.auditDetails(after.id);
        assertEquals("amended birth: gestationWeeks", details.get(details.size() - 1), details.toString());
        assertTrue(details.contains("submitted"));

        Response stale = consultant.post(base + "/birth", "version", String.valueOf(draft.version), "gestationWeeks", "36");
        assertTrue(Jsoup.parse(stale.body().asString()).select(".error-summary").text().contains("Someone else saved"));
        assertEquals("36", Jsoup.parse(stale.body().asString()).selectFirst("input[name=gestationWeeks]").val());
        assertEquals(37, IntakeFixtures.of(family.clientId()).gestationWeeks);
        assertEquals(404, consultant.get(base + "/nope").statusCode());
    }

    @Test
    void herIntakeSpeaksSpanish() {
        PortalFixtures.Family family = PortalFixtures.family();
        ConsentFixtures.speaks(family.clientId(), Language.ES);
        WebSession me = family.portal().signIn();
        // words made in Java follow her language; the templates' {intakeMsg:...} words wait for the
        // template bundles to find the Spanish files (today no {xMsg:} word of a template is Spanish, growth's neither)
        Document mood = me.page("/portal/intake/mood");
        assertEquals("es", mood.selectFirst("html").attr("lang"));
        assertTrue(mood.text().contains("Casi todos los días"), mood.text());
        Response refused = me.post("/portal/intake/baby", "version", "0", "wetDiapersPerDay", "abc");
        assertEquals("Escriba un número entero de 0 a 30.",
                Jsoup.parse(refused.body().asString()).getElementById("wetDiapersPerDay-error").text());
        assertNotNull(BreastSurgery.REDUCTION);
    }
}
