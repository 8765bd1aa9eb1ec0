package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * The search of {@code random_binomial_inversion} for one {@code (n, p)}, turned into a lookup
 * by the uniform it starts from: the same result for every uniform, so the same values from
 * the same draws. Used by the bulk fills, where its set-up is paid once for many values.
 *
 * <p>The search takes {@code u}, and while {@code u > px[x]} subtracts {@code px[x]} and moves
 * to {@code x + 1}; passing step {@code bound} restarts it with a fresh uniform. Each step's
 * test and subtraction are monotone in {@code u} (IEEE subtraction of a fixed value never
 * reverses an order), so "the search passes step {@code x}" holds for exactly the uniforms at
 * or above some double {@code t[x]}, and {@code t} increases with {@code x} (passing a step
 * requires passing the ones before it). The result is then the number of thresholds at or
 * below {@code u}: {@code bound + 1} means a restart. The thresholds are found by bisection
 * over the doubles, each probe evaluated by the search's own arithmetic, so they are exact, not
 * estimated. A guide table over {@code [0, 1)} ({@value #GUIDE} cells, each holding the count
 * of thresholds at or below its left edge) leaves a step or two of search per value, where the
 * sequential search takes {@code x + 1} steps and mispredicts its exit.
 */
final class BinomialInversionTable {

    /** Guide cells over [0, 1): a power of two, so {@code u * GUIDE} is exact. */
    static final int GUIDE = 1024;

    /** {@code t[x]} for {@code x <= bound}, then {@code +inf} (the search can pass no further). */
    private final double[] thresholds;
    /** {@code guide[c]}: the thresholds at or below {@code c / GUIDE}. */
    private final int[] guide;
    private final int bound;

    /** The table for the search through {@code px[0..bound]} (the search's own probabilities). */
    BinomialInversionTable(double[] px) {
        bound = px.length - 1;
        thresholds = new double[bound + 2];
        double lo = 0.0;
        double sum = 0.0;
        for (int x = 0; x <= bound; x++) {
            sum += px[x];
            lo = threshold(px, x, lo, sum);
            thresholds[x] = lo;
        }
        thresholds[bound + 1] = Double.POSITIVE_INFINITY;
        guide = new int[GUIDE + 1];
        int k = 0;
        for (int c = 0; c <= GUIDE; c++) {
            double edge = c / (double) GUIDE;
            while (thresholds[k] <= edge) {
                k++;
            }
            guide[c] = k;
        }
    }

    /**
     * Whether the fill of {@code count} values is worth the set-up: about {@code 15 (bound + 1)^2}
     * search steps, against a saving of about {@code n p} steps and a mispredicted exit per value.
     */
    static boolean pays(int count, long bound) {
        return count >= 256 && count >= 2 * (bound + 1) * (bound + 1);
    }

    /** The search's result for a fresh draw, restarts included ({@code inversionSearch}'s). */
    int sample(BitSource src) {
        double[] t = thresholds;
        int[] g = guide;
        int x;
        do {
            double u = src.nextDouble();
            x = g[(int) (u * GUIDE)];
            while (t[x] <= u) {
                x++;
            }
        } while (x > bound);
        return x;
    }

    /**
     * The smallest double {@code u >= lo} from which the search passes step {@code x}, or
     * {@code +inf} if none below 1 does. {@code lo} is the previous step's threshold; the
     * bisection first tries a few ulps around {@code sum}, the step's cumulative probability
     * (the threshold's value up to rounding), and falls back to {@code [lo, 1]}.
     */
    private static double threshold(double[] px, int x, double lo, double sum) {
        long one = Double.doubleToRawLongBits(1.0);
        if (!passes(px, Math.nextDown(1.0), x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (passes(px, lo, x)) {
            return lo;
        }
        // Invariant: the search fails at bits a and passes at bits b (non-negative doubles are
        // ordered as their bit patterns).
        double slack = (x + 2) * 0x1p-50;
        long a = Double.doubleToRawLongBits(Math.max(lo, sum - slack));
        long b = Double.doubleToRawLongBits(Math.min(Math.nextDown(1.0), sum + slack));
        if (passes(px, Double.longBitsToDouble(a), x) || !passes(px, Double.longBitsToDouble(b), x)) {
            a = Double.doubleToRawLongBits(lo);
            b = one - 1;
        }
        while (b - a > 1) {
            long mid = (a + b) >>> 1;
            if (passes(px, Double.longBitsToDouble(mid), x)) {
                b = mid;
            } else {
                a = mid;
            }
        }
        return Double.longBitsToDouble(b);
    }

    /** Whether the search from {@code u} passes step {@code x}, by its own arithmetic. */
    private static boolean passes(double[] px, double u, int x) {
        for (int j = 0; j <= x; j++) {
            if (!(u > px[j])) {
                return false;
            }
            u -= px[j];
        }
        return true;
    }
}
