package clinic.letdown.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import clinic.letdown.web.ClinicConfig;

/** Refuses to start without a proper session key: a random one would log everyone out at each restart. */
@ApplicationScoped
public class SessionKeyCheck {

    static final int MIN_LENGTH = 32;

    @Inject
    ClinicConfig config;

    void onStart(@Observes StartupEvent event) {
        verify(config.sessionKey());
    }

    void verify(Optional<String> configured) {
        String key = configured.filter(k -> !k.isBlank()).orElseThrow(SessionKeyCheck::missingKey);
        if (key.length() < MIN_LENGTH) {
            throw new IllegalStateException("CLINIC_SESSION_KEY is too short: use at least " + MIN_LENGTH
                    + " random characters (for example the output of `openssl rand -base64 48`).");
        }
    }

    static IllegalStateException missingKey() {
        return new IllegalStateException("No session key configured. Set the environment variable CLINIC_SESSION_KEY"
                + " (or clinic.session-key) to at least " + MIN_LENGTH + " random characters, the same on every node,"
                + " for example the output of `openssl rand -base64 48`. See README, Production.");
    }
}
