package clinic.letdown.growth;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** The clinic's growth thresholds and the portal choice, as typed by an admin. */
@TemplateData
public record GrowthSettingsForm(@RestForm String lossReviewPercent, @RestForm String lossUrgentPercent,
        @RestForm String regainedByDay, @RestForm String minGainGramsPerDay, @RestForm String gainFromDay,
        @RestForm String gainUntilDay, @RestForm String centileLinesFall, @RestForm String showWeightsToClient,
        @RestForm String version) {

    static final String SHOWN = "SHOWN";
    static final String HIDDEN = "HIDDEN";

    public record Data(GrowthThresholds thresholds, boolean showWeightsToClient) {
    }

    public static GrowthSettingsForm of(GrowthSettings s) {
        return new GrowthSettingsForm(String.valueOf(s.lossReviewPercent), String.valueOf(s.lossUrgentPercent),
                String.valueOf(s.regainedByDay), String.valueOf(s.minGainGramsPerDay), String.valueOf(s.gainFromDay),
                String.valueOf(s.gainUntilDay), String.valueOf(s.centileLinesFall), s.showWeightsToClient ? SHOWN : HIDDEN,
                String.valueOf(s.version));
    }

    public GrowthSettingsForm withVersion(long newVersion) {
        return new GrowthSettingsForm(lossReviewPercent, lossUrgentPercent, regainedByDay, minGainGramsPerDay, gainFromDay,
                gainUntilDay, centileLinesFall, showWeightsToClient, String.valueOf(newVersion));
    }

    /** The values, or null with a message at each field that is wrong (ranges keep every flag meaningful). */
    public Data check(FormErrors errors, GrowthMessages m) {
        Integer review = number(lossReviewPercent, "lossReviewPercent", 1, 30, errors, m);
        Integer urgent = number(lossUrgentPercent, "lossUrgentPercent", 1, 30, errors, m);
        Integer regained = number(regainedByDay, "regainedByDay", 7, 42, errors, m);
        Integer minGain = number(minGainGramsPerDay, "minGainGramsPerDay", 1, 60, errors, m);
        Integer from = number(gainFromDay, "gainFromDay", 0, 42, errors, m);
        Integer until = number(gainUntilDay, "gainUntilDay", 14, 731, errors, m);
        Integer lines = number(centileLinesFall, "centileLinesFall", 1, 4, errors, m);
        if (review != null && urgent != null && urgent <= review) {
            errors.add("lossUrgentPercent", m.urgentAboveReview());
        }
        if (from != null && until != null && until <= from) {
            errors.add("gainUntilDay", m.untilAfterFrom());
        }
        if (!SHOWN.equals(showWeightsToClient) && !HIDDEN.equals(showWeightsToClient)) {
            errors.add("showWeightsToClient", m.chooseVisibility());
        }
        if (errors.any()) {
            return null;
        }
        return new Data(new GrowthThresholds(review, urgent, regained, minGain, from, until, lines),
                SHOWN.equals(showWeightsToClient));
    }

    private static Integer number(String raw, String field, int min, int max, FormErrors errors, GrowthMessages m) {
        if (FormFields.isBlank(raw)) {
            errors.add(field, m.numberRequired(min, max));
            return null;
        }
        return FormFields.integer(raw, field, min, max, errors, m.wholeNumber(min, max), m.wholeNumber(min, max));
    }
}
