package clinic.letdown.growth;

/**
 * One age's L (Box-Cox power), M (median) and S (coefficient of variation) of a WHO growth standard,
 * and the LMS method (Cole 1990; WHO Child Growth Standards 2006, "Computation of centiles and
 * z-scores", chapter 7 of the methods report).
 */
public record Lms(double l, double m, double s) {

    /** z = ((y/M)^L - 1) / (L S), the formula as published (L is never 0 in the weight-for-age tables). */
    public double rawZ(double y) {
        return (Math.pow(y / m, l) - 1) / (l * s);
    }

    /**
     * The z-score as the WHO applies it to weight: within +-3 SD the LMS formula; beyond, the distance
     * past the 3 SD line measured in units of the distance between the 2 and 3 SD lines on that side,
     * so that the skewed tail does not compress extreme values (WHO 2006, chapter 7: z* = 3 +
     * (y - SD3pos) / SD23pos above, z* = -3 + (y - SD3neg) / SD23neg below).
     */
    public double z(double y) {
        double z = rawZ(y);
        if (z > 3) {
            double sd3 = value(3);
            return 3 + (y - sd3) / (sd3 - value(2));
        }
        if (z < -3) {
            double sd3 = value(-3);
            return -3 + (y - sd3) / (value(-2) - sd3);
        }
        return z;
    }

    /** The measurement at a z-score: M (1 + L S z)^(1/L). */
    public double value(double z) {
        return m * Math.pow(1 + l * s * z, 1 / l);
    }

    /** This and {@code next}, a day apart, read at a fraction of the day between them (for the monthly tables' ages). */
    Lms between(Lms next, double fraction) {
        return new Lms(l + (next.l - l) * fraction, m + (next.m - m) * fraction, s + (next.s - s) * fraction);
    }
}
