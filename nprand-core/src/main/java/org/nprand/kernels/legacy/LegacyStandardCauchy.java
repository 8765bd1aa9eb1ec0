package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_standard_cauchy(aug)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.standard_cauchy}): the ratio of two legacy Gaussians. C does not fix the
 * order of the two calls in {@code gauss / gauss}; NumPy's GCC build draws the numerator first
 * (so the numerator is the second value of a fresh polar pair or the cached one), as here.
 */
public final class LegacyStandardCauchy {

    private LegacyStandardCauchy() {
    }

    /** One standard Cauchy variate. */
    public static double sample(AugmentedBitSource aug) {
        double num = LegacyGauss.sample(aug);
        return num / LegacyGauss.sample(aug);
    }
}
