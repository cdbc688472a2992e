package clinic.letdown.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;

import io.quarkus.qute.i18n.MessageBundle;
import clinic.letdown.web.InRequestLanguage;

/** Words that Java code puts on pages come in the language of the request, never in English for everyone. */
class LanguageRulesTest {

    @Test
    void everyInjectedMessageBundleIsInTheRequestsLanguage() {
        fields().that().areAnnotatedWith(Inject.class)
                .and(DescribedPredicate.describe("hold a message bundle",
                        (JavaField field) -> field.getRawType().isAnnotatedWith(MessageBundle.class)))
                .should().beAnnotatedWith(InRequestLanguage.class)
                .check(PackageRulesTest.APP);
    }
}
