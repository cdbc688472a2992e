package clinic.letdown.report;

import static clinic.letdown.consultation.ConsultationKind.FOLLOW_UP;
import static clinic.letdown.consultation.ConsultationKind.INITIAL;
import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** The CSV downloads: the same figures as the page, neutralised against formulas, audited. */
@QuarkusTest
class ReportExportTest {

    @Test
    void everyCsvHoldsExactlyTheTableOnThePage() {
        ReportResourceTest.Fixture f = ReportResourceTest.fixture();
        WebSession admin = ReportResourceTest.admin();
        String query = ReportResourceTest.PERIOD + "&consultant=" + f.ann().id();
        for (String table : ReportService.TABLES) {
            Document page = admin.page(ReportSection.of(table).url() + "?" + query);
            String link = page.selectFirst("#" + table + " a.csv-link").attr("href");
            assertEquals("/admin/reports/" + table + ".csv?" + query, link);
            Response response = admin.get(link);
            assertEquals(200, response.statusCode(), table);
            assertEquals("text/csv;charset=UTF-8", response.contentType().replace(" ", ""));
            assertEquals("attachment; filename=\"letdown-report-" + table + "_1971-03-01_1971-05-31_consultant-"
                    + f.ann().id() + ".csv\"", response.header("Content-Disposition"));
            List<CSVRecord> csv = ReportPage.parse(response.asString());
            List<List<String>> rows = ReportPage.values(csv.subList(1, csv.size()));
            if (page.selectFirst("#" + table + " table") == null) {
                assertTrue(rows.isEmpty(), table + " is empty on the page and in the CSV (which keeps its header)");
            } else {
                assertEquals(ReportPage.headers(page, table), csv.get(0).toList(), table + " header");
                assertEquals(ReportPage.asCsvRows(page, table), rows, table);
            }
        }
        String outcomes = admin.get("/admin/reports/outcomes.csv?" + query).asString();
        assertTrue(outcomes.contains("Stress,2,6.0,2.5,-3.5,0\r\n"), "negative numbers stay numbers: " + outcomes);
    }

    @Test
    void everyExportIsAnAuditEventNamingTheTableAndTheFilter() {
        TestAccounts.Created admin = TestAccounts.admin();
        WebSession session = admin.signIn();
        assertEquals(200, session.get("/admin/reports/caseload.csv?from=1971-03-01&to=1971-05-31").statusCode());
        assertEquals(200, session.get("/admin/reports").statusCode());
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "actor = ?1 and action = ?2", admin.username().toLowerCase(), AuditAction.EXPORT));
        assertEquals(1, events.size(), "one export, one event; viewing the page is no export");
        assertEquals("Report", events.get(0).recordType);
        assertEquals("table=caseload from=1971-03-01 to=1971-05-31 consultant=all", events.get(0).detail);
        assertEquals(null, events.get(0).clientId);
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedAndHtmlIsEscaped() {
        ReportData.Consultant formula = ReportData.consultant("=HYPERLINK(\"http://example.test\",\"x\")");
        ReportData.Consultant script = ReportData.consultant("<script>alert(1)</script>");
        long client = ReportData.client(formula.id(), ClientStatus.ACTIVE);
        ReportData.consultation(client, formula.id(), "1972-02-03T10:00", INITIAL, Map.of(STRESS, 6));
        ReportData.consultation(client, formula.id(), "1972-02-17T10:00", FOLLOW_UP, Map.of(STRESS, 4, PAIN, 2));
        String at = "@SUM(A1)" + TestAccounts.uniqueName("");
        String plus = "+cmd" + TestAccounts.uniqueName("");
        long plan = ReportData.plan(client, formula.id(), CarePlanStatus.ACTIVE, "1972-02-03T10:30");
        ReportData.activity(plan, ReportData.strategy(at));
        ReportData.activity(plan, ReportData.strategy(plus));
        WebSession admin = ReportResourceTest.admin();
        String query = "from=1972-02-01&to=1972-02-29&consultant=";

        List<CSVRecord> caseload = ReportPage.parse(
                admin.get("/admin/reports/caseload.csv?" + query + formula.id()).asString());
        assertEquals(List.of("'" + formula.name(), "1", "1", "2"), caseload.get(1).toList());
        List<CSVRecord> strategies = ReportPage.parse(
                admin.get("/admin/reports/strategies.csv?" + query + formula.id()).asString());
        assertEquals(List.of("'" + plus, "1", "100.0", "1"), strategies.get(1).toList());
        assertEquals(List.of("'" + at, "1", "100.0", "1"), strategies.get(2).toList());
        List<CSVRecord> outcomes = ReportPage.parse(
                admin.get("/admin/reports/outcomes.csv?" + query + formula.id()).asString());
        assertEquals(2, outcomes.size(), "PAIN was not recorded at the first visit, so only STRESS");
        assertEquals(List.of("Stress", "1", "6.0", "4.0", "-2.0", "0"), outcomes.get(1).toList());

        Document page = admin.page("/admin/reports?" + query + script.id());
        assertEquals(404, admin.get("/admin/reports/nothing?" + query + script.id()).statusCode());
        assertTrue(page.select("script").isEmpty(), "no script element from a name");
        assertTrue(page.selectFirst("#caseload").text().contains(script.name()), "the name shown as text");
        assertFalse(admin.get("/admin/reports?" + query + script.id()).asString().contains("<script>alert"));
        assertNotNull(page.selectFirst("#caseload table"));
    }
}
