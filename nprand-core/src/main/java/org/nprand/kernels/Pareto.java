package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_pareto(bitgen, a)} ({@code distributions.c}), behind
 * {@code Generator.pareto} (the Lomax, or Pareto II, distribution): {@code expm1(E / a)} with one
 * {@link StandardExponential} {@code E} (glibc's {@code expm1}, through {@link Libm}).
 */
public final class Pareto {

    private Pareto() {
    }

    /** One Pareto II variate (not validated). */
    public static double sample(BitSource src, double a) {
        return Libm.expm1(StandardExponential.sample(src) / a);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the standard
     * exponentials drawn a block at a time first and then transformed (see
     * {@link Uniform#fillPositive} for why).
     */
    public static void fill(BitSource src, double a, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            StandardExponential.fill(src, out, c, e);
            for (int i = c; i < e; i++) {
                out[i] = Libm.expm1(out[i] / a);
            }
        }
    }
}
