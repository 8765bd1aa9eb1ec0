package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_gauss} ({@code legacy-distributions.c}): Marsaglia's polar method, which
 * makes two normals per accepted pair and keeps the second in the {@link AugmentedBitSource}'s
 * cache for the next call.
 */
public final class LegacyGauss {

    /** Pairs drawn ahead of their transforms in {@link #fill}. */
    private static final int PAIRS = 128;

    private LegacyGauss() {
    }

    /**
     * The cached value if any (clearing it); otherwise draw pairs {@code x1 = 2U-1, x2 = 2U-1}
     * until {@code 0 < r2 = x1*x1 + x2*x2 < 1}, cache {@code f*x1} and return {@code f*x2} with
     * {@code f = sqrt(-2 log(r2) / r2)} (glibc's {@code log}, through {@link Libm}).
     */
    public static double sample(AugmentedBitSource aug) {
        // Half of all calls take the cached value: kept small so that it inlines everywhere.
        if (aug.hasGauss() != 0) {
            return aug.takeGauss();
        }
        return pair(aug);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, a whole pair
     * per step (its second value written at once instead of going through the cache), and the
     * cache left as the per-value calls leave it (after a pair taken whole: empty, {@code gauss}
     * 0.0).
     */
    public static void fill(AugmentedBitSource aug, double[] out, int from, int to) {
        fill(aug, false, 0.0, 1.0, out, from, to);
    }

    /** {@code loc + scale * sample(aug)} (NumPy's {@code legacy_normal}) for each of {@code out[from, to)}, as {@link #fill}. */
    public static void fillNormal(AugmentedBitSource aug, double loc, double scale, double[] out, int from, int to) {
        fill(aug, true, loc, scale, out, from, to);
    }

    private static void fill(AugmentedBitSource aug, boolean affine, double loc, double scale,
                             double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        int i = from;
        if (i < to && aug.hasGauss() != 0) {
            double g = aug.takeGauss();
            out[i++] = affine ? loc + scale * g : g;
        }
        BitSource src = aug.bitgen();
        boolean paired = to - i >= 2;
        // Two stages per block of pairs: the accepted (x1, x2, r2) first (the draws, in order),
        // then the log, division and square root of each. The second stage's pairs do not depend
        // on one another, so their long-latency operations overlap instead of waiting on each
        // pair's rejection loop; the values and the draws are the per-pair loop's.
        double[] x1s = null;
        double[] x2s = null;
        double[] r2s = null;
        while (to - i >= 2) {
            int pairs = Math.min((to - i) >> 1, PAIRS);
            if (x1s == null) {
                x1s = new double[pairs];
                x2s = new double[pairs];
                r2s = new double[pairs];
            }
            // every candidate is stored and the slot advances only past an accepted one: no
            // branch on the rejection test, which fails for about one candidate in five
            for (int k = 0; k < pairs;) {
                double x1 = 2.0 * src.nextDouble() - 1.0;
                double x2 = 2.0 * src.nextDouble() - 1.0;
                double r2 = x1 * x1 + x2 * x2;
                x1s[k] = x1;
                x2s[k] = x2;
                r2s[k] = r2;
                k += (r2 < 1.0) & (r2 != 0.0) ? 1 : 0;
            }
            for (int k = 0; k < pairs; k++, i += 2) {
                double r2 = r2s[k];
                double f = Math.sqrt(-2.0 * Libm.log(r2) / r2);
                double g1 = f * x2s[k];
                double g2 = f * x1s[k];
                out[i] = affine ? loc + scale * g1 : g1;
                out[i + 1] = affine ? loc + scale * g2 : g2;
            }
        }
        if (paired) {
            aug.resetGauss();
        }
        if (i < to) {
            double g = pair(aug);
            out[i] = affine ? loc + scale * g : g;
        }
    }

    /** Draws a polar pair, caches {@code f*x1} and returns {@code f*x2}. */
    private static double pair(AugmentedBitSource aug) {
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * aug.nextDouble() - 1.0;
            x2 = 2.0 * aug.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Libm.log(r2) / r2);
        aug.putGauss(f * x1);
        return f * x2;
    }
}
