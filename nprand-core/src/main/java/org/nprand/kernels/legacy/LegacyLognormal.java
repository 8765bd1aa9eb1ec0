package org.nprand.kernels.legacy;

import org.nprand.kernels.Uniform;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_lognormal(aug, mean, sigma)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.lognormal}): {@code exp(mean + sigma * gauss)} with one legacy Gaussian and
 * glibc's {@code exp}.
 */
public final class LegacyLognormal {

    private LegacyLognormal() {
    }

    /** One log-normal variate (not validated). */
    public static double sample(AugmentedBitSource aug, double mean, double sigma) {
        return Libm.exp(LegacyNormal.sample(aug, mean, sigma));
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values
     * ({@code exp(mean + sigma * Z)}, as {@link LegacyNormal#sample} adds), the Gaussians drawn a
     * block at a time first ({@link LegacyGauss#fill}, which leaves the cache as the per-value
     * calls do) and then transformed (see {@code Uniform.fillPositive} for why).
     */
    public static void fill(AugmentedBitSource aug, double mean, double sigma, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            LegacyGauss.fill(aug, out, c, e);
            for (int i = c; i < e; i++) {
                out[i] = Libm.exp(mean + sigma * out[i]);
            }
        }
    }
}
