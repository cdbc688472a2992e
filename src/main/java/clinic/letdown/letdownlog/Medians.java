package clinic.letdown.letdownlog;

import java.util.Collection;

/** The median: the middle value, or the mean of the two middle values of an even count. */
public final class Medians {

    private Medians() {
    }

    /** Null for no values. */
    public static Double of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
