package clinic.letdown.growth;

import java.util.List;

/** Z-scores as centiles, and the five centile lines of the WHO charts (3rd, 15th, 50th, 85th, 97th). */
public final class Centiles {

    /** The centile lines drawn on the WHO weight-for-age charts. */
    public static final List<Integer> MAJOR_LINES = List.of(3, 15, 50, 85, 97);
    /** Their z-scores: the standard normal quantiles of 0.03, 0.15, 0.5, 0.85 and 0.97. */
    static final double[] MAJOR_LINE_Z = {-1.880794, -1.036433, 0, 1.036433, 1.880794};

    private Centiles() {
    }

    /** The centile (0-100) of a z-score: 100 times the standard normal distribution function. */
    public static double of(double z) {
        return 100 * normalCdf(z);
    }

    /** How many of the five major lines lie at or below z: 0 below the 3rd, 5 at or above the 97th. */
    public static int linesAtOrBelow(double z) {
        int count = 0;
        for (double line : MAJOR_LINE_Z) {
            if (z >= line) {
                count++;
            }
        }
        return count;
    }

    /** Phi(z) from the complementary error function (Numerical Recipes' erfcc, a Chebyshev fit: fractional error below 1.2e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return z >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
