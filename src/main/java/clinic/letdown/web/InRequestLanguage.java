package clinic.letdown.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * {@code @Inject @InRequestLanguage ClientMessages messages}: a message bundle whose words are in the
 * language of the request being served. Each feature produces its bundles so (e.g.
 * {@code client/ClientWords}); a bundle injected without it would speak English to everyone, which
 * {@code architecture/LanguageRulesTest} refuses.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE })
public @interface InRequestLanguage {
}
