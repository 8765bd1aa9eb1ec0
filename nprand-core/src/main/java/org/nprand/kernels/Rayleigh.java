package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_rayleigh(bitgen, mode)} ({@code distributions.c}), behind
 * {@code Generator.rayleigh}: {@code mode * sqrt(2 E)} with one {@link StandardExponential}
 * {@code E} (inversion of the Rayleigh distribution function).
 */
public final class Rayleigh {

    private Rayleigh() {
    }

    /** One Rayleigh variate (not validated). */
    public static double sample(BitSource src, double mode) {
        return mode * Math.sqrt(2.0 * StandardExponential.sample(src));
    }
}
