package clinic.letdown.account;

import java.util.Set;

import clinic.letdown.web.Language;

/**
 * The few facts about the signed-in account that every request needs, read once per request. The
 * language is the account's own for staff and, for a client, the one set on her record.
 */
public record SessionAccount(long id, String username, String displayName, Set<Role> roles,
        boolean mustChangePassword, int sessionVersion, Language language) {

    /** Name of the SecurityIdentity attribute that holds this record. */
    public static final String ATTRIBUTE = "clinic.account";

    public static SessionAccount of(Account account) {
        return new SessionAccount(account.id, account.username, account.displayName, account.roles(),
                account.mustChangePassword, account.sessionVersion, account.language);
    }

    /** The cookie's content for a session beginning at {@code issuedAt}. */
    public SessionTicket ticket(java.time.Instant issuedAt) {
        return new SessionTicket(username, sessionVersion, issuedAt);
    }
}
