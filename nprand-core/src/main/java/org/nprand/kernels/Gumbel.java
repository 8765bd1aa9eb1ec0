package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_gumbel(bitgen, loc, scale)} ({@code distributions.c}), shared by
 * {@code RandomState.gumbel} and {@code Generator.gumbel}: inversion, {@code U = 1 - next_double}
 * in (0, 1], {@code loc - scale log(-log(U))}; {@code U == 1} is rejected (C recurses; a loop
 * here).
 */
public final class Gumbel {

    private Gumbel() {
    }

    /** One Gumbel variate (not validated). */
    public static double sample(BitSource src, double loc, double scale) {
        while (true) {
            double u = 1.0 - src.nextDouble();
            if (u < 1.0) {
                return loc - scale * Libm.log(-Libm.log(u));
            }
        }
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, the uniforms
     * drawn a block at a time first ({@link Uniform#fillPositive}: {@code 1 - U < 1} is
     * {@code U > 0}) and then transformed.
     */
    public static void fill(BitSource src, double loc, double scale, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            Uniform.fillPositive(src, out, c, e);
            // the block's inner logs, then its outer ones: two loops of independent calls. In one
            // loop each value's second log waited for its first, and too few values fit in the
            // processor's window to fill the wait (rng.gumbel 12.3 -> 10.4 ns, JMH, JDK 17)
            for (int i = c; i < e; i++) {
                out[i] = -Libm.log(1.0 - out[i]);
            }
            for (int i = c; i < e; i++) {
                out[i] = loc - scale * Libm.log(out[i]);
            }
        }
    }
}
