package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_lognormal(bitgen, mean, sigma)} ({@code distributions.c}), behind
 * {@code Generator.lognormal}: {@code exp(mean + sigma * z)} with one {@link StandardNormal}
 * {@code z} (glibc's {@code exp}, through {@link Libm}).
 */
public final class Lognormal {

    private Lognormal() {
    }

    /** One log-normal variate (not validated). */
    public static double sample(BitSource src, double mean, double sigma) {
        return Libm.exp(Normal.sample(src, mean, sigma));
    }
}
