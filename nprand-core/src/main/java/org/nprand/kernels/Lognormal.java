package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_lognormal(bitgen, mean, sigma)} ({@code distributions.c}), behind
 * {@code Generator.lognormal}: {@code exp(mean + sigma * z)} with one {@link StandardNormal}
 * {@code z} (glibc's {@code exp}, through {@link Libm}).
 */
public final class Lognormal {

    private Lognormal() {
    }

    /** One log-normal variate (not validated). */
    public static double sample(BitSource src, double mean, double sigma) {
        return Libm.exp(Normal.sample(src, mean, sigma));
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values
     * ({@code exp(mean + sigma * Z)}, as {@link Normal#sample} adds), the standard normals drawn a
     * block at a time first and then transformed (see {@link Uniform#fillPositive} for why).
     */
    public static void fill(BitSource src, double mean, double sigma, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            StandardNormal.fill(src, out, c, e);
            for (int i = c; i < e; i++) {
                out[i] = Libm.exp(mean + sigma * out[i]);
            }
        }
    }
}
