package clinic.letdown.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;
import clinic.letdown.web.pdf.PdfDocument;

/** /consultations/{id}/report.pdf: the physician report's page as a tagged PDF with the same facts. */
@QuarkusTest
class PhysicianReportPdfTest {

    @Test
    void thePdfSaysWhatTheLetterSays() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String last = ChartingFixtures.uniqueSurname("Pdf");
        Client client = ChartingFixtures.client("Priya", last, consultant.id(), "Anika " + last);
        Consultation c = ChartingFixtures.medicationVisit(client.id, consultant.id());
        LocalDate followUp = c.followUpOn;

        Document page = session.page("/consultations/" + c.id + "/report");
        assertEquals("/consultations/" + c.id + "/report.pdf",
                page.selectFirst("a[href$=report.pdf]").attr("href"), "the page offers the PDF");

        PdfDocument pdf = PdfDocument.of(session.get("/consultations/" + c.id + "/report.pdf"));
        pdf.assertContains("Letdown Clinic", "Priya " + last, "To the physician of Anika " + last, "Slow letdown",
                "6 / 10", "40 ml", "Pseudoephedrine", "Breathing before feeds", Formats.shown(followUp), "Test consultant");
        assertTrue(page.select("article.letter").text().contains("To the physician of Anika " + last));
        assertFalse(pdf.text().contains("Use your browser"), "what is not printed is not in the PDF");
        assertFalse(pdf.text().contains("Sign out"), "no navigation");
        assertTrue(pdf.title().startsWith("Physician report"), pdf.title());
        assertEquals("en", pdf.language());
        assertTrue(pdf.isLetter(), "US Letter by default (clinic.pdf.page-size)");
        assertEquals(1, pdf.pages(), "a one-page letter");
        assertTrue(ChartingFixtures.audited(AuditAction.PRINT, "Consultation", c.id));
    }

    @Test
    void aSpanishSpeakingConsultantGetsASpanishTaggedPdf() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        TestAccounts.speaks(consultant, Language.ES);
        Client client = ChartingFixtures.client("Lucía", ChartingFixtures.uniqueSurname("Pdf"), consultant.id(), "Tomás");
        Consultation c = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now(), List.of(), null);
        PdfDocument pdf = PdfDocument.of(consultant.signIn().get("/consultations/" + c.id + "/report.pdf"));
        assertTrue(pdf.language().startsWith("es"), pdf.language());
        pdf.assertContains("Lucía", "Tomás");
    }

    @Test
    void onlyConsultantsGetThePdf() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Mei", ChartingFixtures.uniqueSurname("Pdf"), consultant.id(), "Lin");
        Consultation c = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now(), List.of(), null);
        String path = "/consultations/" + c.id + "/report.pdf";
        assertEquals(403, TestAccounts.admin().signIn().get(path).statusCode());
        assertEquals(403, TestAccounts.client().signIn().get(path).statusCode());
        assertEquals(302, WebSession.anonymous().get(path).statusCode());
        assertEquals(404, TestAccounts.create("lead", Role.ADMIN, Role.CONSULTANT).signIn()
                .get("/consultations/99999999/report.pdf").statusCode());
    }
}
