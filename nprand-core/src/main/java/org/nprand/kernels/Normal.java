package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_normal(bitgen, loc, scale)} ({@code distributions.c}), behind
 * {@code Generator.normal}: {@code loc + scale * z} with one ziggurat {@link StandardNormal}
 * {@code z}.
 */
public final class Normal {

    private Normal() {
    }

    /** One normal variate (not validated). */
    public static double sample(BitSource src, double loc, double scale) {
        return loc + scale * StandardNormal.sample(src);
    }
}
