package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_chisquare(bitgen, df)} ({@code distributions.c}), behind
 * {@code Generator.chisquare}: {@code 2 * G(df / 2)} with one {@link StandardGamma}.
 */
public final class Chisquare {

    private Chisquare() {
    }

    /** One chi-square variate (not validated). */
    public static double sample(BitSource src, double df) {
        return 2.0 * StandardGamma.sample(src, df / 2.0);
    }

    /** {@link #sample} for each of {@code out[from, to)}: the gamma's fill with scale 2, the same values and draws. */
    public static void fill(BitSource src, double df, double[] out, int from, int to) {
        StandardGamma.fill(src, df / 2.0, 2.0, out, from, to);
    }
}
