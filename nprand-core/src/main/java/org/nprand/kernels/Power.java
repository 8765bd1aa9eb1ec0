package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_power(bitgen, a)} ({@code distributions.c}), behind
 * {@code Generator.power}: {@code (-expm1(-E))^(1/a)}, i.e. {@code (1 - e^-E)^(1/a)}, with one
 * {@link StandardExponential} {@code E} (glibc's {@code expm1} and {@code pow}, through
 * {@link Libm}).
 */
public final class Power {

    private Power() {
    }

    /** One power-distribution variate (not validated). */
    public static double sample(BitSource src, double a) {
        return Libm.pow(-Libm.expm1(-StandardExponential.sample(src)), 1. / a);
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
            // the block's expm1s, then its pows: two loops of independent calls (in one loop each
            // value's pow waited for its expm1; see Gumbel.fill)
            for (int i = c; i < e; i++) {
                out[i] = -Libm.expm1(-out[i]);
            }
            for (int i = c; i < e; i++) {
                out[i] = Libm.pow(out[i], 1. / a);
            }
        }
    }
}
