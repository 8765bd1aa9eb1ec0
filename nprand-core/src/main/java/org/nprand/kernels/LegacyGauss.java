package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * The cached-gaussian half of NumPy's {@code aug_bitgen_t} ({@code has_gauss}, {@code gauss})
 * and {@code legacy_gauss}: Marsaglia's polar method, which makes two normals per accepted pair
 * and keeps the second for the next call. It belongs to a RandomState and lives across calls and
 * across methods; only gauss consumers read it. Not thread-safe.
 */
public final class LegacyGauss {

    private boolean hasGauss;
    private double gauss;

    /** An empty cache ({@code has_gauss = 0, gauss = 0.0}). */
    public LegacyGauss() {
    }

    /** NumPy's {@code _reset_gauss}: {@code has_gauss = 0, gauss = 0.0}. */
    public void reset() {
        hasGauss = false;
        gauss = 0.0;
    }

    /** {@code has_gauss}. */
    public boolean hasGauss() {
        return hasGauss;
    }

    /** {@code gauss}: the cached value (meaningful only while {@link #hasGauss()}). */
    public double gauss() {
        return gauss;
    }

    /** Sets both fields, as {@code RandomState.set_state} does. */
    public void set(boolean hasGauss, double gauss) {
        this.hasGauss = hasGauss;
        this.gauss = gauss;
    }

    /**
     * NumPy's {@code legacy_gauss}: the cached value if any (clearing it), otherwise draw pairs
     * {@code x1 = 2U-1, x2 = 2U-1} until {@code 0 < r2 = x1*x1 + x2*x2 < 1}, cache
     * {@code f*x1} and return {@code f*x2} with {@code f = sqrt(-2 log(r2) / r2)}.
     */
    public double next(BitSource src) {
        if (hasGauss) {
            double tmp = gauss;
            hasGauss = false;
            gauss = 0.0;
            return tmp;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * src.nextDouble() - 1.0;
            x2 = 2.0 * src.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Libm.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }
}
