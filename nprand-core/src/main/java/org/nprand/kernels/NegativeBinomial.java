package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy 2.4.6's {@code random_negative_binomial(bitgen, n, p)} ({@code distributions.c}), behind
 * {@code Generator.negative_binomial}: the gamma-Poisson mixture, {@code Y = random_gamma(n,
 * (1 - p) / p)} (the Generator's standard gamma, Marsaglia-Tsang over the ziggurat normal, times
 * the scale), then {@code random_poisson(Y)} ({@link Poisson}). The legacy kernel
 * ({@code RandomState}) draws its gamma differently.
 *
 * <p>Not validated: NumPy requires {@code n > 0}, {@code 0 < p <= 1} and
 * {@code (1 - p) / p * (n + 10 sqrt(n))} not above its Poisson limit. {@code p == 1} gives a
 * zero scale, a draw-consuming gamma and then {@code poisson(0) = 0} with no further draw.
 */
public final class NegativeBinomial {

    private NegativeBinomial() {
    }

    /** One negative-binomial variate (not validated). */
    public static long sample(BitSource src, double n, double p) {
        // random_gamma(bitgen, shape, scale) = scale * random_standard_gamma(bitgen, shape)
        double y = ((1 - p) / p) * StandardGamma.sample(src, n);
        return Poisson.sample(src, y);
    }
}
