package org.nprand.kernels.legacy;

/**
 * NumPy's {@code legacy_normal} ({@code legacy-distributions.c}), behind
 * {@code RandomState.normal}: {@code loc + scale * legacy_gauss}. It draws what
 * {@link LegacyGauss} draws: nothing when a Gaussian is cached, otherwise polar pairs (two
 * {@code next_double} each) until one is accepted, leaving its twin in the cache.
 */
public final class LegacyNormal {

    private LegacyNormal() {
    }

    /** One normal variate with mean {@code loc} and standard deviation {@code scale} (unchecked). */
    public static double sample(AugmentedBitSource aug, double loc, double scale) {
        return loc + scale * LegacyGauss.sample(aug);
    }
}
