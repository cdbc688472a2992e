package clinic.letdown.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * On PostgreSQL (V59) the database itself refuses to change or remove an audit event, even for the
 * app's own role, except the one-time link into the chain; the chain's head only moves forward.
 * On H2 there is no such trigger (README, "The audit trail"): this test is skipped there.
 */
@QuarkusTest
class AppendOnlyTriggerTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainSealer sealer;

    @Test
    void postgresqlRefusesToChangeOrRemoveAnAuditEvent() throws Exception {
        assumeTrue(ChainedEvents.onPostgresql(), "PostgreSQL only");
        String mark = "trigger " + UUID.randomUUID();
        audit.recordAs("chain-tester", null, AuditAction.VIEW, RecordType.REPORT, null, null, mark);
        long id = ChainedEvents.withDetailStarting(mark).get(0).id();

        assertRefused("UPDATE audit_event SET detail = 'changed' WHERE id = " + id);
        assertRefused("UPDATE audit_event SET chain_seq = 999999999, hash = 'x', detail = 'changed' WHERE id = " + id);
        assertRefused("DELETE FROM audit_event WHERE id = " + id);
        assertRefused("TRUNCATE audit_event");

        sealer.seal();
        ChainedEvents.Row linked = ChainedEvents.byId(id);
        assertEquals(mark, linked.detail(), "linking once is allowed, and changes nothing else");
        assertRefused("UPDATE audit_event SET hash = '" + "f".repeat(64) + "' WHERE id = " + id);
        assertRefused("UPDATE audit_event SET chain_seq = NULL, hash = NULL WHERE id = " + id);

        AuditChain.Head head = ChainedEvents.head();
        assertRefused("UPDATE audit_chain_head SET last_seq = " + (head.lastSeq() - 1) + " WHERE id = 1");
        assertRefused("DELETE FROM audit_chain_head");
        assertRefused("TRUNCATE audit_chain_head");
        assertEquals(head, ChainedEvents.head());
        assertTrue(ChainedEvents.verify().intact());
    }

    private static void assertRefused(String sql) throws SQLException {
        try (Connection connection = ChainedEvents.connection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
            assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
            assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
        }
    }

}
