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
}
