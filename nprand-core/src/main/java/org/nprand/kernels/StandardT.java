package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_standard_t(bitgen, df)} ({@code distributions.c}), behind
 * {@code Generator.standard_t}: {@code sqrt(df/2) * z / sqrt(G)} with one {@link StandardNormal}
 * {@code z} drawn first, then one {@link StandardGamma} {@code G(df/2)}; C's
 * {@code sqrt(df / 2) * num / sqrt(denom)} is evaluated left to right.
 */
public final class StandardT {

    private StandardT() {
    }

    /** One Student's t variate (not validated). */
    public static double sample(BitSource src, double df) {
        double num = StandardNormal.sample(src);
        double denom = StandardGamma.sample(src, df / 2);
        return Math.sqrt(df / 2) * num / Math.sqrt(denom);
    }
}
