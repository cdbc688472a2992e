package clinic.letdown.audit;

/** What happened; stored by name, so never rename a constant. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGIN_REFUSED, LOGOUT,
    ACCESS_DENIED,
    VIEW, CREATE, UPDATE, PRINT, EXPORT, BACKUP,
    ACCOUNT_CREATED, ACCOUNT_UPDATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
    PASSWORD_CHANGED, PASSWORD_RESET,
    /** Re-entering one's own password before a sensitive action (account/PasswordConfirmation). */
    PASSWORD_CONFIRMED, PASSWORD_CONFIRMATION_FAILED, PASSWORD_CONFIRMATION_REFUSED,
    /** A client's consent given (in the portal or on paper) or withdrawn (consent/ConsentService). */
    CONSENT_SIGNED, CONSENT_WITHDRAWN
}
