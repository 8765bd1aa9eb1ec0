package org.nprand.kernels.legacy;

import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_power(aug, a)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.power}): {@code pow(1 - exp(-E), 1 / a)} with one legacy exponential
 * {@code E} (the Generator uses {@code -expm1(-E)} instead).
 */
public final class LegacyPower {

    private LegacyPower() {
    }

    /** One power-distribution variate (not validated). */
    public static double sample(AugmentedBitSource aug, double a) {
        return Libm.pow(1 - Libm.exp(-LegacyStandardExponential.sample(aug)), 1. / a);
    }
}
