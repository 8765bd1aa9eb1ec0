package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_chisquare(aug, df)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.chisquare}): {@code 2 * legacy_standard_gamma(df / 2)}, so it draws exactly
 * what the legacy gamma draws (uniforms and legacy exponentials for {@code df < 2}, one legacy
 * exponential for {@code df == 2}, legacy Gaussians and uniforms for {@code df > 2}).
 */
public final class LegacyChisquare {

    private LegacyChisquare() {
    }

    /** One chi-square variate with {@code df} degrees of freedom (not validated). */
    public static double sample(AugmentedBitSource aug, double df) {
        return 2.0 * LegacyStandardGamma.sample(aug, df / 2.0);
    }

    /** {@link #sample} for each of {@code out[from, to)}: the gamma's fill with scale 2, the same values and draws. */
    public static void fill(AugmentedBitSource aug, double df, double[] out, int from, int to) {
        LegacyStandardGamma.fill(aug, df / 2.0, 2.0, out, from, to);
    }
}
