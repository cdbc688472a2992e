package clinic.letdown.account;

import java.util.EnumSet;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import clinic.letdown.web.ClinicConfig;

/**
 * On a start with no administrator, creates one from CLINIC_ADMIN_USERNAME and
 * CLINIC_ADMIN_PASSWORD, or says in the log how to. There is no default password.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    ClinicConfig config;

    @Inject
    AccountService accounts;

    @ActivateRequestContext
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (Account.anyEnabledAdmin()) {
            return;
        }
        var username = config.admin().username().filter(u -> !u.isBlank());
        var password = config.admin().password().filter(p -> !p.isBlank());
        if (username.isEmpty() || password.isEmpty()) {
            if (!config.demo()) {
                LOG.warn("No administrator account exists. To create the first one, set CLINIC_ADMIN_USERNAME and"
                        + " CLINIC_ADMIN_PASSWORD (at least 8 characters) and restart; then sign in and change"
                        + " the password.");
            }
            return;
        }
        if (Passwords.tooShort(password.get()) || Passwords.tooLong(password.get())) {
            LOG.error("CLINIC_ADMIN_PASSWORD must be 8 to 72 characters long; no administrator was created.");
            return;
        }
        try {
            if (Account.usernameTaken(username.get())) {
                LOG.errorf("CLINIC_ADMIN_USERNAME %s belongs to an account without the ADMIN role; choose another.",
                        Account.normalizeUsername(username.get()));
                return;
            }
            accounts.create(username.get(), "Administrator", EnumSet.of(Role.ADMIN), password.get(), false);
            LOG.infof("Created the first administrator account %s.", Account.normalizeUsername(username.get()));
        } catch (RuntimeException raceWithAnotherNode) {
            LOG.info("Another node created the first administrator at the same moment.");
        }
    }
}
