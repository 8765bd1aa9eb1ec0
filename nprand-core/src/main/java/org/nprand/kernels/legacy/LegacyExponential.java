package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_exponential} ({@code legacy-distributions.c}), behind
 * {@code RandomState.exponential}: {@code scale * legacy_standard_exponential}, one
 * {@code next_double} (also when {@code scale} is 0).
 */
public final class LegacyExponential {

    private LegacyExponential() {
    }

    /** One exponential variate with mean {@code scale} (unchecked). */
    public static double sample(AugmentedBitSource aug, double scale) {
        return scale * LegacyStandardExponential.sample(aug);
    }
}
