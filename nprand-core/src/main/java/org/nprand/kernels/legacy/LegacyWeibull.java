package org.nprand.kernels.legacy;

import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_weibull(aug, a)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.weibull}): {@code 0.0} without a draw for {@code a == 0}, otherwise
 * {@code pow(E, 1 / a)} with one legacy exponential {@code E}.
 */
public final class LegacyWeibull {

    private LegacyWeibull() {
    }

    /** One Weibull variate (not validated). */
    public static double sample(AugmentedBitSource aug, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        return Libm.pow(LegacyStandardExponential.sample(aug), 1. / a);
    }
}
