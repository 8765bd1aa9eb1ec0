package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_f(bitgen, dfnum, dfden)} ({@code distributions.c}), behind
 * {@code Generator.f}: {@code (X1 * dfden) / (X2 * dfnum)} with two {@link Chisquare} draws,
 * {@code X1 = chisquare(dfnum)} first, then {@code X2 = chisquare(dfden)}.
 */
public final class F {

    private F() {
    }

    /** One F variate (not validated). */
    public static double sample(BitSource src, double dfnum, double dfden) {
        double subexpr1 = Chisquare.sample(src, dfnum) * dfden;
        double subexpr2 = Chisquare.sample(src, dfden) * dfnum;
        return subexpr1 / subexpr2;
    }
}
