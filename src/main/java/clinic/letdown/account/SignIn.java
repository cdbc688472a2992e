package clinic.letdown.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.ClinicConfig;
import clinic.letdown.web.EnumSetColumn;
import clinic.letdown.web.LanguageColumn;

/** Checks a username and password against the accounts, the throttle and the audit trail. */
@ApplicationScoped
public class SignIn {

    /** What a sign-in attempt came to; only {@code SUCCEEDED} carries an account. */
    public enum Outcome {
        SUCCEEDED, FAILED, REFUSED, EXPIRED
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

    @Inject
    ClinicConfig config;

    @Inject
    AgroalDataSource dataSource;

    private static final LanguageColumn LANGUAGES = new LanguageColumn();

    /**
     * One sign-in attempt. Every attempt, refused or not, costs one bcrypt check at the configured
     * cost, is charged to the throttle before any password is checked, and is audited.
     */
    public Result attempt(String typedUsername, String password, String remoteAddress) {
        String typed = Account.normalizeUsername(typedUsername);
        boolean usable = !typed.isEmpty() && typed.length() <= Account.MAX_USERNAME;
        String username = usable ? typed : typed.substring(0, Math.min(typed.length(), Account.MAX_USERNAME));
        LoginThrottle.Reservation reservation = throttle.reserve(username, remoteAddress);
        if (!reservation.allowed()) {
            passwords.matchNothing(password);
            audit.recordAs(username, remoteAddress, AuditAction.LOGIN_REFUSED, RecordType.ACCOUNT, null, null,
                    "too many failed attempts");
            return new Result(Outcome.REFUSED, null);
        }
        Optional<Account> found = usable
                ? QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username))
                : Optional.empty();
        boolean valid;
        if (found.isPresent()) {
            valid = passwords.matches(password, found.get().passwordHash) && found.get().enabled;
        } else {
            passwords.matchNothing(password);
            valid = false;
        }
        if (!valid) {
            audit.recordAs(username, remoteAddress, AuditAction.LOGIN_FAILED, RecordType.ACCOUNT, found.map(a -> a.id).orElse(null),
                    null, failureDetail(usable, found));
            return new Result(Outcome.FAILED, null);
        }
        Account account = found.get();
        throttle.succeeded(reservation);
        Instant now = Instant.now(clock);
        if (account.temporaryPasswordExpired(now, config.password().temporaryValidFor())) {
            audit.recordAs(username, remoteAddress, AuditAction.LOGIN_FAILED, RecordType.ACCOUNT, account.id, null,
                    "temporary password expired");
            return new Result(Outcome.EXPIRED, null);
        }
        QuarkusTransaction.requiringNew().run(() -> Account.update("lastLoginAt = ?1 where id = ?2", now, account.id));
        audit.recordAs(username, remoteAddress, AuditAction.LOGIN, RecordType.ACCOUNT, account.id, null, null);
        return new Result(Outcome.SUCCEEDED, SessionAccount.of(account));
    }

    private static String failureDetail(boolean usable, Optional<Account> found) {
        if (!usable) {
            return "unusable username";
        }
        return found.isPresent() && !found.get().enabled ? "account disabled" : "wrong username or password";
    }

    /**
     * The account behind a session cookie, if the cookie is still good (same session version,
     * enabled). Every signed-in request asks, so it is one indexed statement on a pooled
     * connection, without a transaction or an entity.
     */
    public Optional<SessionAccount> resume(SessionTicket ticket) {
        if (ticket.expired(Instant.now(clock), config.sessionLifetime())) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select a.id, a.username, a.display_name,"
                        + " a.roles, a.must_change_password, a.session_version, coalesce(c.language, a.language)"
                        + " from account a left join client c on c.portal_account_id = a.id"
                        + " where a.username = ? and a.enabled = true and a.session_version = ?")) {
            select.setString(1, Account.normalizeUsername(ticket.username()));
            select.setInt(2, ticket.sessionVersion());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SessionAccount(row.getLong(1), row.getString(2), row.getString(3),
                        EnumSetColumn.parse(Role.class, row.getString(4)), row.getBoolean(5), row.getInt(6),
                        LANGUAGES.convertToEntityAttribute(row.getString(7))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the session against the accounts", e);
        }
    }
}
