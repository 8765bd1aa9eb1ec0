package org.nprand.kernels.legacy;

import org.nprand.kernels.Uniform;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_standard_exponential} ({@code legacy-distributions.c}), behind
 * {@code RandomState.standard_exponential} and used by the legacy gamma for shape {@code <= 1}:
 * inversion, {@code -log(1 - U)} with one {@code next_double}.
 *
 * <p>It is C's {@code log} of {@code 1 - U}, not {@code log1p(-U)}: the subtraction rounds first,
 * and the legacy stream depends on it (the Generator's ziggurat is a different algorithm).
 */
public final class LegacyStandardExponential {

    private LegacyStandardExponential() {
    }

    /** One standard exponential variate; {@code U} is in [0, 1), so the log argument is in (0, 1]. */
    public static double sample(AugmentedBitSource aug) {
        return -Libm.log(1.0 - aug.nextDouble());
    }

    /**
     * {@code scale * sample(aug)} for each of {@code out[from, to)} ({@link LegacyExponential};
     * {@code scale} 1 for the standard form): the bit source's bulk doubles a block at a time
     * (the same draws in the same order), each block then transformed in place.
     */
    public static void fill(AugmentedBitSource aug, double scale, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            aug.bitgen().fillDouble(out, c, e);
            fromUniforms(scale, out, c, e);
        }
    }

    /**
     * {@link #sample} over {@code out[from, to)} given the uniforms already there (the doubles
     * {@code next_double} would draw, in order), each times {@code scale} as
     * {@link LegacyExponential} ({@code scale} 1 for the standard form: multiplying by 1 is exact).
     */
    public static void fromUniforms(double scale, double[] out, int from, int to) {
        if (scale == 1.0) {
            for (int i = from; i < to; i++) {
                out[i] = -Libm.log(1.0 - out[i]);
            }
        } else {
            for (int i = from; i < to; i++) {
                out[i] = scale * -Libm.log(1.0 - out[i]);
            }
        }
    }
}
