package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_exponential(bitgen, scale)} ({@code distributions.c}), behind
 * {@code Generator.exponential}: {@code scale * E} with one ziggurat {@link StandardExponential}
 * {@code E}. (The legacy form is {@code org.nprand.kernels.legacy.LegacyExponential}.)
 */
public final class Exponential {

    private Exponential() {
    }

    /** One exponential variate (not validated). */
    public static double sample(BitSource src, double scale) {
        return scale * StandardExponential.sample(src);
    }
}
