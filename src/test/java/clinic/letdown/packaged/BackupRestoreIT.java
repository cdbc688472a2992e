package clinic.letdown.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import clinic.letdown.support.WebSession;

/**
 * The README's backup and restore procedure, followed to the letter: clinical records made
 * through the pages, a backup downloaded from Admin → Backups while consultants keep working,
 * the app stopped, the database file moved away, the README's RunScript command run as
 * written, the app started again: every record is found through the pages with its content.
 */
class BackupRestoreIT {

    private static final String ADMIN = "backup-admin";
    private static final String ADMIN_PASSWORD = "first-backup-password";

    /** The folder the README's command runs in: {@code data/} and {@code target/} as on a server. */
    @TempDir
    Path install;

    /** Pages as they were before the backup, by path: their main content must come back unchanged. */
    private final Map<String, String> pagesBefore = new LinkedHashMap<>();

    @Test
    void aBackupRestoresIntoAFreshDatabaseWithEveryRecord() throws Exception {
        Path data = Files.createDirectories(install.resolve("data"));
        Files.createSymbolicLink(install.resolve("target"), Path.of("target").toAbsolutePath());
        String auditBefore;
        List<String> notes = new ArrayList<>();
        Path backup;
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_ADMIN_USERNAME", ADMIN)
                .with("CLINIC_ADMIN_PASSWORD", ADMIN_PASSWORD).start()) {
            RestAssured.port = app.port();
            WebSession admin = ClinicPages.signInChangingTemporaryPassword(ADMIN, ADMIN_PASSWORD);
            for (int i = 0; i < 3; i++) {
                assertTrue(ClinicPages.createAccount(admin, "kept-" + i, "Kept " + i, "CONSULTANT"));
                remember(admin, "/admin/users?q=kept-" + i);
            }
            Long humming = ClinicPages.createStrategy(admin, "Humming before feeds", "Humming slows the breath.",
                    "Hum a low tune.\nBreathe out slowly.");
            Long warmth = ClinicPages.createStrategy(admin, "Warm shawl", "Warmth relaxes the shoulders.",
                    "Wrap a warm shawl.\nSit back.");
            assertNotNull(humming);
            assertNotNull(warmth);

            WebSession consultant = ClinicPages.consultant(admin, "backup-consultant");
            String consultantId = ClinicPages.ownConsultantId(consultant);
            List<Long> clients = new ArrayList<>();
            List<Long> visits = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Long client = ClinicPages.createClient(consultant, consultantId, "Rosa" + i, "Restored" + i, "Baby" + i,
                        "Notes of Rosa " + i);
                assertNotNull(client);
                clients.add(client);
                Long visit = ClinicPages.chartConsultation(consultant, client, "Reason kept " + i, "Difficulty detail " + i);
                assertNotNull(visit);
                visits.add(visit);
            }
            Response twin = consultant.post("/clients/" + clients.get(0) + "/babies", "babyName", "Second twin",
                    "babyDateOfBirth", java.time.LocalDate.now().minusDays(20).toString(), "babyGestationalAgeWeeks", "37",
                    "babyBirthWeightGrams", "2900", "babyVersion", "0");
            assertEquals(303, twin.statusCode(), twin.body().asString());

            Long active = ClinicPages.createPlan(consultant, clients.get(0), "Calm letdown plan",
                    List.of(new ClinicPages.Goal("Letdown within 2 minutes", "5 of 7 days"),
                            new ClinicPages.Goal("Pump 60 ml", "by week 3")),
                    List.of(new ClinicPages.Activity(humming, "Hum for a minute before latching.", "every feed"),
                            new ClinicPages.Activity(warmth, "Shawl on while pumping.", "mornings")));
            Long draft = ClinicPages.createPlan(consultant, clients.get(1), "Draft plan kept",
                    List.of(new ClinicPages.Goal("Less pain at latch", "pain under 3")),
                    List.of(new ClinicPages.Activity(warmth, "Warm shawl at night.", "nightly")));
            assertNotNull(active);
            assertNotNull(draft);
            ClinicPages.activate(consultant, active);

            WebSession portal = ClinicPages.portalClient(consultant, clients.get(0), "rosa-portal");
            String hummingActivity = Jsoup.parse(portal.get("/portal/log").body().asString())
                    .selectFirst("input[name=activities]").val();
            for (int i = 0; i < 4; i++) {
                String note = "Logged note " + i;
                assertTrue(i % 2 == 0 ? ClinicPages.logEntry(portal, note, "2", hummingActivity)
                        : ClinicPages.logEntry(portal, note, "4"));
                notes.add(note);
            }
            // the pages as they are now, after every write, to compare with the restored ones
            visits.forEach(visit -> remember(consultant, "/consultations/" + visit));
            remember(consultant, "/careplans/" + active);
            remember(consultant, "/careplans/" + draft);
            remember(admin, "/strategies/" + humming);
            remember(admin, "/strategies/" + warmth);
            remember(portal, "/portal/log");
            remember(portal, "/portal");
            for (long client : clients) {
                remember(consultant, "/clients/" + client);
            }
            remember(consultant, "/clients/" + clients.get(0) + "/letdown-log");
            auditBefore = admin.page("/admin/audit?action=ACCOUNT_CREATED").select("table.list tbody tr").text();

            // a backup taken while a consultant keeps charting: one consistent snapshot
            backup = downloadBackupWhileWriting(admin, consultant, consultantId);
        }
        assertTrue(Files.exists(data.resolve("letdown.mv.db")));

        // README, Backups: "stop the app" (done above), "move the old letdown.mv.db out of the data folder"
        Path moved = Files.createDirectories(install.resolve("old"));
        Files.move(data.resolve("letdown.mv.db"), moved.resolve("letdown.mv.db"));
        runReadmeRestoreCommand(backup);

        // "then start the app again"
        try (PackagedApp restored = PackagedApp.onH2(data).start()) {
            RestAssured.port = restored.port();
            assertFalse(restored.output().contains("Migrating schema"), "the restored schema is already current");
            WebSession admin = WebSession.signIn(ADMIN, ClinicPages.NEW_PASSWORD);
            WebSession consultant = WebSession.signIn("backup-consultant", ClinicPages.NEW_PASSWORD);
            for (Map.Entry<String, String> page : pagesBefore.entrySet()) {
                if (!page.getKey().startsWith("/portal")) {
                    WebSession session = page.getKey().startsWith("/admin") || page.getKey().startsWith("/strategies")
                            ? admin : consultant;
                    assertEquals(page.getValue(), main(session, page.getKey()), page.getKey() + " is restored as it was");
                }
            }
            // the client signs in last: her sign-in shows on the consultant's pages
            WebSession portal = WebSession.signIn("rosa-portal", ClinicPages.NEW_PASSWORD);
            assertEquals(sorted(notes), sorted(ClinicPages.loggedNotes(portal)), "every log entry");
            for (String path : List.of("/portal", "/portal/log")) {
                assertEquals(pagesBefore.get(path), main(portal, path), path + " is restored as it was");
            }
            // and the content that matters is on those pages (not only "the same as before")
            assertTrue(pagesBefore.get("/consultations/" + firstNumber(pagesBefore, "/consultations/"))
                    .contains("Difficulty detail"));
            assertTrue(pagesBefore.values().stream().anyMatch(p -> p.contains("Hum for a minute before latching.")
                    && p.contains("Letdown within 2 minutes") && p.contains("Pump 60 ml")));
            assertTrue(pagesBefore.values().stream().anyMatch(p -> p.contains("Second twin") && p.contains("Rosa0 Restored0")));
            assertTrue(pagesBefore.values().stream().anyMatch(p -> p.contains("Humming slows the breath.")));
            assertTrue(pagesBefore.get("/portal/log").contains("Logged note 3"));
            assertEquals(auditBefore, admin.page("/admin/audit?action=ACCOUNT_CREATED").select("table.list tbody tr").text(),
                    "the audit trail is restored too");
        } finally {
            Files.deleteIfExists(backup);
        }
    }

    private Path downloadBackupWhileWriting(WebSession admin, WebSession consultant, String consultantId) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Integer> written = writer.submit(() -> {
            int n = 0;
            while (!done.get()) {
                Long client = ClinicPages.createClient(consultant, consultantId, "During", "Backup" + n, "Kid", null);
                if (client != null) {
                    ClinicPages.chartConsultation(consultant, client, "During backup " + n, "");
                }
                n++;
            }
            return n;
        });
        Thread.sleep(300);
        Response download = admin.post("/admin/backup", "currentPassword", ClinicPages.NEW_PASSWORD);
        done.set(true);
        assertTrue(written.get(60, TimeUnit.SECONDS) > 0);
        writer.shutdown();
        assertEquals(200, download.statusCode());
        Matcher name = Pattern.compile("filename=\"(letdown-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.sql\\.gz\\.enc)\"")
                .matcher(download.header("Content-Disposition"));
        assertTrue(name.find(), download.header("Content-Disposition"));
        Path file = install.resolve(name.group(1));
        Files.write(file, download.asByteArray());
        return file;
    }

    /**
     * Runs the README's restore block as written (decrypt with the app's tool, H2's RunScript, delete
     * the decrypted copy), in a folder laid out like the README's, with the key in the environment.
     */
    private void runReadmeRestoreCommand(Path backup) throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```sh\n(java -cp 'target/quarkus-app/app/\\*' clinic\\.letdown\\.admin\\.BackupCipher[^`]*"
                + "org\\.h2\\.tools\\.RunScript[^`]*)```").matcher(readme);
        assertTrue(block.find(), "README has the decrypt and RunScript restore commands");
        String command = block.group(1);
        Matcher example = Pattern.compile("letdown-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.sql\\.gz").matcher(command);
        assertTrue(example.find(), "the command names a backup file like the downloads");
        String plainName = backup.getFileName().toString().replaceFirst("\\.enc$", "");
        command = example.replaceAll(Matcher.quoteReplacement(plainName));
        ProcessBuilder builder = new ProcessBuilder("bash", "-euc", command).directory(install.toFile())
                .redirectErrorStream(true);
        builder.environment().put("CLINIC_BACKUP_KEY", PackagedApp.BACKUP_KEY);
        Process restore = builder.start();
        String output = new String(restore.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, restore.waitFor(), "the README's restore command:\n" + command + "\n" + output);
        assertTrue(Files.exists(install.resolve("data").resolve("letdown.mv.db")), output);
        assertFalse(Files.exists(install.resolve(plainName)), "the decrypted copy is deleted");
    }

    private void remember(WebSession session, String path) {
        pagesBefore.put(path, main(session, path));
    }

    private static String main(WebSession session, String path) {
        Document page = session.page(path);
        page.select(".flash, form input[name=csrf-token]").remove();
        return page.selectFirst("main").text();
    }

    private static long firstNumber(Map<String, String> pages, String prefix) {
        return pages.keySet().stream().filter(p -> p.startsWith(prefix)).map(p -> Long.parseLong(p.substring(prefix.length())))
                .findFirst().orElseThrow();
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
