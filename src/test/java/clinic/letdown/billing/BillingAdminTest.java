package clinic.letdown.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /admin/billing, /admin/fees, /admin/diagnoses: the admin's billing set-up. */
@QuarkusTest
class BillingAdminTest {

    @Test
    void npiIsCheckedAndTheDetailsAreSaved() {
        WebSession admin = TestAccounts.admin().signIn();
        Document form = admin.page("/admin/billing");
        String version = form.selectFirst("input[name=version]").val();
        Response bad = admin.post("/admin/billing", "billingName", "Letdown Clinic LLC", "address", "1 Main St\nSpringfield",
                "npi", "1234567890", "taxId", "12-345", "version", version);
        Document again = Jsoup.parse(bad.asString());
        assertNotNull(again.selectFirst("#npi-error"));
        assertNotNull(again.selectFirst("#taxId-error"));
        assertEquals("Letdown Clinic LLC", again.selectFirst("#billingName").val());
        assertEquals(303, admin.post("/admin/billing", "billingName", "Letdown Clinic LLC", "address", "1 Main St\nSpringfield",
                "npi", "1234567893", "taxId", "123456789", "version", version).statusCode());
        BillingSettings s = QuarkusTransaction.requiringNew().call(BillingSettings::current);
        assertEquals("1234567893", s.npi);
        assertEquals("12-3456789", s.taxId);
        assertEquals(403, TestAccounts.consultant().signIn().get("/admin/billing").statusCode());
    }

    @Test
    void examplesAreMarkedAndCodesAreCheckedByTheirSystem() {
        WebSession admin = TestAccounts.admin().signIn();
        Document fees = admin.page("/admin/fees");
        assertTrue(fees.select("table.fee-schedule tr").text().contains("99401"));
        assertNotNull(fees.selectFirst(".notice.warn"), "the examples are explained");
        String code = "S" + (1000 + ThreadLocalRandom.current().nextInt(8999));
        Response wrong = admin.post("/admin/fees", "codeSystem", "CPT", "code", code, "description", "Home visit", "fee", "abc");
        Document again = Jsoup.parse(wrong.asString());
        assertTrue(again.selectFirst("#code-error").text().contains("CPT"));
        assertNotNull(again.selectFirst("#fee-error"));
        assertEquals(303, admin.post("/admin/fees", "codeSystem", "HCPCS", "code", code.toLowerCase(), "description",
                "Home visit", "fee", "1,250.5").statusCode());
        FeeItem item = QuarkusTransaction.requiringNew().call(() -> FeeItem.<FeeItem>find("code", code).firstResult());
        assertEquals(125050, item.feeCents);
        assertFalse(item.example);
        assertTrue(Jsoup.parse(admin.post("/admin/fees", "code", "99999", "description", "x", "fee", "1").asString())
                .selectFirst("#codeSystem-error") != null, "no code system sent: a message, not a failure");
        Response twice = admin.post("/admin/fees", "codeSystem", "HCPCS", "code", code, "description", "Again", "fee", "1");
        assertTrue(Jsoup.parse(twice.asString()).selectFirst("#code-error").text().contains("already"));

        Document edit = admin.page("/admin/fees/" + item.id);
        assertEquals(303, admin.post("/admin/fees/" + item.id, "codeSystem", "HCPCS", "code", code, "description",
                "Home visit", "fee", "99", "active", "RETIRED", "version", edit.selectFirst("input[name=version]").val())
                .statusCode());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> FeeItem.<FeeItem>findById(item.id)).active);
    }

    @Test
    void theDiagnosisListIsEditable() {
        WebSession admin = TestAccounts.admin().signIn();
        Document list = admin.page("/admin/diagnoses");
        assertTrue(list.text().contains("Z39.1"));
        assertTrue(list.text().contains("P92.5"));
        String code = "O9" + ThreadLocalRandom.current().nextInt(10) + "." + (100 + ThreadLocalRandom.current().nextInt(899));
        assertNotNull(Jsoup.parse(admin.post("/admin/diagnoses", "code", "Lactation", "description", "x").asString())
                .selectFirst("#code-error"));
        assertEquals(303, admin.post("/admin/diagnoses", "code", code, "description", "A test code").statusCode());
        assertTrue(admin.page("/admin/diagnoses").text().contains(code));
    }

    @Test
    void revenueIsSummedByMonthConsultantAndCodeWithoutNamingClients() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String last = clinic.letdown.client.ChartingFixtures.uniqueSurname("Revenue");
        clinic.letdown.client.Client client = clinic.letdown.client.ChartingFixtures.client("Vera", last, consultant.id(), "Ivo");
        long consultation = clinic.letdown.client.ChartingFixtures.consultation(client.id, consultant.id(),
                java.time.Instant.now(), java.util.List.of(), null).id;
        BillingFixtures.superbillFor(consultation);
        WebSession admin = TestAccounts.admin().signIn();
        Document page = admin.page("/admin/revenue");
        assertTrue(page.selectFirst("#by-code").text().contains("CPT 99403"));
        assertNotNull(page.selectFirst("#by-month tbody tr"));
        assertTrue(page.selectFirst("#by-consultant").text().contains("Test consultant"));
        assertFalse(page.text().contains(last), "no client is named");
        Response csv = admin.get("/admin/revenue/by-code.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.asString().startsWith("Code,Superbills,Units,Charges"), csv.asString());
        assertTrue(csv.asString().contains("CPT 99403,"), csv.asString());
        assertEquals(403, consultant.signIn().get("/admin/revenue").statusCode());
    }
}
