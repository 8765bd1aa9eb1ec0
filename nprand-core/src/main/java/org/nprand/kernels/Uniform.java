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

    /**
     * NumPy's {@code random_uniform(low, range)}: {@code low + range * next_double}; the caller
     * computes {@code range = high - low} (in doubles) and checks it.
     */
    public static double sample(BitSource src, double low, double range) {
        return low + range * src.nextDouble();
    }

    /** NumPy's {@code random_standard_uniform_fill} over {@code out[from, to)}. */
    public static void fill(BitSource src, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = src.nextDouble();
        }
    }
}
