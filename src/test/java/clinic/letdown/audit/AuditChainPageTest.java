package clinic.letdown.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /admin/audit/verify (admin/AuditChainResource): the check as an admin sees it, and that it is audited. */
@QuarkusTest
class AuditChainPageTest {

    @Inject
    AuditTrail audit;

    @Test
    void theAdminSeesTheTrailIntactThenTheFirstBrokenLinkNamed() {
        TestAccounts.Created admin = TestAccounts.admin();
        WebSession session = admin.signIn();
        assertNotNull(session.page("/admin/audit").selectFirst("a[href=/admin/audit/verify]"), "linked from the trail");

        Document intact = session.page("/admin/audit/verify");
        assertEquals("Audit trail check", intact.selectFirst("h1").text());
        AuditChain.Head head = ChainedEvents.head();
        assertTrue(intact.selectFirst(".chain-intact").text().startsWith("The audit trail is intact: " + head.lastSeq()
                + " events checked"), intact.selectFirst(".chain-intact").text());
        assertEquals(head.lastHash(), intact.selectFirst(".chain-hash").text());
        assertNull(intact.selectFirst(".chain-broken"));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "actor = ?1 and recordType = ?2 and detail like 'intact through place %'", admin.username(), "AuditChain")),
                "the check is itself audited");

        String mark = "page " + UUID.randomUUID();
        audit.recordAs("chain-tester", null, AuditAction.VIEW, RecordType.REPORT, null, null, mark);
        session.page("/admin/audit/verify");
        ChainedEvents.Row row = ChainedEvents.withDetailStarting(mark).get(0);
        try {
            ChainedEvents.tamper("UPDATE audit_event SET remote_address = ? WHERE id = ?", "10.66.66.66", row.id());
            Document broken = session.page("/admin/audit/verify");
            assertNull(broken.selectFirst(".chain-intact"));
            assertEquals("The audit trail has been tampered with.", broken.selectFirst(".chain-broken strong").text());
            assertEquals("Event #" + row.id() + " at place " + row.chainSeq()
                    + " in the chain was changed after it was written.", broken.selectFirst(".chain-problem").text());
        } finally {
            ChainedEvents.tamper("UPDATE audit_event SET remote_address = ? WHERE id = ?", row.remoteAddress(), row.id());
        }
        assertNotNull(session.page("/admin/audit/verify").selectFirst(".chain-intact"));
    }
}
