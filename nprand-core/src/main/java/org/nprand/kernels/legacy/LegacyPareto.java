package org.nprand.kernels.legacy;

import org.nprand.kernels.Uniform;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_pareto(aug, a)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.pareto}): {@code exp(E / a) - 1} with one legacy exponential {@code E}. The
 * Generator switched to {@code expm1} in 1.22; the legacy form keeps {@code exp(...) - 1}.
 */
public final class LegacyPareto {

    private LegacyPareto() {
    }

    /** One Pareto II (Lomax) variate (not validated). */
    public static double sample(AugmentedBitSource aug, double a) {
        return Libm.exp(LegacyStandardExponential.sample(aug) / a) - 1;
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
            for (int i = c; i < e; i++) {
                out[i] = Libm.exp(out[i] / a) - 1;
            }
        }
    }
}
