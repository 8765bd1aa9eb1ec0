package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.CCast;
import org.nprand.kernels.GeometricSearch;
import org.nprand.kernels.Uniform;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_random_geometric(bitgen, p)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.geometric}), on the bare bit source:
 *
 * <ul>
 *   <li>{@code p >= 0.333333333333333333333333} (the C literal rounds to 1/3's nearest double, so
 *       {@code p = 1/3} searches): the shared {@code random_geometric_search}
 *       ({@link GeometricSearch});</li>
 *   <li>otherwise {@code legacy_geometric_inversion}: {@code (long) ceil(log1p(-U) / log(1 - p))}
 *       with one {@code next_double}: a uniform, not the Generator's ziggurat exponential, and
 *       {@code log(1 - p)}, not {@code log1p(-p)}. No clamp to {@code INT64_MAX}: a quotient at or
 *       beyond 2<sup>63</sup> (or infinite, when {@code 1 - p} rounds to 1) casts to
 *       {@code INT64_MIN} as on x86-64.</li>
 * </ul>
 */
public final class LegacyGeometric {

    /** The C literal {@code 0.333333333333333333333333}, i.e. the double nearest 1/3. */
    private static final double SEARCH_THRESHOLD = 0.333333333333333333333333;

    private LegacyGeometric() {
    }

    /** One geometric variate on {1, 2, ...} (not validated). */
    public static long sample(BitSource src, double p) {
        if (p >= SEARCH_THRESHOLD) {
            return GeometricSearch.sample(src, p);
        }
        return CCast.toInt64(Math.ceil(Libm.log1p(-src.nextDouble()) / Libm.log(1 - p)));
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values. The inversion
     * takes {@code log(1 - p)} once (NumPy computes the same value per draw) and its uniforms a
     * block at a time first (see {@code Uniform.fillPositive} for why).
     */
    public static void fill(BitSource src, double p, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (p >= SEARCH_THRESHOLD) {
            GeometricSearch.fill(src, p, out, from, to);
            return;
        }
        double log1MinusP = Libm.log(1 - p);
        double[] u = new double[Math.min(to - from, Uniform.BLOCK)];
        for (int c = from, end; c < to; c = end) {
            end = Uniform.blockEnd(c, to);
            src.fillDouble(u, 0, end - c);
            for (int i = c; i < end; i++) {
                out[i] = CCast.toInt64(Math.ceil(Libm.log1p(-u[i - c]) / log1MinusP));
            }
        }
    }
}
