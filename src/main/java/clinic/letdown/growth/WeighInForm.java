package clinic.letdown.growth;

import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Baby;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** A weigh-in as typed: the date, the weight in grams, clothed or naked, the scale. */
@TemplateData
public record WeighInForm(@RestForm String weighedOn, @RestForm String grams, @RestForm String clothing,
        @RestForm String scale) {

    /**
     * Plausible weights for a baby of 0-24 months, in grams: from an extremely preterm baby to above
     * the WHO's +3 SD line at 24 months (17.1 kg for boys); anything outside is a typing mistake.
     */
    public static final int MIN_GRAMS = 300;
    public static final int MAX_GRAMS = 25000;
    public static final int MAX_SCALE = 80;
    static final String NAKED = "NAKED";
    static final String CLOTHED = "CLOTHED";

    public record Data(LocalDate weighedOn, int grams, boolean clothed, String scale) {
    }

    public static WeighInForm blank(LocalDate today) {
        return new WeighInForm(today.toString(), "", NAKED, "");
    }

    /** The values, or null with a message at each field that is wrong. */
    public Data check(FormErrors errors, Baby baby, LocalDate today, GrowthMessages messages) {
        LocalDate day = null;
        if (FormFields.isBlank(weighedOn)) {
            errors.add("weighedOn", messages.dateRequired());
        } else {
            day = FormFields.date(weighedOn, "weighedOn", errors, messages.invalidDate());
        }
        if (day != null && day.isAfter(today)) {
            errors.add("weighedOn", messages.dateInFuture());
        } else if (day != null && baby.dateOfBirth != null && day.isBefore(baby.dateOfBirth)) {
            errors.add("weighedOn", messages.dateBeforeBirth(baby.name));
        }
        Integer weight = null;
        if (FormFields.isBlank(grams)) {
            errors.add("grams", messages.weightRequired());
        } else {
            weight = FormFields.integer(grams, "grams", MIN_GRAMS, MAX_GRAMS, errors, messages.weightNotANumber(),
                    messages.weightBetween(MIN_GRAMS, MAX_GRAMS));
        }
        if (!NAKED.equals(clothing) && !CLOTHED.equals(clothing)) {
            errors.add("clothing", messages.chooseClothing());
        }
        String scaleName = FormFields.text(scale);
        if (scaleName != null && scaleName.length() > MAX_SCALE) {
            errors.add("scale", messages.scaleTooLong(MAX_SCALE));
        }
        if (errors.any()) {
            return null;
        }
        return new Data(day, weight, CLOTHED.equals(clothing), scaleName);
    }
}
