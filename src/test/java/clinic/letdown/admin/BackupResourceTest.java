package clinic.letdown.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class BackupResourceTest {

    private static boolean onH2() {
        return "h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    @Test
    void onlyAdminsReachBackups() {
        assertEquals(302, WebSession.anonymous().get("/admin/backup").statusCode());
        assertEquals(403, TestAccounts.consultant().signIn().get("/admin/backup").statusCode());
        assertEquals(403, TestAccounts.consultant().signIn().post("/admin/backup").statusCode());
        assertEquals(200, TestAccounts.admin().signIn().get("/admin/backup").statusCode());
    }

    /** The README's restore: H2's RunScript reads the backup into an empty database, and every record is there. */
    @Test
    void aDownloadedBackupRestoresIntoAnEmptyDatabase() throws Exception {
        Assumptions.assumeTrue(onH2(), "PostgreSQL clinics back up with pg_dump; the page says so");
        TestAccounts.Created marker = TestAccounts.consultant();
        WebSession admin = TestAccounts.admin().signIn();
        Response response = admin.post("/admin/backup");
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Content-Disposition").matches("attachment; filename=\"letdown-backup-.*\\.sql\\.gz\""));
        byte[] body = response.asByteArray();
        assertEquals(0x1f, body[0] & 0xff, "gzip");

        Path file = Files.createTempFile("restore-", ".sql.gz");
        Files.write(file, body);
        String url = "jdbc:h2:mem:restore-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection restored = DriverManager.getConnection(url, "sa", "");
                Statement statement = restored.createStatement()) {
            org.h2.tools.RunScript.main("-url", url, "-user", "sa", "-script", file.toString(),
                    "-options", "compression", "gzip");
            ResultSet rows = statement.executeQuery(
                    "select count(*) from account where username = '" + marker.username() + "'");
            rows.next();
            assertEquals(1, rows.getInt(1), "the account made before the backup is in the restored copy");
            long live = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count());
            ResultSet audit = statement.executeQuery("select count(*) from audit_event");
            audit.next();
            assertTrue(audit.getLong(1) > 0 && audit.getLong(1) <= live);
        } finally {
            Files.deleteIfExists(file);
        }
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", AuditAction.BACKUP));
        assertTrue(audited >= 1, "the download is audited");
    }

    @Test
    void withoutCsrfNoBackupIsMade() {
        assertEquals(400, TestAccounts.admin().signIn().postWithoutCsrf("/admin/backup").statusCode());
    }
}
