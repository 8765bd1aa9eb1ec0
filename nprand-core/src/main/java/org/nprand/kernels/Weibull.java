package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_weibull(bitgen, a)} ({@code distributions.c}), behind
 * {@code Generator.weibull}: {@code a == 0} gives 0.0 with no draw; otherwise {@code E^(1/a)}
 * with one {@link StandardExponential} {@code E} (glibc's {@code pow}, through {@link Libm}).
 */
public final class Weibull {

    private Weibull() {
    }

    /** One Weibull variate (not validated). */
    public static double sample(BitSource src, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        return Libm.pow(StandardExponential.sample(src), 1. / a);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the standard
     * exponentials drawn a block at a time first and then transformed (see
     * {@link Uniform#fillPositive} for why).
     */
    public static void fill(BitSource src, double a, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (a == 0.0) {
            java.util.Arrays.fill(out, from, to, 0.0);
            return;
        }
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            StandardExponential.fill(src, out, c, e);
            for (int i = c; i < e; i++) {
                out[i] = Libm.pow(out[i], 1. / a);
            }
        }
    }
}
