package clinic.letdown.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** Sessions die when they should: disabling, password changes, and idle timeout. */
@QuarkusTest
class SessionEndTest {

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession consultantSession = consultant.signIn();
        assertEquals(200, consultantSession.get("/account/password").statusCode());

        WebSession admin = TestAccounts.admin().signIn();
        assertEquals(303, admin.post("/admin/users/" + consultant.id() + "/disable").statusCode());

        assertEquals(302, consultantSession.get("/account/password").statusCode());
        Response again = WebSession.anonymous().login(consultant.username(), consultant.password());
        assertTrue(again.header("Location").endsWith("/login?error"), "a disabled account cannot sign in");

        assertEquals(303, admin.post("/admin/users/" + consultant.id() + "/enable").statusCode());
        consultant.signIn();
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession laptop = consultant.signIn();
        WebSession phone = consultant.signIn();

        Response change = laptop.post("/account/password", "currentPassword", consultant.password(),
                "newPassword", "a-brand-new-password", "confirmPassword", "a-brand-new-password");
        assertEquals(303, change.statusCode());

        assertEquals(200, laptop.get("/account/password").statusCode(), "the session that changed it goes on");
        assertEquals(302, phone.get("/account/password").statusCode(), "the other session has ended");
        WebSession.signIn(consultant.username(), "a-brand-new-password");
    }

    @Test
    void anAdminPasswordResetEndsTheSessionsAndForcesAChange() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        WebSession admin = TestAccounts.admin().signIn();
        assertEquals(303, admin.post("/admin/users/" + consultant.id() + "/password",
                "temporaryPassword", "temporary-123").statusCode());
        assertEquals(302, session.get("/account/password").statusCode());

        WebSession fresh = WebSession.signIn(consultant.username(), "temporary-123");
        Response anyPage = fresh.get("/");
        assertEquals(303, anyPage.statusCode());
        assertTrue(anyPage.header("Location").endsWith("/account/password"));
    }
}
