package clinic.letdown.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import clinic.letdown.support.WebSession;

/** How the packaged app starts in production: key required, first admin from the environment, no demo. */
class ProductionStartIT {

    @TempDir
    Path data;

    @Test
    void refusesToStartWithoutASessionKey() throws Exception {
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_SESSION_KEY", null)) {
            assertNotEquals(0, app.startExpectingExit());
            assertTrue(app.output().contains("No session key configured. Set the environment variable CLINIC_SESSION_KEY"),
                    app.output());
        }
    }

    @Test
    void refusesAShortKeyWithoutPrintingIt() throws Exception {
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_SESSION_KEY", "tiny-key-123")) {
            assertNotEquals(0, app.startExpectingExit());
            assertTrue(app.output().contains("CLINIC_SESSION_KEY is too short"));
            assertFalse(app.output().contains("tiny-key-123"), "the key is never logged");
        }
    }

    @Test
    void refusesToStartWithoutACsrfKeyOrWithTheSessionKeyAsIt() throws Exception {
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_CSRF_KEY", null)) {
            assertNotEquals(0, app.startExpectingExit());
            assertTrue(app.output().contains("No CSRF key configured. Set the environment variable CLINIC_CSRF_KEY"),
                    app.output());
        }
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_CSRF_KEY", PackagedApp.SESSION_KEY)) {
            assertNotEquals(0, app.startExpectingExit());
            assertTrue(app.output().contains("CLINIC_CSRF_KEY must differ from CLINIC_SESSION_KEY"), app.output());
            assertFalse(app.output().contains(PackagedApp.SESSION_KEY), "the key is never logged");
        }
    }

    /** Production is served over HTTPS: the form token's cookie is __Host- and Secure, and holds the token's HMAC. */
    @Test
    void theCsrfCookieIsSignedAndHostPrefixed() throws Exception {
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_ADMIN_USERNAME", "boss")
                .with("CLINIC_ADMIN_PASSWORD", "harbor-lantern-first-2026").start()) {
            RestAssured.port = app.port();
            WebSession session = ClinicPages.signInChangingTemporaryPassword("boss", "harbor-lantern-first-2026");
            Response page = session.get("/admin");
            String token = session.csrfToken();
            io.restassured.http.Cookie cookie = page.detailedCookie("__Host-letdown-csrf");
            if (cookie == null) {
                cookie = WebSession.anonymous().get("/login").detailedCookie("__Host-letdown-csrf");
            }
            assertTrue(cookie.isSecured() && "/".equals(cookie.getPath()) && cookie.getDomain() == null, cookie.toString());
            assertEquals(io.quarkus.csrf.reactive.runtime.CsrfTokenUtils.signCsrfToken(token, PackagedApp.CSRF_KEY),
                    session.cookie("__Host-letdown-csrf"));
            assertEquals(303, session.post("/logout").statusCode(), "and forms work");
        }
    }

    @Test
    void theFirstAdminComesFromTheEnvironmentAndThereAreNoDemoAccounts() throws Exception {
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_ADMIN_USERNAME", "Boss")
                .with("CLINIC_ADMIN_PASSWORD", "first-clinic-password").start()) {
            RestAssured.port = app.port();
            Response home = WebSession.signIn("boss", "first-clinic-password").get("/");
            assertTrue(home.header("Location").endsWith("/account/password"), "the password from the environment is temporary");
            WebSession boss = ClinicPages.signInChangingTemporaryPassword("boss", "first-clinic-password");
            assertTrue(boss.get("/").header("Location").endsWith("/admin"));
            assertTrue(WebSession.anonymous().login("admin", "admin-demo-2026").header("Location").contains("error"),
                    "no demo account outside demo mode");
            assertTrue(app.output().contains("Created the first administrator account boss"));
            assertFalse(app.output().contains(PackagedApp.SESSION_KEY), "the key is never logged");
            assertFalse(app.output().contains("first-clinic-password"), "nor the password");
        }
        try (PackagedApp again = PackagedApp.onH2(data).start()) {
            RestAssured.port = again.port();
            WebSession.signIn("boss", ClinicPages.NEW_PASSWORD);
            assertFalse(again.output().contains("No administrator account exists"), "the admin survives restarts");
        }
    }

    @Test
    void withoutAdminSettingsTheLogSaysHowToCreateOne() throws Exception {
        try (PackagedApp app = PackagedApp.onH2(data).start()) {
            assertTrue(app.output().contains("No administrator account exists. To create the first one, set"
                    + " CLINIC_ADMIN_USERNAME"), app.output());
            RestAssured.port = app.port();
            assertEquals(302, WebSession.anonymous().get("/admin").statusCode());
        }
    }

    /**
     * CLINIC_BACKUP_KEY is not required to start (a clinic may back up its data folder otherwise),
     * but without it no backup is ever written unencrypted: the log says backups are off, the page
     * says how to turn them on, and a short key refuses to start like a short session key.
     */
    @Test
    void withoutABackupKeyBackupsAreOffAndAShortKeyRefusesToStart() throws Exception {
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_BACKUP_KEY", null)
                .with("CLINIC_ADMIN_USERNAME", "keyless").with("CLINIC_ADMIN_PASSWORD", "river-stone-first-2026").start()) {
            assertTrue(app.output().contains("CLINIC_BACKUP_KEY is not set: backups from Admin > Backups are off"),
                    app.output());
            RestAssured.port = app.port();
            WebSession admin = ClinicPages.signInChangingTemporaryPassword("keyless", "river-stone-first-2026");
            assertTrue(admin.page("/admin/backup").text().contains("Backups are off"));
            Response refused = admin.post("/admin/backup", "currentPassword", ClinicPages.NEW_PASSWORD);
            assertTrue(refused.contentType().startsWith("text/html"), "no file without a key");
        }
        try (PackagedApp app = PackagedApp.onH2(data).with("CLINIC_BACKUP_KEY", "short-backup-key")) {
            assertNotEquals(0, app.startExpectingExit());
            assertTrue(app.output().contains("CLINIC_BACKUP_KEY is too short"), app.output());
            assertFalse(app.output().contains("short-backup-key"), "the key is never logged");
        }
    }
}
