package org.nprand.kernels.legacy;

import org.nprand.kernels.Uniform;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_weibull(aug, a)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.weibull}): {@code 0.0} without a draw for {@code a == 0}, otherwise
 * {@code pow(E, 1 / a)} with one legacy exponential {@code E}.
 */
public final class LegacyWeibull {

    private LegacyWeibull() {
    }

    /** One Weibull variate (not validated). */
    public static double sample(AugmentedBitSource aug, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        return Libm.pow(LegacyStandardExponential.sample(aug), 1. / a);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the standard
     * exponentials drawn a block at a time first ({@link LegacyStandardExponential#fill}) and then
     * transformed (see {@code Uniform.fillPositive} for why).
     */
    public static void fill(AugmentedBitSource aug, double a, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (a == 0.0) {
            java.util.Arrays.fill(out, from, to, 0.0);
            return;
        }
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            LegacyStandardExponential.fill(aug, 1.0, out, c, e);
            for (int i = c; i < e; i++) {
                out[i] = Libm.pow(out[i], 1. / a);
            }
        }
    }
}
