package org.nprand.kernels.legacy;

import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_standard_exponential} ({@code legacy-distributions.c}), behind
 * {@code RandomState.standard_exponential} and used by the legacy gamma for shape {@code <= 1}:
 * inversion, {@code -log(1 - U)} with one {@code next_double}.
 *
 * <p>It is C's {@code log} of {@code 1 - U}, not {@code log1p(-U)}: the subtraction rounds first,
 * and the legacy stream depends on it (the Generator's ziggurat is a different algorithm).
 */
public final class LegacyStandardExponential {

    private LegacyStandardExponential() {
    }

    /** One standard exponential variate; {@code U} is in [0, 1), so the log argument is in (0, 1]. */
    public static double sample(AugmentedBitSource aug) {
        return -Libm.log(1.0 - aug.nextDouble());
    }
}
