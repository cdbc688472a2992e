package clinic.letdown.account;

import java.util.Optional;

/**
 * What the encrypted session cookie holds: the username and the account's session version at
 * sign-in. A ticket whose version no longer matches the account's is worthless.
 */
public record SessionTicket(String username, int sessionVersion) {

    private static final char SEPARATOR = '|';

    public String encode() {
        return username + SEPARATOR + sessionVersion;
    }

    public static Optional<SessionTicket> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int at = value.lastIndexOf(SEPARATOR);
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionTicket(value.substring(0, at), Integer.parseInt(value.substring(at + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
