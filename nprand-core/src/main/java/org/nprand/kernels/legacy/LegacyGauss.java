package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_gauss} ({@code legacy-distributions.c}): Marsaglia's polar method, which
 * makes two normals per accepted pair and keeps the second in the {@link AugmentedBitSource}'s
 * cache for the next call.
 */
public final class LegacyGauss {

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

    /** Draws a polar pair, caches {@code f*x1} and returns {@code f*x2}. */
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
        boolean paired = false;
        for (; to - i >= 2; i += 2) {
            double x1;
            double x2;
            double r2;
            do {
                x1 = 2.0 * src.nextDouble() - 1.0;
                x2 = 2.0 * src.nextDouble() - 1.0;
                r2 = x1 * x1 + x2 * x2;
            } while (r2 >= 1.0 || r2 == 0.0);
            double f = Math.sqrt(-2.0 * Libm.log(r2) / r2);
            double g1 = f * x2;
            double g2 = f * x1;
            out[i] = affine ? loc + scale * g1 : g1;
            out[i + 1] = affine ? loc + scale * g2 : g2;
            paired = true;
        }
        if (paired) {
            aug.resetGauss();
        }
        if (i < to) {
            double g = pair(aug);
            out[i] = affine ? loc + scale * g : g;
        }
    }

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
