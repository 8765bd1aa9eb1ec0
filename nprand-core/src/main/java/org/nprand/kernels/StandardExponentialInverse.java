package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * The body of NumPy's {@code random_standard_exponential_inv_fill} ({@code distributions.c}),
 * behind {@code Generator.standard_exponential(method='inv')}: inversion,
 * {@code -log1p(-U)} with one {@code next_double} {@code U} (glibc's {@code log1p}, through
 * {@link Libm}). NumPy has no single-value function for it, only the fill loop.
 */
public final class StandardExponentialInverse {

    private StandardExponentialInverse() {
    }

    /** One standard exponential variate by inversion. */
    public static double sample(BitSource src) {
        return -Libm.log1p(-src.nextDouble());
    }
}
