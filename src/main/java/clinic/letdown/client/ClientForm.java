package clinic.letdown.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Choice;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Language;

/** What a consultant types about a client; bound field by field, never to the entity. */
@TemplateData
public record ClientForm(
        @RestForm @NotBlank(message = "{client.firstName.required}") @Size(max = 80, message = "{field.max80}") String firstName,
        @RestForm @NotBlank(message = "{client.lastName.required}") @Size(max = 80, message = "{field.max80}") String lastName,
        @RestForm String dateOfBirth,
        @RestForm @Size(max = 40, message = "{field.max40}") @Pattern(regexp = "[0-9+()\\-. ]*", message = "{client.phone.pattern}") String phone,
        @RestForm @Size(max = 200, message = "{field.max200}") @Pattern(regexp = "\\s*([^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+)?\\s*", message = "{client.email.pattern}") String email,
        @RestForm @Size(max = 40, message = "{field.max40}") String preferredLanguage,
        @RestForm String language,
        @RestForm String consultantId,
        @RestForm @Size(max = 10000, message = "{field.max10000}") String notes,
        @RestForm String version) {

    static final int MIN_PHONE_DIGITS = 6;

    /** What a form holds once checked. */
    public record Data(String firstName, String lastName, LocalDate dateOfBirth, String phone, String email,
            String preferredLanguage, Language language, long consultantId, String notes) {

        /** Without a language chosen: Spanish or English when the free text names it (as migration V52 did). */
        public Data(String firstName, String lastName, LocalDate dateOfBirth, String phone, String email,
                String preferredLanguage, long consultantId, String notes) {
            this(firstName, lastName, dateOfBirth, phone, email, named(preferredLanguage) == null ? preferredLanguage : null,
                    named(preferredLanguage) == null ? Language.DEFAULT : named(preferredLanguage), consultantId, notes);
        }

        private static Language named(String text) {
            String name = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (name) {
                case "spanish", "español", "espanol", "es", "castellano" -> Language.ES;
                case "english", "en" -> Language.EN;
                default -> null;
            };
        }
    }

    /** The languages a client may read the app in, each named in itself. */
    public static List<Choice> languageChoices() {
        return List.of(new Choice(Language.EN.tag, "English"), new Choice(Language.ES.tag, "Español"));
    }

    public static ClientForm blank(long consultantId) {
        return new ClientForm("", "", "", "", "", "", Language.DEFAULT.tag, String.valueOf(consultantId), "", "0");
    }

    public static ClientForm of(Client client) {
        return new ClientForm(client.firstName, client.lastName,
                FormFields.orEmpty(client.dateOfBirth), FormFields.orEmpty(client.phone),
                FormFields.orEmpty(client.email), FormFields.orEmpty(client.preferredLanguage),
                (client.language == null ? Language.DEFAULT : client.language).tag,
                client.consultant == null ? "" : String.valueOf(client.consultant.id), FormFields.orEmpty(client.notes),
                String.valueOf(client.version));
    }

    public ClientForm withVersion(long newVersion) {
        return new ClientForm(firstName, lastName, dateOfBirth, phone, email, preferredLanguage, language, consultantId, notes,
                String.valueOf(newVersion));
    }

    /** The explicit checks beyond Bean Validation; null when {@code errors} has any. */
    public Data check(FormErrors errors, Set<Long> consultantIds, LocalDate today, ClientMessages messages) {
        LocalDate born = FormFields.date(dateOfBirth, "dateOfBirth", errors, messages.invalidDate());
        if (born != null && born.isAfter(today)) {
            errors.add("dateOfBirth", messages.dateInFuture());
        } else if (born != null && born.isBefore(today.minusYears(100))) {
            errors.add("dateOfBirth", messages.dateTooOld());
        }
        if (!errors.has("phone") && !FormFields.isBlank(phone)
                && phone.replaceAll("\\D", "").length() < MIN_PHONE_DIGITS) {
            errors.add("phone", messages.phoneTooShort());
        }
        Language chosen = FormFields.isBlank(language) ? Language.DEFAULT : Language.ofTag(language);
        if (!FormFields.isBlank(language) && (chosen == null || !chosen.tag.equals(language.strip()))) {
            errors.add("language", messages.chooseLanguage());
        }
        Long consultant = FormFields.id(consultantId);
        if (consultant == null || !consultantIds.contains(consultant)) {
            errors.add("consultantId", messages.noConsultant());
        }
        if (errors.any()) {
            return null;
        }
        return new Data(firstName.strip(), lastName.strip(), born, FormFields.text(phone), FormFields.text(email),
                FormFields.text(preferredLanguage), chosen, consultant, FormFields.text(notes));
    }
}
