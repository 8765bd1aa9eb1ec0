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
        double z = Math.ceil(-StandardExponential.sample(src) / Libm.log1p(-p));
        if (z >= INT64_MAX_BOUND) {
            return Long.MAX_VALUE;
        }
        return CCast.toInt64(z);
    }
}
