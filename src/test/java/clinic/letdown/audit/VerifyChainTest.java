package clinic.letdown.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The operator's command: exit 0 and the head when intact, 1 and the broken link's event, 2 when it cannot check. */
@QuarkusTest
class VerifyChainTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainSealer sealer;

    @Test
    void theCommandChecksTheDatabaseItIsPointedAt() throws Exception {
        String mark = "command " + UUID.randomUUID();
        audit.recordAs("chain-tester", null, AuditAction.VIEW, RecordType.REPORT, null, null, mark);
        sealer.seal();
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse("");
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");

        Output intact = run(List.of("--url", url, "--user", user), password);
        assertEquals(0, intact.status(), intact.text());
        AuditChain.Head head = ChainedEvents.head();
        assertTrue(intact.text().startsWith("Audit chain intact: " + head.lastSeq() + " event(s) checked"), intact.text());
        assertTrue(intact.text().contains("hash " + head.lastHash()), intact.text());

        ChainedEvents.Row row = ChainedEvents.withDetailStarting(mark).get(0);
        try {
            ChainedEvents.tamper("UPDATE audit_event SET actor = ? WHERE id = ?", "someone-else", row.id());
            Output broken = run(List.of("--url", url, "--user", user), password);
            assertEquals(1, broken.status(), broken.text());
            assertTrue(broken.text().contains("event #" + row.id() + " at place " + row.chainSeq() + " was changed"),
                    broken.text());
        } finally {
            ChainedEvents.tamper("UPDATE audit_event SET actor = ? WHERE id = ?", row.actor(), row.id());
        }
        assertEquals(0, run(List.of("--url", url, "--user", user), password).status());
    }

    @Test
    void withoutAUrlOrWithAWrongOneItSaysSoAndExitsWithTwo() {
        Output usage = run(List.of("--user", "x"), null);
        assertEquals(2, usage.status());
        assertTrue(usage.text().startsWith("usage: VerifyChain"), usage.text());
        Output unknown = run(List.of("--url", "jdbc:h2:mem:x", "--password", "secret"), null);
        assertEquals(2, unknown.status(), "a password on the command line is refused: " + unknown.text());
        Output nowhere = run(List.of("--url", "jdbc:nosuchdriver://here"), null);
        assertEquals(2, nowhere.status());
        assertTrue(nowhere.text().startsWith("Cannot check the audit chain"), nowhere.text());
    }

    private record Output(int status, String text) {
    }

    private static Output run(List<String> args, String password) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = VerifyChain.run(args, password, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8).trim());
    }
}
