package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_noncentral_f(bitgen, dfnum, dfden, nonc)} ({@code distributions.c}),
 * behind {@code Generator.noncentral_f}: {@code (X1 * dfden) / (X2 * dfnum)} with
 * {@code X1 = noncentral_chisquare(dfnum, nonc)} ({@link NoncentralChisquare}) drawn first, then
 * {@code X2 = chisquare(dfden)}.
 */
public final class NoncentralF {

    private NoncentralF() {
    }

    /** One non-central F variate (not validated). */
    public static double sample(BitSource src, double dfnum, double dfden, double nonc) {
        double t = NoncentralChisquare.sample(src, dfnum, nonc) * dfden;
        return t / (Chisquare.sample(src, dfden) * dfnum);
    }
}
