package org.nprand.kernels.legacy;

import org.nprand.kernels.Uniform;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_power(aug, a)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.power}): {@code pow(1 - exp(-E), 1 / a)} with one legacy exponential
 * {@code E} (the Generator uses {@code -expm1(-E)} instead).
 */
public final class LegacyPower {

    private LegacyPower() {
    }

    /** One power-distribution variate (not validated). */
    public static double sample(AugmentedBitSource aug, double a) {
        return Libm.pow(1 - Libm.exp(-LegacyStandardExponential.sample(aug)), 1. / a);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the standard
     * exponentials drawn a block at a time first ({@link LegacyStandardExponential#fill}) and then
     * transformed (see {@code Uniform.fillPositive} for why).
     */
    public static void fill(AugmentedBitSource aug, double a, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            LegacyStandardExponential.fill(aug, 1.0, out, c, e);
            // the block's exps, then its pows: two loops of independent calls (in one loop each
            // value's pow waited for its exp; see Gumbel.fill)
            for (int i = c; i < e; i++) {
                out[i] = 1 - Libm.exp(-out[i]);
            }
            for (int i = c; i < e; i++) {
                out[i] = Libm.pow(out[i], 1. / a);
            }
        }
    }
}
