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

    /** Values per block of the bulk forms: the block's doubles are transformed while in cache. */
    static final int BLOCK = 1024;

    /**
     * {@link #sample} for each of {@code out[from, to)}: the bit source's bulk doubles a block at
     * a time ({@link BitSource#fillDouble}, the same draws in the same order), each block then
     * transformed in place by {@link #fromUniforms}.
     */
    public static void fill(BitSource src, double low, double range, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from; c < to;) {
            int e = to - c > BLOCK ? c + BLOCK : to;
            src.fillDouble(out, c, e);
            fromUniforms(low, range, out, c, e);
            c = e;
        }
    }

    /**
     * {@link #sample} over {@code out[from, to)} given the uniforms already there (the draws
     * {@code next_double} would make, in order): {@code out[i] = low + range * out[i]}, the same
     * operations, so the same values.
     */
    public static void fromUniforms(double low, double range, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = low + range * out[i];
        }
    }
}
