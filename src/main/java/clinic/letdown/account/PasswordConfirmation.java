package clinic.letdown.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;

/**
 * Re-entering one's password before a sensitive action (changing it, downloading a backup,
 * exporting a record): a check of the signed-in account's current password that is throttled,
 * costed and audited like a sign-in, so a session left open cannot be used to guess it.
 * <p>
 * Use: the form shows {@code {#passwordConfirmation errors=errors /}} (field {@value #FIELD}), the
 * resource takes {@code @RestForm String currentPassword} and calls
 * {@code confirmation.confirm(currentPassword, "what for", errors)}: false means the message is at the
 * field and the form should come back.
 */
@ApplicationScoped
public class PasswordConfirmation {

    /** The form field's name, as the tag {@code tags/passwordConfirmation.html} writes it. */
    public static final String FIELD = "currentPassword";

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginThrottle throttle;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    @InRequestLanguage
    AccountMessages messages;

    @Inject
    CurrentVertxRequest request;

    /**
     * Whether {@code typed} is the signed-in account's password; if not, the reason is added to
     * {@code errors} at {@link #FIELD}. {@code purpose} names the action in the audit trail.
     */
    public boolean confirm(String typed, String purpose, FormErrors errors) {
        SessionAccount account = currentUser.account().orElseThrow(() -> new IllegalStateException("not signed in"));
        String address = AccountIdentityProviders.remoteAddress(request.getCurrent());
        LoginThrottle.Reservation reservation = throttle.reserve(account.username(), address);
        if (!reservation.allowed()) {
            passwords.matchNothing(typed);
            audit.record(AuditAction.PASSWORD_CONFIRMATION_REFUSED, RecordType.ACCOUNT, account.id(), purpose + ": too many failed attempts");
            errors.add(FIELD, messages.confirmationPaused());
            return false;
        }
        if (!passwords.matches(typed, Account.load(account.id()).passwordHash)) {
            audit.record(AuditAction.PASSWORD_CONFIRMATION_FAILED, RecordType.ACCOUNT, account.id(), purpose);
            errors.add(FIELD, messages.wrongCurrentPassword());
            return false;
        }
        throttle.succeeded(reservation);
        audit.record(AuditAction.PASSWORD_CONFIRMED, RecordType.ACCOUNT, account.id(), purpose);
        return true;
    }
}
