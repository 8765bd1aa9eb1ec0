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

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the standard
     * exponentials drawn a block at a time first and then transformed (see
     * {@link Uniform#fillPositive} for why).
     */
    public static void fill(BitSource src, double mode, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            StandardExponential.fill(src, out, c, e);
            for (int i = c; i < e; i++) {
                out[i] = mode * Math.sqrt(2.0 * out[i]);
            }
        }
    }
}
