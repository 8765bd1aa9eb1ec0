package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_standard_cauchy(bitgen)} ({@code distributions.c}), behind
 * {@code Generator.standard_cauchy}: the ratio of two {@link StandardNormal} draws, numerator
 * first.
 */
public final class StandardCauchy {

    private StandardCauchy() {
    }

    /** One standard Cauchy variate. */
    public static double sample(BitSource src) {
        double subexpr1 = StandardNormal.sample(src);
        double subexpr2 = StandardNormal.sample(src);
        return subexpr1 / subexpr2;
    }
}
