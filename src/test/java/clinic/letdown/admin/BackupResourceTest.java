package clinic.letdown.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

@QuarkusTest
class BackupResourceTest {

    static final String KEY = "test-only-backup-key-never-use-in-production";

    @Inject
    DatabaseBackup backup;

    private static boolean onH2() {
        return "h2".equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }

    private static Path workDir() {
        return Path.of(ConfigProvider.getConfig().getValue("clinic.backup.work-dir", String.class));
    }

    @Test
    void onlyAdminsReachBackups() {
        assertEquals(302, WebSession.anonymous().get("/admin/backup").statusCode());
        assertEquals(403, TestAccounts.consultant().signIn().get("/admin/backup").statusCode());
        assertEquals(403, TestAccounts.consultant().signIn().post("/admin/backup").statusCode());
        assertEquals(200, TestAccounts.admin().signIn().get("/admin/backup").statusCode());
    }

    /** The README's restore: decrypt with the key, H2's RunScript reads it into an empty database, every record is there. */
    @Test
    void aDownloadedBackupIsEncryptedAndRestoresIntoAnEmptyDatabase() throws Exception {
        Assumptions.assumeTrue(onH2(), "PostgreSQL clinics back up with pg_dump; the page says so");
        TestAccounts.Created marker = TestAccounts.consultant();
        TestAccounts.Created admin = TestAccounts.admin();
        Response response = admin.signIn().post("/admin/backup", "currentPassword", admin.password());
        assertEquals(200, response.statusCode());
        assertTrue(response.header("Content-Disposition")
                .matches("attachment; filename=\"letdown-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.sql\\.gz\\.enc\""));
        byte[] body = response.asByteArray();
        assertEquals("LDBK", new String(body, 0, 4, StandardCharsets.US_ASCII), "our encrypted format");
        assertFalse(new String(body, StandardCharsets.ISO_8859_1).contains(marker.username()), "no readable record");
        assertThrows(IOException.class, () -> BackupCipher.decrypt(new ByteArrayInputStream(body), OutputStream.nullOutputStream(),
                "another-key-of-at-least-thirty-two-characters"), "another key opens nothing");
        byte[] tampered = body.clone();
        tampered[tampered.length / 2] ^= 1;
        assertThrows(IOException.class, () -> BackupCipher.decrypt(new ByteArrayInputStream(tampered),
                OutputStream.nullOutputStream(), KEY), "a changed byte is found out");

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        BackupCipher.decrypt(new ByteArrayInputStream(body), plain, KEY);
        assertEquals(0x1f, plain.toByteArray()[0] & 0xff, "decrypted: gzip");
        Path file = Files.createTempFile("restore-", ".sql.gz");
        Files.write(file, plain.toByteArray());
        String url = "jdbc:h2:mem:restore-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection restored = DriverManager.getConnection(url, "sa", "");
                Statement statement = restored.createStatement()) {
            org.h2.tools.RunScript.main("-url", url, "-user", "sa", "-script", file.toString(),
                    "-options", "compression", "gzip");
            ResultSet rows = statement.executeQuery(
                    "select count(*) from account where username = '" + marker.username() + "'");
            rows.next();
            assertEquals(1, rows.getInt(1), "the account made before the backup is in the restored copy");
        } finally {
            Files.deleteIfExists(file);
        }
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", AuditAction.BACKUP));
        assertTrue(audited >= 1, "the download is audited");
        assertEquals("", leftovers(), "nothing is left in the work directory");
    }

    @Test
    void theDownloadAsksForTheAdminsPasswordAgain() {
        Assumptions.assumeTrue(onH2());
        TestAccounts.Created admin = TestAccounts.admin();
        WebSession session = admin.signIn();
        assertTrue(session.page("/admin/backup").selectFirst("form input#currentPassword[type=password]") != null);
        long backupsBefore = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", AuditAction.BACKUP));
        for (String wrong : new String[] { "", "not-my-password" }) {
            Response refused = session.post("/admin/backup", "currentPassword", wrong);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.contentType().startsWith("text/html"), "the page again, no file");
            Document page = Jsoup.parse(refused.body().asString());
            assertEquals("That is not your current password.", page.selectFirst("#currentPassword-error").text());
        }
        assertEquals(backupsBefore, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action", AuditAction.BACKUP)));
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                admin.username(), AuditAction.PASSWORD_CONFIRMATION_FAILED)));
    }

    @Test
    void eachBackupIsMadeInAPrivateDirectory() throws Exception {
        Path directory = backup.privateDirectory();
        try {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
            assertTrue(directory.startsWith(workDir()));
        } finally {
            DatabaseBackup.delete(directory);
        }
        assertFalse(Files.exists(directory));
    }

    /** A client that leaves before the first byte leaves no file behind. */
    @Test
    void aDownloadAbortedBeforeItsFirstByteLeavesNothing() throws Exception {
        Assumptions.assumeTrue(onH2());
        TestAccounts.Created admin = TestAccounts.admin();
        WebSession session = admin.signIn();
        String token = session.page("/admin/backup").selectFirst("input[name=" + WebSession.CSRF_FIELD + "]").val();
        String cookies = session.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        String body = WebSession.CSRF_FIELD + "=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8) + "&currentPassword="
                + admin.password();
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (int i = 1; i <= 2; i++) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /admin/backup HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookies
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // the backup is made (and audited) just before its answer starts: leave at that moment, reading nothing
                while (System.nanoTime() < deadline && audited(admin) < i) {
                    Thread.sleep(20);
                }
                socket.setSoLinger(true, 0);
            }
        }
        assertEquals(2, audited(admin), "both backups were made");
        while (System.nanoTime() < deadline && !leftovers().isEmpty()) {
            Thread.sleep(200);
        }
        assertEquals("", leftovers(), "every backup's files are gone");
    }

    @Test
    void withoutCsrfNoBackupIsMade() {
        assertEquals(400, TestAccounts.admin().signIn().postWithoutCsrf("/admin/backup").statusCode());
    }

    @Test
    void encryptionRoundTripsAnySize() throws Exception {
        Random random = new Random(7);
        for (int size : new int[] { 0, 1, BackupCipher.SEGMENT - 1, BackupCipher.SEGMENT, 2 * BackupCipher.SEGMENT + 5 }) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            BackupCipher.encrypt(new ByteArrayInputStream(data), sealed, KEY);
            ByteArrayOutputStream opened = new ByteArrayOutputStream();
            BackupCipher.decrypt(new ByteArrayInputStream(sealed.toByteArray()), opened, KEY);
            assertTrue(java.util.Arrays.equals(data, opened.toByteArray()), "size " + size);
            if (size > BackupCipher.SEGMENT) {
                byte[] cut = java.util.Arrays.copyOf(sealed.toByteArray(), sealed.size() - (size - 2 * BackupCipher.SEGMENT) - 16);
                assertThrows(IOException.class, () -> BackupCipher.decrypt(new ByteArrayInputStream(cut),
                        OutputStream.nullOutputStream(), KEY), "a backup cut at a segment's end is found out");
            }
        }
    }

    private static long audited(TestAccounts.Created admin) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("actor = ?1 and action = ?2",
                admin.username(), AuditAction.BACKUP));
    }

    private static String leftovers() throws IOException {
        if (!Files.isDirectory(workDir())) {
            return "";
        }
        try (Stream<Path> files = Files.walk(workDir())) {
            return files.filter(p -> !p.equals(workDir())).map(Path::toString).collect(Collectors.joining(", "));
        }
    }
}
