package clinic.letdown.growth;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Baby;

/** A baby's weights as the client sees them: the date, the weight and the difference from birth weight. */
@TemplateData
public record PortalWeights(Baby baby, List<Line> lines) {

    @TemplateData
    public record Line(LocalDate date, int grams, Integer changeFromBirth) {
        public boolean more() {
            return changeFromBirth != null && changeFromBirth > 0;
        }

        public boolean less() {
            return changeFromBirth != null && changeFromBirth < 0;
        }

        public int difference() {
            return changeFromBirth == null ? 0 : Math.abs(changeFromBirth);
        }
    }
}
