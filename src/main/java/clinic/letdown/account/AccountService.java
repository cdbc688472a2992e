package clinic.letdown.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
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

    @Transactional
    public Account create(String username, String displayName, Set<Role> roles, String password, PasswordKind kind) {
        Account account = new Account();
        account.username = Account.normalizeUsername(username);
        account.displayName = displayName.trim();
        account.setRoles(roles);
        account.createdAt = Instant.now(clock);
        account.changePassword(passwords.hash(password), kind, account.createdAt);
        account.persist();
        audit.record(AuditAction.ACCOUNT_CREATED, RecordType.ACCOUNT, account.id, inAudit(account) + account.roleNames);
        return account;
    }

    @Transactional
    public void update(long id, String version, String displayName, Set<Role> roles) {
        Account account = Account.load(id);
        StaleEditException.check(account.version, version);
        account.displayName = displayName.trim();
        account.setRoles(roles);
        audit.record(AuditAction.ACCOUNT_UPDATED, RecordType.ACCOUNT, id, inAudit(account) + account.roleNames);
        Account.flush();
    }

    @Transactional
    public void setEnabled(long id, boolean enabled) {
        Account account = Account.load(id);
        account.enabled = enabled;
        if (!enabled) {
            account.endAllSessions();
        }
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, RecordType.ACCOUNT, id,
                inAudit(account).trim());
    }

    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        Account account = Account.load(id);
        account.changePassword(passwords.hash(temporaryPassword), PasswordKind.TEMPORARY, Instant.now(clock));
        audit.record(AuditAction.PASSWORD_RESET, RecordType.ACCOUNT, id, inAudit(account).trim());
    }

    /** The holder's own change: ends every other session and returns the ticket for this one. */
    @Transactional
    public SessionTicket changeOwnPassword(long id, String newPassword) {
        Account account = Account.load(id);
        account.changePassword(passwords.hash(newPassword), PasswordKind.PERMANENT, Instant.now(clock));
        audit.record(AuditAction.PASSWORD_CHANGED, RecordType.ACCOUNT, id, inAudit(account).trim());
        return new SessionTicket(account.username, account.sessionVersion, Instant.now(clock));
    }

    @Transactional
    public void endAllSessions(long id) {
        Account.load(id).endAllSessions();
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
