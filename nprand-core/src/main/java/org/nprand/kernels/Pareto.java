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
}
