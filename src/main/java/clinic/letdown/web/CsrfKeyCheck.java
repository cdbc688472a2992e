package clinic.letdown.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start without a key that signs the CSRF token's cookie (CLINIC_CSRF_KEY, at least 32
 * characters, the same on every node and not the session key), as SessionKeyCheck does for the session.
 */
@ApplicationScoped
public class CsrfKeyCheck {

    static final int MIN_LENGTH = 32;

    @Inject
    ClinicConfig config;

    void onStart(@Observes StartupEvent event) {
        verify(config.csrfKey(), config.sessionKey());
    }

    static void verify(Optional<String> configured, Optional<String> sessionKey) {
        String key = configured.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No CSRF key configured. Set the environment variable CLINIC_CSRF_KEY (or clinic.csrf-key) to at least "
                        + MIN_LENGTH + " random characters, the same on every node and different from CLINIC_SESSION_KEY,"
                        + " for example the output of `openssl rand -base64 48`. See README, Production."));
        if (key.length() < MIN_LENGTH) {
            throw new IllegalStateException("CLINIC_CSRF_KEY is too short: use at least " + MIN_LENGTH
                    + " random characters (for example the output of `openssl rand -base64 48`).");
        }
        if (sessionKey.filter(key::equals).isPresent()) {
            throw new IllegalStateException("CLINIC_CSRF_KEY must differ from CLINIC_SESSION_KEY: give each its own"
                    + " random value.");
        }
    }
}
