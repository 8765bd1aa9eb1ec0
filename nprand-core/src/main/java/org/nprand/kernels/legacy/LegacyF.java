package org.nprand.kernels.legacy;

import org.nprand.kernels.PairedAttempts;

/**
 * NumPy's {@code legacy_f(aug, dfnum, dfden)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.f}): {@code (chisq(dfnum) * dfden) / (chisq(dfden) * dfnum)} with two
 * {@link LegacyChisquare} draws. C leaves the order of the two calls in that single expression
 * unspecified; NumPy's GCC build evaluates the numerator first, and so does this.
 */
public final class LegacyF {

    private LegacyF() {
    }

    /** One F variate (not validated). */
    public static double sample(AugmentedBitSource aug, double dfnum, double dfden) {
        double num = LegacyChisquare.sample(aug, dfnum) * dfden;
        double den = LegacyChisquare.sample(aug, dfden) * dfnum;
        return num / den;
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same values, draws and cache. With
     * both half degrees of freedom above 1 (each chi-square twice a Marsaglia and Tsang gamma),
     * fills of at least {@link PairedAttempts#MIN_VALUES} values draw their gammas a block of
     * attempts at a time ({@link PolarGammaBlocks}, the two shapes in turn).
     */
    public static void fill(AugmentedBitSource aug, double dfnum, double dfden, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        double a = dfnum / 2.0;
        double b = dfden / 2.0;
        if (a > 1.0 && b > 1.0 && to - from >= PairedAttempts.MIN_VALUES) {
            // LegacyChisquare.sample is 2.0 * gamma(df / 2.0)
            PolarGammaBlocks.fillPairs(aug, a, b, (ga, gb) -> (2.0 * ga * dfden) / (2.0 * gb * dfnum), out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = sample(aug, dfnum, dfden);
        }
    }
}
