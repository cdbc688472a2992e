package clinic.letdown.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.pdf.PdfDocument;

/** /careplans/{id}/print.pdf: the client's printed copy as a tagged PDF with the same facts as the page. */
@QuarkusTest
class CarePlanPdfTest {

    @Test
    void thePdfHoldsTheHandoutsGoalsAndSteps() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        long clientId = CarePlanFixtures.client("Pia");
        long planId = CarePlanFixtures.draftPlan(clientId, consultant.id(), "Calmer feeds", "Deep breathing",
                "Warm compresses");
        Document page = session.page("/careplans/" + planId + "/print");
        String firstStep = page.selectFirst(".handout-activity ol.steps li").text();

        PdfDocument pdf = PdfDocument.of(session.get("/careplans/" + planId + "/print.pdf"));
        pdf.assertContains("Your letdown care plan", "Pia", "Calmer feeds", "Letdown within 2 minutes", "5 of 7 days",
                "Deep breathing", "Warm compresses", firstStep, "Your consultant: Test consultant");
        assertFalse(pdf.text().contains("CLINICAL-NOTE-NEVER-PRINTED"));
        assertFalse(pdf.text().contains("Back to the plan"), "the page's tools are not printed");
        assertTrue(pdf.title().startsWith("Care plan for Pia"), pdf.title());
        assertEquals("en", pdf.language());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = 'CarePlan' and recordId = ?2 and detail = 'PDF'", AuditAction.PRINT, planId)) == 1);
    }

    @Test
    void anotherRoleGetsNoPdf() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long planId = CarePlanFixtures.draftPlan(CarePlanFixtures.client("Ona"), consultant.id(), "Plan", "Deep breathing");
        for (TestAccounts.Created other : List.of(TestAccounts.client(), TestAccounts.admin())) {
            Response refused = other.signIn().get("/careplans/" + planId + "/print.pdf");
            assertEquals(403, refused.statusCode());
            assertFalse(refused.asString().startsWith("%PDF"), "no PDF to another role");
        }
        assertEquals(404, consultant.signIn().get("/careplans/99999999/print.pdf").statusCode());
    }
}
