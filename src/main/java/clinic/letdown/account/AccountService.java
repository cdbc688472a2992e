package clinic.letdown.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.web.StaleEditException;

/** Changes to accounts, each audited in the same transaction. */
@ApplicationScoped
public class AccountService {

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public static Account load(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    @Transactional
    public Account create(String username, String displayName, Set<Role> roles, String password, boolean temporary) {
        Account account = new Account();
        account.username = Account.normalizeUsername(username);
        account.displayName = displayName.trim();
        account.setRoles(roles);
        account.createdAt = Instant.now(clock);
        account.changePassword(passwords.hash(password), temporary);
        account.persist();
        audit.record(AuditAction.ACCOUNT_CREATED, "Account", account.id, inAudit(account) + account.roleNames);
        return account;
    }

    @Transactional
    public void update(long id, String version, String displayName, Set<Role> roles) {
        Account account = load(id);
        StaleEditException.check(account.version, version);
        account.displayName = displayName.trim();
        account.setRoles(roles);
        audit.record(AuditAction.ACCOUNT_UPDATED, "Account", id, inAudit(account) + account.roleNames);
        Account.flush();
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        Account account = load(id);
        account.enabled = enabled;
        if (!enabled) {
            account.endAllSessions();
        }
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, "Account", id,
                inAudit(account).trim());
    }

    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        Account account = load(id);
        account.changePassword(passwords.hash(temporaryPassword), true);
        audit.record(AuditAction.PASSWORD_RESET, "Account", id, inAudit(account).trim());
    }

    /** The holder's own change: ends every other session and returns the ticket for this one. */
    @Transactional
    public SessionTicket changeOwnPassword(long id, String newPassword) {
        Account account = load(id);
        account.changePassword(passwords.hash(newPassword), false);
        audit.record(AuditAction.PASSWORD_CHANGED, "Account", id, inAudit(account).trim());
        return new SessionTicket(account.username, account.sessionVersion);
    }

    public boolean passwordMatches(long id, String password) {
        return passwords.matches(password, load(id).passwordHash);
    }

    @Transactional
    public void endAllSessions(long id) {
        load(id).endAllSessions();
    }

    /**
     * How an account is named in an audit event's detail: a staff username and a space, or nothing
     * for a client's portal account, whose username is often her name and whose events the admins
     * read (the event's record id still names the account).
     */
    private static String inAudit(Account account) {
        return account.isClientAccount() ? "" : account.username + " ";
    }
}
