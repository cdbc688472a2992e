package clinic.letdown.account;

/** Whether a password set for an account is the holder's to keep, or one she must change at her next sign-in. */
public enum PasswordKind {
    /** Set by someone else (an admin, a consultant for a client): the holder must change it. */
    TEMPORARY,
    /** The holder's own, or one set up by the clinic's operator. */
    PERMANENT
}
