package clinic.letdown.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;

/** Checks a username and password against the accounts, the throttle and the audit trail. */
@ApplicationScoped
public class SignIn {

    /** What a sign-in attempt came to; only {@code SUCCEEDED} carries an account. */
    public enum Outcome {
        SUCCEEDED, FAILED, REFUSED
    }

    public record Result(Outcome outcome, SessionAccount account) {
    }

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public Result attempt(String typedUsername, String password, String remoteAddress) {
        String username = Account.normalizeUsername(typedUsername);
        if (username.isEmpty() || username.length() > 64) {
            passwords.matchNothing(password);
            return new Result(Outcome.FAILED, null);
        }
        if (throttle.isLocked(username, remoteAddress)) {
            throttle.recordFailure(username, remoteAddress);
            audit.recordAs(username, remoteAddress, AuditAction.LOGIN_REFUSED, "Account", null, null, "too many failed attempts");
            return new Result(Outcome.REFUSED, null);
        }
        Optional<Account> found = Account.findByUsername(username);
        boolean valid;
        if (found.isPresent()) {
            valid = passwords.matches(password, found.get().passwordHash) && found.get().enabled;
        } else {
            passwords.matchNothing(password);
            valid = false;
        }
        if (!valid) {
            throttle.recordFailure(username, remoteAddress);
            audit.recordAs(username, remoteAddress, AuditAction.LOGIN_FAILED, "Account", found.map(a -> a.id).orElse(null), null,
                    found.isPresent() && !found.get().enabled ? "account disabled" : "wrong username or password");
            return new Result(Outcome.FAILED, null);
        }
        Account account = found.get();
        throttle.recordSuccess(username);
        account.lastLoginAt = Instant.now(clock);
        audit.recordAs(username, remoteAddress, AuditAction.LOGIN, "Account", account.id, null, null);
        return new Result(Outcome.SUCCEEDED, SessionAccount.of(account));
    }

    /** The account behind a session cookie, if the cookie is still good (same session version, enabled). */
    @Transactional
    public Optional<SessionAccount> resume(SessionTicket ticket) {
        return Account.findByUsername(ticket.username())
                .filter(account -> account.enabled && account.sessionVersion == ticket.sessionVersion())
                .map(SessionAccount::of);
    }
}
