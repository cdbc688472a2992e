package clinic.letdown.web;

import java.util.Locale;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The language of this request: the signed-in person's (an identity attribute the sign-in sets,
 * {@link #ATTRIBUTE}); before sign-in the one chosen with the language link (the {@link #COOKIE}
 * cookie), else the browser's first language the app speaks ({@code Accept-Language}), else English.
 * Templates read it as {@code inject:language}.
 */
@Named("language")
@RequestScoped
public class RequestLanguage {

    /** The SecurityIdentity attribute holding the signed-in person's language tag. */
    public static final String ATTRIBUTE = "clinic.language";
    public static final String COOKIE = "letdown-lang";

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentVertxRequest request;

    private Language language;

    /**
     * The task, to run on another thread in the language of this request: with a request context of
     * its own (the bundles {@code @InRequestLanguage} need one) speaking this request's language.
     */
    public static <T> Callable<T> carried(Callable<T> task) {
        Language spoken = Language.current();
        return () -> {
            ManagedContext requests = Arc.container().requestContext();
            requests.activate();
            try {
                // through a method: the bean is a client proxy, and a field set on the proxy never reached the
                // request's instance (reports computed on other threads came out in English)
                Arc.container().instance(RequestLanguage.class).get().speak(spoken);
                return task.call();
            } finally {
                requests.terminate();
            }
        };
    }

    /**
     * This request speaks {@code chosen} from here on: a client's printed plan is in her language,
     * whoever prints it. Null keeps the request's own language.
     */
    public void speak(Language chosen) {
        if (chosen != null) {
            language = chosen;
        }
    }

    public Language language() {
        if (language == null) {
            language = resolve();
        }
        return language;
    }

    public Locale locale() {
        return language().locale;
    }

    /** For {@code <html lang>}. */
    public String getTag() {
        return language().tag;
    }

    /** The other language, for the language link of pages before sign-in. */
    public Language getOther() {
        return language() == Language.EN ? Language.ES : Language.EN;
    }

    /** The bundle's words in this request's language (the default bundle where none is translated). */
    public <T> T words(Class<T> bundle) {
        return words(bundle, language());
    }

    public static <T> T words(Class<T> bundle, Language language) {
        try {
            return MessageBundles.get(bundle, Localized.Literal.of(language == Language.DEFAULT ? "en-US" : language.tag));
        } catch (RuntimeException notTranslated) {
            return MessageBundles.get(bundle, Localized.Literal.of("en-US"));
        }
    }

    private Language resolve() {
        SecurityIdentity current = signedIn();
        if (current != null) {
            Language chosen = Language.ofTag(current.getAttribute(ATTRIBUTE));
            if (chosen != null) {
                return chosen;
            }
        }
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return Language.DEFAULT;
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        Language fromCookie = cookie == null ? null : Language.ofTag(cookie.getValue());
        if (fromCookie != null) {
            return fromCookie;
        }
        for (var accepted : context.parsedHeaders().acceptLanguage()) {
            Language spoken = Language.ofTag(accepted.value());
            if (spoken != null) {
                return spoken;
            }
        }
        return Language.DEFAULT;
    }

    private SecurityIdentity signedIn() {
        try {
            SecurityIdentity current = identity.getIdentity();
            return current == null || current.isAnonymous() ? null : current;
        } catch (RuntimeException notYetKnown) {
            return null;
        }
    }
}
