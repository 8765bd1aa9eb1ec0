package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_gamma} ({@code legacy-distributions.c}), behind
 * {@code RandomState.gamma}: {@code scale * legacy_standard_gamma(shape)}; draws what
 * {@link LegacyStandardGamma} draws.
 */
public final class LegacyGamma {

    private LegacyGamma() {
    }

    /** One gamma variate with the given {@code shape} and {@code scale} (unchecked). */
    public static double sample(AugmentedBitSource aug, double shape, double scale) {
        return scale * LegacyStandardGamma.sample(aug, shape);
    }
}
