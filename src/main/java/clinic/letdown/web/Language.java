package clinic.letdown.web;

import java.util.Locale;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;

/**
 * The languages the app speaks. A page's language comes from the signed-in person (a staff member's
 * own choice, a client's as set on her record) or, before sign-in, from a chosen link or the
 * browser ({@link RequestLanguage}). Another language is a constant here and its translation files
 * ({@code messages/<bundle>_<tag>.properties}, {@code ValidationMessages_<tag>.properties}).
 */
public enum Language {
    EN("en", Locale.forLanguageTag("en-US")),
    ES("es", Locale.forLanguageTag("es-US"));

    /** As stored (account.language, client.language) and in URLs. */
    public final String tag;
    /** For formatting dates and numbers and for the message bundles (es-US finds the files named _es). */
    public final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public static final Language DEFAULT = EN;

    /** The language with this tag ("es", "es-US", "ES"), or null. */
    public static Language ofTag(String tag) {
        if (tag == null) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language each : values()) {
            if (each.tag.equals(language)) {
                return each;
            }
        }
        return null;
    }

    /** The language of a template's {@code locale} attribute (a Locale or a tag), English when unknown. */
    public static Language of(Object locale) {
        Language language = locale instanceof Locale l ? ofTag(l.toLanguageTag()) : locale == null ? null : ofTag(locale.toString());
        return language == null ? DEFAULT : language;
    }

    /** The language of the request being served; English outside a request (start-up, scheduled jobs). */
    public static Language current() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return DEFAULT;
        }
        ManagedContext requests = container.requestContext();
        return requests.isActive() ? container.instance(RequestLanguage.class).get().language() : DEFAULT;
    }
}
