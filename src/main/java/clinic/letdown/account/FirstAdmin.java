package clinic.letdown.account;

import java.util.EnumSet;
import java.util.Optional;

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

    public enum Outcome {
        ADMIN_EXISTS, CREATED, NOT_CONFIGURED, BAD_PASSWORD, USERNAME_TAKEN
    }

    @Inject
    ClinicConfig config;

    @Inject
    AccountService accounts;

    @Inject
    PasswordPolicy policy;

    @ActivateRequestContext
    void onStart(@Observes @Priority(10) StartupEvent event) {
        try {
            Outcome outcome = ensureAdmin(config.admin().username(), config.admin().password());
            switch (outcome) {
                case CREATED -> LOG.infof("Created the first administrator account %s; its password is temporary:"
                        + " sign in within %d days and choose a new one.",
                        Account.normalizeUsername(config.admin().username().orElseThrow()),
                        config.password().temporaryValidFor().toDays());
                case NOT_CONFIGURED -> {
                    if (!config.demo()) {
                        LOG.warn("No administrator account exists. To create the first one, set CLINIC_ADMIN_USERNAME"
                                + " and CLINIC_ADMIN_PASSWORD (8 to 72 characters) and restart; then sign in and"
                                + " change the password.");
                    }
                }
                case BAD_PASSWORD -> LOG.error("CLINIC_ADMIN_PASSWORD must be 8 to 72 characters long, not a common"
                        + " password and not contain the username; no administrator was created.");
                case USERNAME_TAKEN -> LOG.error("CLINIC_ADMIN_USERNAME names an existing account without the ADMIN"
                        + " role; choose another username.");
                case ADMIN_EXISTS -> {
                }
            }
        } catch (RuntimeException raceWithAnotherNode) {
            LOG.info("Another node created the first administrator at the same moment.");
        }
    }

    /** Creates the configured administrator if no enabled administrator exists. */
    public Outcome ensureAdmin(Optional<String> username, Optional<String> password) {
        if (Account.anyEnabledAdmin()) {
            return Outcome.ADMIN_EXISTS;
        }
        Optional<String> name = username.filter(u -> !u.isBlank());
        Optional<String> secret = password.filter(p -> !p.isBlank());
        if (name.isEmpty() || secret.isEmpty()) {
            return Outcome.NOT_CONFIGURED;
        }
        if (policy.check(name.get(), secret.get()).isPresent()) {
            return Outcome.BAD_PASSWORD;
        }
        if (Account.usernameTaken(name.get())) {
            return Outcome.USERNAME_TAKEN;
        }
        // temporary: the password sat in the environment, so the admin chooses her own at first sign-in
        accounts.create(name.get(), "Administrator", EnumSet.of(Role.ADMIN), secret.get(), PasswordKind.TEMPORARY);
        return Outcome.CREATED;
    }
}
