package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_geometric_search(bitgen, p)} ({@code distributions.c}), the branch for
 * {@code p >= 1/3} of both {@code Generator.geometric} and {@code RandomState.geometric}: one
 * {@code next_double} {@code U}, then walk the CDF, {@code X = 1, sum = prod = p}, and while
 * {@code U > sum}: {@code prod *= 1 - p; sum += prod; X++}.
 */
public final class GeometricSearch {

    private GeometricSearch() {
    }

    /** One geometric variate on {1, 2, ...} by sequential search (not validated). */
    public static long sample(BitSource src, double p) {
        long x = 1;
        double sum = p;
        double prod = p;
        double q = 1.0 - p;
        double u = src.nextDouble();
        while (u > sum) {
            prod *= q;
            sum += prod;
            x++;
        }
        return x;
    }

    /** {@link #sample} for each of {@code out[from, to)}. */
    public static void fill(BitSource src, double p, long[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = sample(src, p);
        }
    }
}
