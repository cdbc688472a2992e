package clinic.letdown.web;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Validation messages ({@code ValidationMessages_<tag>.properties}) in the language of the request,
 * the signed-in person's, rather than the browser's {@code Accept-Language}, which Quarkus would
 * use: a Spanish-speaking client on an English phone still reads Spanish.
 */
@Singleton
@Priority(100)
public class ValidationLanguage implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return Language.current().locale;
    }
}
