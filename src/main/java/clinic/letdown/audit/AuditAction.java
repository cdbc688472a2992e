package clinic.letdown.audit;

/** What happened; stored by name, so never rename a constant. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGIN_REFUSED, LOGOUT,
    ACCESS_DENIED,
    VIEW, CREATE, UPDATE, PRINT, EXPORT, BACKUP,
    ACCOUNT_CREATED, ACCOUNT_UPDATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED,
    PASSWORD_CHANGED, PASSWORD_RESET
}
