package clinic.letdown.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

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
        @RestForm String babySex,
        @RestForm String babyBirthLengthCm,
        @RestForm String babyHeadCircumferenceCm,
        @RestForm String babyVersion) {

    public static final int MIN_WEEKS = 22;
    public static final int MAX_WEEKS = 44;
    public static final int MIN_GRAMS = 300;
    public static final int MAX_GRAMS = 7000;
    /** Plausible birth lengths and head circumferences in cm, from a baby born at 22 weeks to a large term baby. */
    public static final BigDecimal MIN_LENGTH = new BigDecimal("25.0");
    public static final BigDecimal MAX_LENGTH = new BigDecimal("65.0");
    public static final BigDecimal MIN_HEAD = new BigDecimal("18.0");
    public static final BigDecimal MAX_HEAD = new BigDecimal("45.0");

    public record Data(String name, LocalDate dateOfBirth, Integer gestationalAgeWeeks, Integer birthWeightGrams,
            BabySex sex, BigDecimal birthLengthCm, BigDecimal headCircumferenceCm) {

        /** A baby without sex or birth measures recorded. */
        public Data(String name, LocalDate dateOfBirth, Integer gestationalAgeWeeks, Integer birthWeightGrams) {
            this(name, dateOfBirth, gestationalAgeWeeks, birthWeightGrams, BabySex.NOT_RECORDED, null, null);
        }
    }

    public static BabyForm blank() {
        return new BabyForm("", "", "", "", BabySex.NOT_RECORDED.name(), "", "", "0");
    }

    public static BabyForm of(Baby baby) {
        return new BabyForm(baby.name, FormFields.orEmpty(baby.dateOfBirth), FormFields.orEmpty(baby.gestationalAgeWeeks),
                FormFields.orEmpty(baby.birthWeightGrams), baby.sex.name(), FormFields.orEmpty(baby.birthLengthCm),
                FormFields.orEmpty(baby.headCircumferenceCm), String.valueOf(baby.version));
    }

    public BabyForm withVersion(long version) {
        return new BabyForm(babyName, babyDateOfBirth, babyGestationalAgeWeeks, babyBirthWeightGrams, babySex,
                babyBirthLengthCm, babyHeadCircumferenceCm, String.valueOf(version));
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
        BabySex sex = Stream.of(BabySex.values()).filter(v -> v.name().equals(babySex)).findFirst().orElse(null);
        if (sex == null && !FormFields.isBlank(babySex)) {
            errors.add("babySex", messages.chooseSex());
        }
        BigDecimal length = FormFields.oneDecimal(babyBirthLengthCm, "babyBirthLengthCm", MIN_LENGTH, MAX_LENGTH, errors,
                messages.notACentimetreValue(), messages.centimetresBetween(MIN_LENGTH.toPlainString(), MAX_LENGTH.toPlainString()));
        BigDecimal head = FormFields.oneDecimal(babyHeadCircumferenceCm, "babyHeadCircumferenceCm", MIN_HEAD, MAX_HEAD,
                errors, messages.notACentimetreValue(), messages.centimetresBetween(MIN_HEAD.toPlainString(), MAX_HEAD.toPlainString()));
        if (errors.any()) {
            return null;
        }
        return new Data(babyName.strip(), born, weeks, grams, sex == null ? BabySex.NOT_RECORDED : sex, length, head);
    }
}
