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
}
