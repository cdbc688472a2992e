package clinic.letdown.client;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** A baby's details as typed, on the new-client form and the baby's own form. */
@TemplateData
public record BabyForm(
        @RestForm @NotBlank(message = "{baby.name.required}") @Size(max = 80, message = "{field.max80}") String babyName,
        @RestForm String babyDateOfBirth,
        @RestForm String babyGestationalAgeWeeks,
        @RestForm String babyBirthWeightGrams,
        @RestForm String babyVersion) {

    public static final int MIN_WEEKS = 22;
    public static final int MAX_WEEKS = 44;
    public static final int MIN_GRAMS = 300;
    public static final int MAX_GRAMS = 7000;

    public record Data(String name, LocalDate dateOfBirth, Integer gestationalAgeWeeks, Integer birthWeightGrams) {
    }

    public static BabyForm blank() {
        return new BabyForm("", "", "", "", "0");
    }

    public static BabyForm of(Baby baby) {
        return new BabyForm(baby.name, FormFields.orEmpty(baby.dateOfBirth), FormFields.orEmpty(baby.gestationalAgeWeeks),
                FormFields.orEmpty(baby.birthWeightGrams), String.valueOf(baby.version));
    }

    public BabyForm withVersion(long version) {
        return new BabyForm(babyName, babyDateOfBirth, babyGestationalAgeWeeks, babyBirthWeightGrams,
                String.valueOf(version));
    }

    /** The explicit checks beyond Bean Validation; null when {@code errors} has any. */
    public Data check(FormErrors errors, LocalDate today, ClientMessages messages) {
        LocalDate born = FormFields.date(babyDateOfBirth, "babyDateOfBirth", errors, messages.invalidDate());
        if (born != null && born.isAfter(today)) {
            errors.add("babyDateOfBirth", messages.dateInFuture());
        } else if (born != null && born.isBefore(today.minusYears(10))) {
            errors.add("babyDateOfBirth", messages.dateTooOld());
        }
        Integer weeks = FormFields.integer(babyGestationalAgeWeeks, "babyGestationalAgeWeeks", MIN_WEEKS, MAX_WEEKS,
                errors, messages.notANumber(), messages.between(MIN_WEEKS, MAX_WEEKS));
        Integer grams = FormFields.integer(babyBirthWeightGrams, "babyBirthWeightGrams", MIN_GRAMS, MAX_GRAMS, errors,
                messages.notANumber(), messages.between(MIN_GRAMS, MAX_GRAMS));
        if (errors.any()) {
            return null;
        }
        return new Data(babyName.strip(), born, weeks, grams);
    }
}
