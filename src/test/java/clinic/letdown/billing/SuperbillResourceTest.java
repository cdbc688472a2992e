package clinic.letdown.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;
import clinic.letdown.web.pdf.PdfDocument;

/** /consultations/{id}/superbill and its PDF, /account/billing. */
@QuarkusTest
class SuperbillResourceTest {

    static long id(String table, String column, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select id from " + table + " where " + column + " = ?1").setParameter(1, value)
                .getSingleResult()).longValue());
    }

    @Test
    void theConsultantPreparesASuperbillAndItsPdfSaysTheSame() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        String last = ChartingFixtures.uniqueSurname("Bill");
        Client client = ChartingFixtures.client("Rosa", last, consultant.id(), "Inés " + last);
        Consultation c = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now(), List.of(), null);
        String path = "/consultations/" + c.id + "/superbill";

        // her billing identity first
        Response badNpi = session.post("/account/billing", "credentials", "IBCLC, RN", "npi", "1234567890", "version", "");
        assertEquals(200, badNpi.statusCode());
        Document refused = org.jsoup.Jsoup.parse(badNpi.asString());
        assertTrue(refused.selectFirst("#npi-error").text().contains("10 digits"));
        assertEquals("IBCLC, RN", refused.selectFirst("#credentials").val(), "what she typed is kept");
        assertEquals(303, session.post("/account/billing", "credentials", "IBCLC, RN", "npi", "1245319599", "version", "")
                .statusCode());

        Document form = session.page(path);
        assertNotNull(form.selectFirst("form[action=" + path + "]"), "no superbill yet: the form");
        assertEquals("11", form.selectFirst("#placeOfService option[selected]").val(), "an initial visit is at the office");
        long cpt = id("fee_item", "code", "99403");
        long hcpcs = id("fee_item", "code", "S9443");
        long z391 = id("diagnosis_code", "code", "Z39.1");
        long o924 = id("diagnosis_code", "code", "O92.4");

        Response missing = session.post(path, "feeId", "", "units", "1", "placeOfService", "11", "paid", "12.5x",
                "paymentMethod", "", "version", "");
        assertEquals(200, missing.statusCode());
        Document again = org.jsoup.Jsoup.parse(missing.asString());
        assertNotNull(again.selectFirst("#feeId-0-error"));
        assertNotNull(again.selectFirst("#diagnosisId-error"));
        assertEquals("12.5x", again.selectFirst("#paid").val());
        assertNull(BillingFixtures.stored(c.id));

        Response saved = session.post(path, "feeId", String.valueOf(cpt), "units", "1", "feeId", String.valueOf(hcpcs),
                "units", "2", "feeId", "", "units", "", "diagnosisId", String.valueOf(o924), "diagnosisId", String.valueOf(z391),
                "placeOfService", "11", "paid", "$80.00", "paymentMethod", "CARD", "version", "");
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.header("Location").endsWith(path));
        Superbill bill = BillingFixtures.stored(c.id);
        assertEquals(2, bill.lines.size());
        assertEquals(8000, bill.paidCents);
        assertEquals(List.of("O92.4", "Z39.1"), bill.diagnoses.stream().map(d -> d.code).toList(), "in the order ticked");

        Document page = session.page(path);
        String text = page.selectFirst("article.superbill").text();
        long total = bill.getTotalCents();
        for (String fact : List.of("Rosa " + last, "Inés " + last, "1993", "IBCLC, RN", "1245319599", "CPT 99403",
                "HCPCS S9443", "Z39.1", "O92.4", "Hypogalactia", Money.money(total), "$80.00", "Card",
                Formats.shown(c.startedAt.atZone(Formats.ZONE).toLocalDate()), "11 · Office")) {
            assertTrue(text.contains(fact), fact + " in " + text);
        }
        assertTrue(ChartingFixtures.audited(AuditAction.CREATE, "Superbill", bill.id));
        assertTrue(ChartingFixtures.audited(AuditAction.VIEW, "Superbill", bill.id));

        PdfDocument pdf = PdfDocument.of(session.get(path + ".pdf"));
        pdf.assertContains("Rosa " + last, "Inés " + last, "IBCLC, RN", "1245319599", "99403", "S9443", "Z39.1",
                "Hypogalactia", Money.money(total), "$80.00", "11 · Office");
        assertTrue(ChartingFixtures.audited(AuditAction.PRINT, "Superbill", bill.id));

        // a correction from a copy opened before: refused, nothing changed
        Document edit = session.page(path + "/edit");
        String version = edit.selectFirst("input[name=version]").val();
        assertEquals(303, session.post(path, "feeId", String.valueOf(cpt), "units", "3", "diagnosisId", String.valueOf(z391),
                "placeOfService", "12", "paid", "0", "paymentMethod", "", "version", version).statusCode());
        Response stale = session.post(path, "feeId", String.valueOf(cpt), "units", "4", "diagnosisId", String.valueOf(z391),
                "placeOfService", "11", "paid", "0", "paymentMethod", "", "version", version);
        assertEquals(200, stale.statusCode());
        assertTrue(org.jsoup.Jsoup.parse(stale.asString()).selectFirst(".error-summary").text().contains("Someone else"));
        assertEquals(3, BillingFixtures.stored(c.id).lines.get(0).units);
    }

    @Test
    void onlyConsultantsReachSuperbills() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Ada", ChartingFixtures.uniqueSurname("Bill"), consultant.id(), "Bo");
        Consultation c = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now(), List.of(), null);
        String path = "/consultations/" + c.id + "/superbill";
        assertEquals(404, consultant.signIn().get(path + ".pdf").statusCode(), "no superbill yet");
        BillingFixtures.superbillFor(c.id);
        for (String p : List.of(path, path + "/edit", path + ".pdf")) {
            for (TestAccounts.Created other : List.of(TestAccounts.admin(), TestAccounts.client())) {
                Response refused = other.signIn().get(p);
                assertEquals(403, refused.statusCode(), p);
                assertFalse(refused.asString().contains(client.lastName), "nothing of hers on the refusal: " + p);
            }
            Response shown = consultant.signIn().get(p);
            assertEquals(200, shown.statusCode(), p);
            assertTrue(p.endsWith(".pdf") ? shown.asString().startsWith("%PDF") : shown.asString().contains(client.lastName),
                    "her superbill: " + p);
        }
        assertEquals(404, consultant.signIn().get("/consultations/99999999/superbill").statusCode());
        assertEquals(403, TestAccounts.admin().signIn().get("/account/billing").statusCode());
    }
}
