package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** The idle timeout (30 minutes in production) ends a session; here shortened to 3 seconds. */
@QuarkusTest
@TestProfile(IdleTimeoutTest.ShortSessions.class)
class IdleTimeoutTest {

    public static class ShortSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clinic.session-timeout", "PT3S");
        }

        /** Keeps the suite's profiles (test, or test,pg on PostgreSQL). */
        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Test
    void anIdleSessionEnds() throws InterruptedException {
        WebSession session = TestAccounts.admin().signIn();
        assertEquals(200, session.get("/admin").statusCode());
        Thread.sleep(1500);
        assertEquals(200, session.get("/admin").statusCode(), "still within the timeout");
        Thread.sleep(4000);
        assertEquals(302, session.get("/admin").statusCode(), "idle longer than the timeout: signed out");
    }
}
