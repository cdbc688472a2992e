package clinic.letdown.billing;

/** The CMS place-of-service codes a lactation visit uses (https://www.cms.gov/medicare/coding-billing/place-of-service-codes). */
public enum PlaceOfService {
    OFFICE("11"), HOME("12"), TELEHEALTH_HOME("10"), TELEHEALTH_OTHER("02");

    /** The two-digit code on the claim. */
    public final String code;

    PlaceOfService(String code) {
        this.code = code;
    }

    public static PlaceOfService ofCode(String code) {
        for (PlaceOfService p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        return null;
    }
}
