package clinic.letdown.web;

import jakarta.inject.Singleton;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * Every page is rendered in the request's language: sets each template instance's locale, which
 * the message bundles ({@code {clientMsg:...}}), {@link Formats} and the enum labels read.
 */
@Singleton
public class PageLanguage implements TemplateInstance.Initializer {

    @Override
    public void accept(TemplateInstance instance) {
        if (instance.getAttribute(MessageBundles.ATTRIBUTE_LOCALE) == null) {
            instance.setLocale(Language.current().locale);
        }
    }
}
