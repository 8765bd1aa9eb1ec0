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
}
