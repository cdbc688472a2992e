package clinic.letdown.account;

/** What an account may do; ADMIN and CONSULTANT combine, CLIENT stands alone. */
public enum Role {
    ADMIN, CONSULTANT, CLIENT;

    /** Role names as used in {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String CONSULTANT_NAME = "CONSULTANT";
    public static final String CLIENT_NAME = "CLIENT";
}
