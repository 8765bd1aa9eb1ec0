package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_gamma(bitgen, shape, scale)} ({@code distributions.c}), behind
 * {@code Generator.gamma}: {@code scale * G} with one {@link StandardGamma} {@code G(shape)}.
 */
public final class Gamma {

    private Gamma() {
    }

    /** One gamma variate (not validated). */
    public static double sample(BitSource src, double shape, double scale) {
        return scale * StandardGamma.sample(src, shape);
    }
}
