package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.web.pdf.PdfDocument;

/** Records that leave the clinic, in a browser: the superbill prepared and shown, the PDFs downloaded. */
@QuarkusTest
class RecordsBrowserTest extends BrowserTest {

    /** The bytes at a path, fetched by the page itself (with its session), as a download would. */
    private byte[] download(String path) {
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; const a = new Uint8Array(b);
                  for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);
                  done(btoa(s));
                });""", url(path));
        return Base64.getDecoder().decode(base64);
    }

    @Test
    void theConsultantPreparesTheSuperbillAndDownloadsThePdfs() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String last = ChartingFixtures.uniqueSurname("Browser");
        Client client = ChartingFixtures.client("Camila", last, consultant.id(), "Luz " + last);
        Consultation c = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now(), List.of(), null);
        signIn(consultant.username(), consultant.password());

        visit("/account/billing");
        type("credentials", "IBCLC");
        type("npi", "1245319599");
        submit("form[action='/account/billing']");

        visit("/consultations/" + c.id);
        clickAndWaitForNextPage(driver.findElement(By.linkText("Superbill")));
        checkAccessibility();
        new Select(field("feeId-0")).selectByVisibleText(
                new Select(field("feeId-0")).getOptions().stream().map(o -> o.getText())
                        .filter(t -> t.startsWith("CPT 99403")).findFirst().orElseThrow());
        driver.findElement(By.cssSelector("input[name=diagnosisId]")).click();
        type("paid", "75");
        new Select(field("paymentMethod")).selectByValue("CARD");
        submit("form[action$='/superbill']");
        assertTrue(path().endsWith("/consultations/" + c.id + "/superbill"), path());
        checkAccessibility();
        String bill = driver.findElement(By.cssSelector("article.superbill")).getText();
        assertTrue(bill.contains("Camila " + last) && bill.contains("CPT 99403") && bill.contains("$75.00")
                && bill.contains("IBCLC") && bill.contains("1245319599"), bill);
        screenshotForDocs("superbill");

        PdfDocument superbill = PdfDocument.read(download("/consultations/" + c.id + "/superbill.pdf"));
        superbill.assertContains("Camila " + last, "99403", "$75.00", "IBCLC");
        assertTrue(superbill.tagged() && superbill.fontsEmbedded());
        PdfDocument report = PdfDocument.read(download("/consultations/" + c.id + "/report.pdf"));
        report.assertContains("Camila " + last, "To the physician of Luz " + last);
        assertEquals(1, report.pages());

        driver.manage().window().setSize(PHONE);
        visit("/consultations/" + c.id + "/superbill");
        assertNoHorizontalScroll();
        screenshot("superbill-phone");
    }
}
