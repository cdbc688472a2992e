package clinic.letdown.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.account.Account;
import clinic.letdown.support.TestAccounts;

/** Scenario 1: an admin creates a consultant, who signs in, chooses a password and signs out. */
@QuarkusTest
class AccountsBrowserTest extends BrowserTest {

    @Test
    void adminCreatesConsultantWhoSignsInChangesPasswordAndSignsOut() throws Exception {
        TestAccounts.Created admin = TestAccounts.admin();
        signIn(admin.username(), admin.password());
        assertEquals("/admin", path());
        checkAccessibility();
        screenshotForDocs("admin-home");

        visit("/admin/users/new");
        String username = TestAccounts.uniqueName("maya");
        type("username", username);
        type("displayName", "Maya Lindqvist, IBCLC");
        String temporary = field("temporaryPassword").getAttribute("value");
        assertTrue(temporary.length() >= 8, "a temporary password is suggested");
        screenshotForDocs("admin-new-account");
        submit("form[action='/admin/users']");
        assertTrue(mainText().contains("Account " + username + " created"), mainText());
        checkAccessibility();
        visit("/admin/users");
        screenshotForDocs("admin-accounts");
        signOut();

        signIn(username, temporary);
        assertEquals("/account/password", path(), "a temporary password must be changed first");
        assertTrue(mainText().contains("temporary password"));
        checkAccessibility();
        type("currentPassword", temporary);
        type("newPassword", "letdown-own-password-1");
        type("confirmPassword", "letdown-own-password-1");
        screenshot("change-password");
        submit("form[action='/account/password']");
        assertEquals("/clients", path());
        assertTrue(driver.findElement(By.cssSelector(".account-menu .who")).getText().contains("Maya Lindqvist"));
        signOut();
        assertEquals("/login", path());
        assertTrue(mainText().contains("You are signed out"));
        screenshotForDocs("login");

        Account stored = QuarkusTransaction.requiringNew()
                .call(() -> Account.<Account>find("username", username.toLowerCase()).firstResult());
        assertTrue(stored != null && !stored.mustChangePassword, "the new password is stored, no longer temporary");
    }
}
