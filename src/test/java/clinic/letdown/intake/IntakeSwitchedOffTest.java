package clinic.letdown.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.WebSession;

/** clinic.intake.enabled=false: no intake page, no offer in the portal, no summary on the client's page. */
@QuarkusTest
@TestProfile(IntakeSwitchedOffTest.IntakeOff.class)
class IntakeSwitchedOffTest {

    public static class IntakeOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("clinic.intake.enabled", "false");
        }

        /** Keeps the suite's profiles (test, or test,pg on PostgreSQL). */
        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Test
    void theClinicSwitchesTheIntakeOff() {
        PortalFixtures.Family family = PortalFixtures.family();
        WebSession me = family.portal().signIn();
        assertNull(me.page("/portal").selectFirst(".intake-offer"));
        assertEquals(404, me.get("/portal/intake").statusCode());
        assertEquals(404, me.get("/portal/intake/birth").statusCode());
        WebSession consultant = family.consultant().signIn();
        assertEquals(404, consultant.get("/clients/" + family.clientId() + "/intake").statusCode());
        assertNull(consultant.page("/clients/" + family.clientId()).selectFirst(".intake-summary"));
        assertNull(consultant.page("/clients/" + family.clientId() + "/consultations/new").selectFirst(".intake-summary"));
    }
}
