package clinic.letdown.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Every page is rendered in the request's language: sets each template instance's locale, which
 * the message bundles ({@code {clientMsg:...}}), {@link Formats} and the enum labels read.
 */
@Singleton
public class PageLanguage implements TemplateInstance.Initializer {

    /**
     * Quarkus does not pick up initializer beans by itself: without this, a page's bundle words
     * followed the browser's Accept-Language (the REST variant) instead of the person's language.
     */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    /**
     * The locale that picks a language's bundle files: a localized bundle answers to its file's tag
     * ("es" for {@code growthMsg_es.properties}) exactly, not to "es-US"; English is the default bundle.
     */
    public static java.util.Locale bundleLocale(Language language) {
        return language == Language.DEFAULT ? language.locale : java.util.Locale.forLanguageTag(language.tag);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (instance.getAttribute(MessageBundles.ATTRIBUTE_LOCALE) == null) {
            instance.setLocale(bundleLocale(Language.current()));
        }
    }
}
