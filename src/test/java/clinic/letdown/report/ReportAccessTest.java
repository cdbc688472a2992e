package clinic.letdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManagerFactory;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.careplan.Activity;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.Goal;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.LetdownDifficulty;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** Who may see the reports, what wrong input gets, and that the figures never load rows. */
@QuarkusTest
class ReportAccessTest {

    static final String PAGE = "/admin/reports?from=1971-03-01&to=1971-05-31";
    static final String CSV = "/admin/reports/caseload.csv?from=1971-03-01&to=1971-05-31";

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : new String[] { PAGE, CSV }) {
            Response response = WebSession.anonymous().get(path);
            assertTrue(response.statusCode() == 302 || response.statusCode() == 303, path);
            assertTrue(response.header("Location").contains("/login"), path);
        }
    }

    @Test
    void consultantsAndClientsAreRefusedAndTheRefusalIsAudited() throws InterruptedException {
        for (TestAccounts.Created account : new TestAccounts.Created[] { TestAccounts.consultant(),
                TestAccounts.client() }) {
            WebSession session = account.signIn();
            Response page = session.get(PAGE);
            assertEquals(403, page.statusCode(), account.username());
            assertTrue(page.asString().contains("You do not have access to this page"));
            Response csv = session.get(CSV);
            assertEquals(403, csv.statusCode(), account.username());
            assertTrue(csv.contentType().startsWith("text/html"), "the error page, not a CSV");
            assertFalse(csv.asString().contains("Consultant,"), "no figures");
            assertEquals(2, deniedEvents(account.username()), "both refusals in the audit trail");
        }
    }

    /** ACCESS_DENIED events of the account; refusals are written off the request thread, so wait a little. */
    private static long deniedEvents(String username) throws InterruptedException {
        long count = 0;
        for (int i = 0; i < 50 && count < 2; i++) {
            count = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                    username.toLowerCase(), AuditAction.ACCESS_DENIED));
            if (count < 2) {
                Thread.sleep(100);
            }
        }
        return count;
    }

    @Test
    void aConsultantWhoIsAlsoAdminMaySeeThem() {
        WebSession lead = TestAccounts.create("lead", Role.CONSULTANT, Role.ADMIN).signIn();
        Document page = lead.page(PAGE);
        assertNotNull(page.selectFirst("#caseload"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "2026-02-30", "31/03/2026", "2026-13-01", "<script>x</script>",
            "1971-03-01' OR '1'='1", "0000-01-01" })
    void aWrongStartDateIsShownAtItsFieldWithTheValueKept(String typed) {
        Document page = ReportResourceTest.admin().page("/admin/reports?to=2026-03-31&from=" + typed);
        Element field = page.selectFirst("#from");
        assertEquals(typed, field.val());
        assertEquals("true", field.attr("aria-invalid"));
        assertEquals("Enter a date like 2026-03-31.", page.selectFirst("#from-error").text());
        assertNull(page.selectFirst("#activity"), "no figures for a filter that is wrong");
        assertNotNull(page.selectFirst(".error-summary"));
    }

    @Test
    void anEndBeforeTheStartOrAVeryLongPeriodIsRefusedAtTheEndDate() {
        WebSession admin = ReportResourceTest.admin();
        Document before = admin.page("/admin/reports?from=2026-03-31&to=2026-03-01");
        assertEquals("The end date must not be before the start date.", before.selectFirst("#to-error").text());
        Document tooLong = admin.page("/admin/reports?from=2000-01-01&to=2026-03-01");
        assertEquals("Choose a period of at most 10 years.", tooLong.selectFirst("#to-error").text());
        Document blank = admin.page("/admin/reports?from=&to=2026-03-01");
        assertEquals("2025-12-02", blank.selectFirst("#from").val(), "a blank start is 90 days before the end");
        assertNotNull(blank.selectFirst("#activity"));
        String huge = "9".repeat(3000);
        assertEquals("Enter a date like 2026-03-31.",
                admin.page("/admin/reports?from=" + huge).selectFirst("#from-error").text());
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "99999999999", "-1", "1 OR 1=1", "99999999999999999999999999" })
    void anUnknownConsultantIsShownAtItsField(String typed) {
        Document page = ReportResourceTest.admin().page("/admin/reports?from=2026-01-01&to=2026-03-31&consultant="
                + typed);
        assertEquals("Choose a consultant from the list.", page.selectFirst("#consultant-error").text());
        assertNull(page.selectFirst("#activity"));
    }

    @Test
    void aClientAccountIsNoConsultantToChoose() {
        TestAccounts.Created client = TestAccounts.client();
        WebSession admin = ReportResourceTest.admin();
        Document page = admin.page("/admin/reports?consultant=" + client.id());
        assertEquals("Choose a consultant from the list.", page.selectFirst("#consultant-error").text());
        assertNull(page.selectFirst("#consultant option[value=" + client.id() + "]"));
    }

    @Test
    void wrongCsvRequestsAreClientErrorsNeverServerErrors() {
        WebSession admin = ReportResourceTest.admin();
        assertEquals(400, admin.get("/admin/reports/caseload.csv?from=abc").statusCode());
        assertEquals(400, admin.get("/admin/reports/caseload.csv?from=2026-03-01&to=2026-01-01").statusCode());
        assertEquals(400, admin.get("/admin/reports/caseload.csv?consultant=abc").statusCode());
        assertEquals(404, admin.get("/admin/reports/clients.csv").statusCode());
        assertEquals(404, admin.get("/admin/reports/Caseload.csv").statusCode());
        assertEquals(404, admin.get("/admin/reports/caseload.json").statusCode());
    }

    @Test
    void figuresAreAggregatedInTheDatabaseWithoutLoadingRows() {
        ReportResourceTest.fixture();
        WebSession admin = ReportResourceTest.admin();
        admin.page(PAGE);
        Statistics statistics = Arc.container().instance(EntityManagerFactory.class).get()
                .unwrap(SessionFactory.class).getStatistics();
        Class<?>[] clinical = { Client.class, Consultation.class, LetdownDifficulty.class, CarePlan.class,
                Goal.class, Activity.class, LetdownLogEntry.class };
        long[] before = new long[clinical.length];
        for (int i = 0; i < clinical.length; i++) {
            before[i] = statistics.getEntityStatistics(clinical[i].getName()).getLoadCount();
        }
        long statements = statistics.getPrepareStatementCount();
        admin.page(PAGE);
        long used = statistics.getPrepareStatementCount() - statements;
        for (int i = 0; i < clinical.length; i++) {
            assertEquals(before[i], statistics.getEntityStatistics(clinical[i].getName()).getLoadCount(),
                    clinical[i].getSimpleName() + " rows loaded");
        }
        assertTrue(used <= 16, "a fixed number of statements, whatever the data: " + used);
    }
}
