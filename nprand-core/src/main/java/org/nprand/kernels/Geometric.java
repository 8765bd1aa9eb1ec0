package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy 2.4.6's {@code random_geometric(bitgen, p)} ({@code distributions.c}), behind
 * {@code Generator.geometric}: the number of Bernoulli({@code p}) trials up to the first success.
 *
 * <ul>
 *   <li>{@code p >= 0.333333333333333333333333} (the C literal, the double nearest 1/3):
 *       {@code random_geometric_search}, sequential search of the CDF with one
 *       {@code next_double} ({@link GeometricSearch}, the same C function RandomState uses);</li>
 *   <li>otherwise {@code random_geometric_inversion}: inversion of the exponential,
 *       {@code ceil(-E / log1p(-p))} with {@code E} the Generator's ziggurat standard exponential
 *       (not a uniform, unlike the legacy kernel), clamped to {@code INT64_MAX} when the quotient
 *       is at least {@code 9.223372036854776e18}.</li>
 * </ul>
 * Not validated ({@code 0 < p <= 1}).
 */
public final class Geometric {

    /** The C literal {@code 0.333333333333333333333333}. */
    private static final double SEARCH_THRESHOLD = 0.333333333333333333333333;
    /** {@code 9.223372036854776e+18}: the smallest double above {@code INT64_MAX}, i.e. 2^63. */
    private static final double INT64_MAX_BOUND = 9.223372036854776e+18;

    private Geometric() {
    }

    /** One geometric variate on {1, 2, ...} (not validated). */
    public static long sample(BitSource src, double p) {
        if (p >= SEARCH_THRESHOLD) {
            return GeometricSearch.sample(src, p);
        }
        return inversion(src, p);
    }

    /** {@code random_geometric_inversion}. */
    static long inversion(BitSource src, double p) {
        return fromExponential(StandardExponential.sample(src), Libm.log1p(-p));
    }

    /** The inversion's result from its standard exponential and {@code log1p(-p)}. */
    private static long fromExponential(double e, double log1pMinusP) {
        double z = Math.ceil(-e / log1pMinusP);
        if (z >= INT64_MAX_BOUND) {
            return Long.MAX_VALUE;
        }
        return CCast.toInt64(z);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values. The inversion
     * takes {@code log1p(-p)} once (NumPy computes the same value per draw) and its standard
     * exponentials a block at a time first (see {@link Uniform#fillPositive} for why).
     */
    public static void fill(BitSource src, double p, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (p >= SEARCH_THRESHOLD) {
            GeometricSearch.fill(src, p, out, from, to);
            return;
        }
        double log1pMinusP = Libm.log1p(-p);
        double[] e = new double[Math.min(to - from, Uniform.BLOCK)];
        for (int c = from, end; c < to; c = end) {
            end = Uniform.blockEnd(c, to);
            StandardExponential.fill(src, e, 0, end - c);
            for (int i = c; i < end; i++) {
                out[i] = fromExponential(e[i - c], log1pMinusP);
            }
        }
    }
}
