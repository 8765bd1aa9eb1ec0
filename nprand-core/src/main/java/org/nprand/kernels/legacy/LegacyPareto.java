package org.nprand.kernels.legacy;

import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_pareto(aug, a)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.pareto}): {@code exp(E / a) - 1} with one legacy exponential {@code E}. The
 * Generator switched to {@code expm1} in 1.22; the legacy form keeps {@code exp(...) - 1}.
 */
public final class LegacyPareto {

    private LegacyPareto() {
    }

    /** One Pareto II (Lomax) variate (not validated). */
    public static double sample(AugmentedBitSource aug, double a) {
        return Libm.exp(LegacyStandardExponential.sample(aug) / a) - 1;
    }
}
