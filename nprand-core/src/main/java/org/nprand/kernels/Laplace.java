package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_laplace(bitgen, loc, scale)} ({@code distributions.c}), shared by
 * {@code RandomState.laplace} and {@code Generator.laplace}: inversion with one
 * {@code next_double} {@code U}; {@code U >= 0.5} gives {@code loc - scale log(2 - U - U)},
 * {@code 0 < U < 0.5} gives {@code loc + scale log(U + U)}, and {@code U == 0} is rejected
 * (C recurses; a loop here) so the result is finite.
 */
public final class Laplace {

    private Laplace() {
    }

    /** One Laplace variate (not validated). */
    public static double sample(BitSource src, double loc, double scale) {
        while (true) {
            double u = src.nextDouble();
            if (u >= 0.5) {
                return loc - scale * Libm.log(2.0 - u - u);
            } else if (u > 0.0) {
                return loc + scale * Libm.log(u + u);
            }
        }
    }
    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values. Which side of
     * the median a uniform falls on is a coin flip the CPU mispredicts half the time, so the side
     * is taken from the sign of {@code u - 0.5} (exact for every double uniform) and the one
     * logarithm's argument and sign are selected by mask: {@code loc + (-scale) * L} is
     * {@code loc - scale * L} exactly. The uniforms are drawn a block at a time first
     * ({@link Uniform#fillPositive}: the same draws). Non-finite parameters keep the scalar path.
     */
    public static void fill(BitSource src, double loc, double scale, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (!Double.isFinite(loc) || !Double.isFinite(scale)) {
            for (int i = from; i < to; i++) {
                out[i] = sample(src, loc, scale);
            }
            return;
        }
        long plus = Double.doubleToRawLongBits(scale);
        long minus = Double.doubleToRawLongBits(-scale);
        for (int c = from, e; c < to; c = e) {
            e = Uniform.blockEnd(c, to);
            Uniform.fillPositive(src, out, c, e);
            for (int i = c; i < e; i++) {
                double u = out[i];
                // -1 when u < 0.5 (u - 0.5 negative), 0 when u >= 0.5 (+0.0 or positive)
                long lower = Double.doubleToRawLongBits(u - 0.5) >> 63;
                double arg = Double.longBitsToDouble((Double.doubleToRawLongBits(u + u) & lower)
                        | (Double.doubleToRawLongBits(2.0 - u - u) & ~lower));
                double signedScale = Double.longBitsToDouble((plus & lower) | (minus & ~lower));
                out[i] = loc + signedScale * Libm.log(arg);
            }
        }
    }
}
