package clinic.letdown.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class AuditResourceTest {

    @Inject
    AuditTrail audit;

    @Test
    void loginsFailuresLogoutsAndAccountChangesAreRecordedAndFiltered() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession.anonymous().login(consultant.username(), "wrong-password");
        WebSession session = consultant.signIn();
        session.post("/logout");

        WebSession admin = TestAccounts.admin().signIn();
        Document page = admin.page("/admin/audit?user=" + consultant.username());
        String text = page.select("table.list tbody").text();
        assertTrue(text.contains("LOGIN_FAILED"), text);
        assertTrue(text.contains("LOGIN "), text);
        assertTrue(text.contains("LOGOUT"), text);
        assertTrue(page.select("table.list tbody tr").stream().allMatch(row -> row.text().contains(consultant.username())));
        assertTrue(text.contains("10.0."), "the address is recorded: " + text);

        Document failures = admin.page("/admin/audit?user=" + consultant.username() + "&action=LOGIN_FAILED");
        assertEquals(1, failures.select("table.list tbody tr").size());
        assertEquals("LOGIN_FAILED", failures.selectFirst("#action option[selected]").val());
    }

    /** A client's username is often her name: the admin reads her events by her account's id. */
    @Test
    void aClientsEventsNameHerAccountByIdNotByUsername() {
        TestAccounts.Created client = TestAccounts.create("sofia.reyes", clinic.letdown.account.Role.CLIENT);
        client.signIn();
        Document page = TestAccounts.admin().signIn().page("/admin/audit?user=" + client.username());
        var rows = page.select("table.list tbody tr");
        assertEquals(1, rows.size());
        assertEquals("client account #" + client.id(), rows.get(0).select("td").get(1).text());
        assertFalse(page.select("table.list").text().contains("sofia"), page.select("table.list").text());
    }

    @Test
    void datesFilterAndBadDatesAreExplained() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        consultant.signIn();
        WebSession admin = TestAccounts.admin().signIn();
        String today = LocalDate.now().toString();
        assertEquals(1, admin.page("/admin/audit?action=LOGIN&user=" + consultant.username() + "&from=" + today
                + "&to=" + today).select("table.list tbody tr").size());
        assertEquals(0, admin.page("/admin/audit?action=LOGIN&user=" + consultant.username() + "&to=2000-01-01")
                .select("table.list tbody tr").size());
        Document bad = admin.page("/admin/audit?from=31.12.2026&action=NOPE");
        assertEquals("Use a date like 2026-03-31.", bad.selectFirst("#from-error").text());
        assertEquals("31.12.2026", bad.selectFirst("#from").val(), "the typed value is kept");
        assertFalse(bad.select(".error").text().isEmpty());
    }

    @Test
    void theTrailPagesNewestFirst() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        for (int i = 0; i < 3; i++) {
            WebSession.anonymous().login(consultant.username(), "wrong-" + i);
        }
        for (int i = 0; i < 51; i++) {
            WebSession.anonymous().login(consultant.username() + "-x" + i, "wrong");
        }
        WebSession admin = TestAccounts.admin().signIn();
        Document first = admin.page("/admin/audit?user=" + consultant.username());
        var times = first.select("table.list tbody time").eachAttr("datetime");
        assertEquals(3, times.size());
        assertTrue(times.get(0).compareTo(times.get(2)) >= 0, "newest first: " + times);

        Document page1 = admin.page("/admin/audit?action=LOGIN_FAILED");
        assertEquals(50, page1.select("table.list tbody tr").size());
        String next = page1.selectFirst("a[rel=next]").attr("href");
        assertEquals("?action=LOGIN_FAILED&page=2", next);
        Document page2 = admin.page("/admin/audit" + next);
        assertFalse(page2.select("table.list tbody tr").isEmpty());
        assertFalse(page1.select("table.list tbody tr").first().text()
                .equals(page2.select("table.list tbody tr").first().text()));
    }

    @Test
    void auditEventsCannotBeChanged() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        consultant.signIn();
        Long id = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .<AuditEvent>find("actor = ?1 and action = ?2", consultant.username(), AuditAction.LOGIN)
                .firstResult().id);
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEvent event = AuditEvent.findById(id);
            event.detail = "tampered";
        });
        String detail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(id).detail);
        assertFalse("tampered".equals(detail), "an immutable entity is never updated");
    }

    /**
     * A change's event is written on the change's own transaction: rolled back with it, committed
     * with it (the insert is plain JDBC; an insert on a connection of its own would survive the
     * rollback).
     */
    @Test
    void aChangesEventIsWrittenInItsTransactionBothOrNeither() {
        String undone = "rolled back " + UUID.randomUUID();
        String kept = "committed " + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.record(AuditAction.UPDATE, RecordType.REPORT, 1L, undone);
            assertEquals(1, AuditEvent.count("detail", undone), "seen inside its transaction");
            throw new IllegalStateException("the change fails");
        }));
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditAction.UPDATE, RecordType.REPORT, 2L, kept));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("detail", undone)));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("detail", kept)));
    }
}
