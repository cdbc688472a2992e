package clinic.letdown.consent;

/** What a consent document is about; stored by name, so never rename a constant. */
public enum ConsentKind {
    /** Assessment and care, including the hands-on assessment. */
    CARE,
    TELEHEALTH,
    PHOTOGRAPHS,
    /** Sharing reports with the baby's physician: the physician report waits for it. */
    PHYSICIAN_SHARING;

    /** The kind named in a URL or a form ("physician_sharing" too), or null. */
    public static ConsentKind named(String name) {
        if (name == null) {
            return null;
        }
        for (ConsentKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        return null;
    }

    /** As in a URL: /portal/consents/physician-sharing. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The kind of a URL's slug, or null. */
    public static ConsentKind ofSlug(String slug) {
        return slug == null ? null : named(slug.replace('-', '_'));
    }
}
