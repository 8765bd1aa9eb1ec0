package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_logistic(bitgen, loc, scale)} ({@code distributions.c}), shared by
 * {@code RandomState.logistic} and {@code Generator.logistic}: inversion,
 * {@code loc + scale log(U / (1 - U))} with one {@code next_double}; {@code U == 0} is rejected
 * (C recurses; a loop here).
 */
public final class Logistic {

    private Logistic() {
    }

    /** One logistic variate (not validated). */
    public static double sample(BitSource src, double loc, double scale) {
        while (true) {
            double u = src.nextDouble();
            if (u > 0.0) {
                return loc + scale * Libm.log(u / (1.0 - u));
            }
        }
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the uniforms
     * drawn a block at a time first ({@link Uniform#fillPositive}) and then transformed.
     */
    public static void fill(BitSource src, double loc, double scale, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            Uniform.fillPositive(src, out, c, e);
            for (int i = c; i < e; i++) {
                double u = out[i];
                out[i] = loc + scale * Libm.log(u / (1.0 - u));
            }
        }
    }
}
