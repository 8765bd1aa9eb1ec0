package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_standard_t(aug, df)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.standard_t}): one legacy Gaussian {@code num}, then
 * {@code denom = legacy_standard_gamma(df / 2)}, and {@code sqrt(df / 2) * num / sqrt(denom)}.
 */
public final class LegacyStandardT {

    private LegacyStandardT() {
    }

    /** One Student's t variate (not validated). */
    public static double sample(AugmentedBitSource aug, double df) {
        double num = LegacyGauss.sample(aug);
        double denom = LegacyStandardGamma.sample(aug, df / 2);
        return Math.sqrt(df / 2) * num / Math.sqrt(denom);
    }
}
