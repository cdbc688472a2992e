package clinic.letdown.growth;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** The growth of each of a client's babies, for her page (in the order of her babies). */
@TemplateData
public record ClientGrowth(List<BabyGrowth> babies) {

    public List<BabyGrowth> flagged() {
        return babies.stream().filter(BabyGrowth::hasFlags).toList();
    }

    public boolean hasFlags() {
        return babies.stream().anyMatch(BabyGrowth::hasFlags);
    }

    public boolean urgent() {
        return babies.stream().anyMatch(BabyGrowth::urgent);
    }
}
