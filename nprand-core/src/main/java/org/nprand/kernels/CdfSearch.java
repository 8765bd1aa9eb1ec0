package org.nprand.kernels;

/**
 * {@code choice}'s sampling with probabilities {@code p}, with replacement: the normalised
 * cumulative {@code p} ({@code cdf = p.cumsum(); cdf /= cdf[-1]}), then each uniform draw's
 * {@code cdf.searchsorted(u, side='right')}, as {@code RandomState.choice} and
 * {@code Generator.choice} both do.
 */
public final class CdfSearch {

    private CdfSearch() {
    }

    /** {@code cdf = p.cumsum(); cdf /= cdf[-1]} (a sequential cumulative sum, as NumPy's for float64). */
    public static double[] cumsumNormalised(double[] p) {
        double[] cdf = new double[p.length];
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            cdf[i] = acc;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        return cdf;
    }

    /** {@code np.searchsorted(cdf, u, side='right')}: the number of entries {@code <= u} (NaN sorts last). */
    public static long searchsortedRight(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            // NumPy's ordering puts NaN after everything: u < NaN is true.
            if (u < cdf[mid] || Double.isNaN(cdf[mid]) && !Double.isNaN(u)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
