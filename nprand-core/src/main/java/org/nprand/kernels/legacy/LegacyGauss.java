package org.nprand.kernels.legacy;

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
