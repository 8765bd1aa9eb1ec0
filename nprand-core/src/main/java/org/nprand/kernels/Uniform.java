package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's uniform kernels: {@code random_standard_uniform},
 * {@code random_standard_uniform_fill} ({@code next_double} per value, the bit generator's own
 * formula) and {@code random_uniform(low, range)}.
 */
public final class Uniform {

    private Uniform() {
    }

    /** NumPy's {@code random_standard_uniform}: one {@code next_double} in [0, 1). */
    public static double standard(BitSource src) {
        return src.nextDouble();
    }

    /** NumPy's {@code random_standard_uniform_fill} over {@code out[from, to)}. */
    public static void fill(BitSource src, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = src.nextDouble();
        }
    }

    /**
     * NumPy's {@code random_uniform(bitgen, lower, range)} ({@code distributions.c}), behind
     * {@code RandomState.uniform} and {@code Generator.uniform}: {@code lower + range * U} with one
     * {@code next_double}. The caller computes {@code range = high - low} in double first, as
     * NumPy does; a negative range is fine here ({@code RandomState} allows it).
     */
    public static double sample(BitSource src, double lower, double range) {
        return lower + range * src.nextDouble();
    }
}
