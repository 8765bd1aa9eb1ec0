package org.nprand.kernels.legacy;

import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_lognormal(aug, mean, sigma)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.lognormal}): {@code exp(mean + sigma * gauss)} with one legacy Gaussian and
 * glibc's {@code exp}.
 */
public final class LegacyLognormal {

    private LegacyLognormal() {
    }

    /** One log-normal variate (not validated). */
    public static double sample(AugmentedBitSource aug, double mean, double sigma) {
        return Libm.exp(LegacyNormal.sample(aug, mean, sigma));
    }
}
