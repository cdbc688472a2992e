package clinic.letdown.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import clinic.letdown.support.WebSession;

/** The README's restore procedure, followed to the letter: backup from one instance, restore into a fresh one. */
class BackupRestoreIT {

    @TempDir
    Path original;

    @TempDir
    Path fresh;

    @Test
    void aBackupRestoresIntoAFreshInstanceWithEveryRecord() throws Exception {
        Path backup = Files.createTempFile("letdown-backup-", ".sql.gz");
        String auditBefore;
        try (PackagedApp app = PackagedApp.onH2(original).with("CLINIC_ADMIN_USERNAME", "backup-admin")
                .with("CLINIC_ADMIN_PASSWORD", "backup-admin-password").start()) {
            RestAssured.port = app.port();
            WebSession admin = WebSession.signIn("backup-admin", "backup-admin-password");
            for (int i = 0; i < 5; i++) {
                assertEquals(303, admin.post("/admin/users", "username", "kept-" + i, "displayName", "Kept " + i,
                        "roles", "CONSULTANT", "temporaryPassword", "temporary-1", "version", "0").statusCode());
            }
            auditBefore = admin.page("/admin/audit?action=ACCOUNT_CREATED").select("table.list tbody tr").text();
            Response download = admin.post("/admin/backup");
            assertEquals(200, download.statusCode());
            Files.write(backup, download.asByteArray());
        }

        // README, Backups: restore with H2's RunScript into an empty data folder, then start the app on it.
        Path h2Jar;
        try (Stream<Path> jars = Files.list(Path.of("target", "quarkus-app", "lib", "main"))) {
            h2Jar = jars.filter(p -> p.getFileName().toString().startsWith("com.h2database.h2-")).findFirst().orElseThrow();
        }
        Process restore = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", h2Jar.toString(), "org.h2.tools.RunScript",
                "-url", "jdbc:h2:file:" + fresh.toAbsolutePath() + File.separator
                        + "letdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "-user", "sa", "-script", backup.toString(), "-options", "compression", "gzip")
                .inheritIO().start();
        assertEquals(0, restore.waitFor());

        try (PackagedApp restored = PackagedApp.onH2(fresh).start()) {
            RestAssured.port = restored.port();
            WebSession admin = WebSession.signIn("backup-admin", "backup-admin-password");
            for (int i = 0; i < 5; i++) {
                assertTrue(admin.page("/admin/users?q=kept-" + i).text().contains("Kept " + i));
            }
            String auditAfter = admin.page("/admin/audit?action=ACCOUNT_CREATED").select("table.list tbody tr").text();
            assertEquals(auditBefore, auditAfter, "the audit trail is restored too");
            assertTrue(!restored.output().contains("Migrating schema"), "the restored schema is already current");
        } finally {
            Files.deleteIfExists(backup);
        }
        List.of(original, fresh).forEach(dir -> assertTrue(Files.exists(dir.resolve("letdown.mv.db"))));
    }
}
