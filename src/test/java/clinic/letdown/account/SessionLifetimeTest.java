package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** A session ends at its absolute lifetime (12 hours in production, 10 seconds here) however busy. */
@QuarkusTest
@TestProfile(SessionLifetimeTest.ShortLifetime.class)
class SessionLifetimeTest {

    public static class ShortLifetime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clinic.session-lifetime", "PT10S");
        }

        /** Keeps the suite's profiles (test, or test,pg on PostgreSQL). */
        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Test
    void aSessionWithinItsIdleTimeoutEndsAtItsLifetime() throws InterruptedException {
        WebSession session = TestAccounts.admin().signIn();
        long signedIn = System.nanoTime();
        assertEquals(200, session.get("/admin").statusCode());
        while (System.nanoTime() - signedIn < 11_000_000_000L) {
            Thread.sleep(1000);
            session.get("/admin");
        }
        assertEquals(302, session.get("/admin").statusCode(), "10 seconds after sign-in: signed out, however busy");
    }
}
