package clinic.letdown.growth;

import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Baby;
import clinic.letdown.client.BabySex;
import clinic.letdown.web.chart.LineChart;

/**
 * A baby's growth as the consultant sees it: every weight with its computed values, oldest first,
 * the flags about the latest one, and the chart over the WHO centile curves (null with no weight to
 * plot). {@code correctionDays} is how many days a preterm baby's age is corrected by (0 at term).
 */
@TemplateData
public record BabyGrowth(Baby baby, List<WeightRow> rows, List<GrowthFlag> flags, LineChart chart, int correctionDays) {

    public boolean sexRecorded() {
        return baby.sex != null && baby.sex != BabySex.NOT_RECORDED;
    }

    public boolean girl() {
        return baby.sex == BabySex.FEMALE;
    }

    public boolean preterm() {
        return correctionDays > 0;
    }

    public int correctionWeeks() {
        return correctionDays / 7;
    }

    public WeightRow latest() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    public boolean hasWeights() {
        return rows.stream().anyMatch(r -> !r.measurement().atBirth());
    }

    public boolean hasFlags() {
        return !flags.isEmpty();
    }

    public boolean urgent() {
        return flags.stream().anyMatch(GrowthFlag::urgent);
    }

    public String chartId() {
        return "growth-chart-" + baby.id;
    }
}
