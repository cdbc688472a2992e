package clinic.letdown.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the encrypted session cookie holds: the username, the account's session version at sign-in
 * and when the session began. A ticket whose version no longer matches the account's is
 * worthless, and so is one older than the session lifetime, however busy the session was.
 */
public record SessionTicket(String username, int sessionVersion, Instant issuedAt) {

    private static final char SEPARATOR = '|';

    public String encode() {
        return username + SEPARATOR + sessionVersion + SEPARATOR + issuedAt.getEpochSecond();
    }

    public boolean expired(Instant now, Duration lifetime) {
        return !now.isBefore(issuedAt.plus(lifetime));
    }

    /** A cookie from before the session lifetime (no time in it) decodes to nothing: signed out. */
    public static Optional<SessionTicket> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int last = value.lastIndexOf(SEPARATOR);
        int middle = last <= 0 ? -1 : value.lastIndexOf(SEPARATOR, last - 1);
        if (middle <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionTicket(value.substring(0, middle),
                    Integer.parseInt(value.substring(middle + 1, last)),
                    Instant.ofEpochSecond(Long.parseLong(value.substring(last + 1)))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
