package clinic.letdown.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import clinic.letdown.support.WebSession;

/**
 * Writes under load, SIGKILL in the middle, restart: every write that got a success answer is
 * there and the database opens cleanly.
 */
class CrashSafetyIT {

    @TempDir
    Path data;

    @Test
    void everyConfirmedWriteSurvivesAKill() throws Exception {
        List<String> confirmed = new CopyOnWriteArrayList<>();
        AtomicBoolean killed = new AtomicBoolean();
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_ADMIN_USERNAME", "crash-admin")
                .with("CLINIC_ADMIN_PASSWORD", "crash-admin-password").start()) {
            RestAssured.port = app.port();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    WebSession admin = WebSession.signIn("crash-admin", "crash-admin-password");
                    for (int i = 0; !killed.get(); i++) {
                        String username = "written-" + writer + "-" + i;
                        try {
                            Response response = admin.post("/admin/users", "username", username, "displayName",
                                    "Written " + i, "roles", "CONSULTANT", "temporaryPassword", "temporary-1",
                                    "version", "0");
                            if (response.statusCode() == 303) {
                                confirmed.add(username);
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            while (confirmed.size() < 60) {
                Thread.sleep(20);
            }
            app.kill();
            killed.set(true);
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue(confirmed.size() >= 60);

        try (PackagedApp restarted = PackagedApp.onH2(data).start()) {
            RestAssured.port = restarted.port();
            WebSession admin = WebSession.signIn("crash-admin", "crash-admin-password");
            for (String username : confirmed) {
                assertEquals(1, admin.page("/admin/users?q=" + username).select("table.list tbody tr").stream()
                        .filter(row -> row.text().startsWith(username + " ")).count(),
                        username + " was confirmed before the kill and must be there");
            }
        }
    }
}
