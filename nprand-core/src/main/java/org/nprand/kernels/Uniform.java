package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_uniform} ({@code distributions.c}), shared by {@code RandomState} and
 * {@code Generator}. The standard uniform is the bit source's own {@code next_double}.
 */
public final class Uniform {

    private Uniform() {
    }

    /**
     * NumPy's {@code random_uniform(low, range)}: {@code low + range * next_double}; the caller
     * computes {@code range = high - low} (in doubles) and checks it.
     */
    public static double sample(BitSource src, double low, double range) {
        return low + range * src.nextDouble();
    }
}
