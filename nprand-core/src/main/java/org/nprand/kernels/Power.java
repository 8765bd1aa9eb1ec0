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
}
