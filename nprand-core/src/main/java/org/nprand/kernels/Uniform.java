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
    public static final int BLOCK = 1024;

    /** The end of the block that starts at {@code c}, for a fill that ends at {@code to}. */
    public static int blockEnd(int c, int to) {
        return to - c > BLOCK ? c + BLOCK : to;
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the bit source's bulk doubles a block at
     * a time ({@link BitSource#fillDouble}, the same draws in the same order), each block then
     * transformed in place by {@link #fromUniforms}.
     */
    public static void fill(BitSource src, double low, double range, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = blockEnd(c, to);
            src.fillDouble(out, c, e);
            fromUniforms(low, range, out, c, e);
        }
    }

    /**
     * Fills {@code out[from, to)} with the uniforms that {@code to - from} loops of
     * "{@code u = next_double} until {@code u > 0}" would take, in order, drawing exactly as
     * they do: the bit source's bulk doubles, then, if one is zero (one in 2**53), the zeros
     * dropped and the slots left filled by further draws, zeros again skipped. The samplers that
     * reject {@code U == 0} draw their block with it and then transform it.
     *
     * <p>Why the block fills draw first and transform after (here and over the standard
     * exponentials and normals): the loop that calls libm then converts no integer to a double.
     * On JDKs before 23, C2 converts with {@code cvtsi2sd} into a register it does not clear
     * (OpenJDK bug 8323116), and in a loop that also calls {@code log} or {@code exp} that
     * register held the previous value's result: each value waited for the one before it.
     */
    static void fillPositive(BitSource src, double[] out, int from, int to) {
        src.fillDouble(out, from, to);
        for (int r = from; r < to; r++) {
            if (out[r] == 0.0) {
                int w = r;
                for (int k = r + 1; k < to; k++) {
                    double u = out[k];
                    if (u != 0.0) {
                        out[w++] = u;
                    }
                }
                while (w < to) {
                    double u = src.nextDouble();
                    if (u != 0.0) {
                        out[w++] = u;
                    }
                }
                return;
            }
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
