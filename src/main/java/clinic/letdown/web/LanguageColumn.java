package clinic.letdown.web;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A {@link Language} stored as its tag ("en", "es"); an unknown tag reads as the default language. */
@Converter(autoApply = true)
public class LanguageColumn implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return (language == null ? Language.DEFAULT : language).tag;
    }

    @Override
    public Language convertToEntityAttribute(String tag) {
        Language language = Language.ofTag(tag);
        return language == null ? Language.DEFAULT : language;
    }
}
