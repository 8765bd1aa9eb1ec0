package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_noncentral_chisquare(bitgen, df, nonc)} ({@code distributions.c}),
 * behind {@code Generator.noncentral_chisquare} and {@link NoncentralF}.
 *
 * <ul>
 *   <li>NaN {@code nonc}: NaN, no draw (the Generator lets NaN through its check);</li>
 *   <li>{@code nonc == 0}: one {@link Chisquare}{@code (df)};</li>
 *   <li>{@code df > 1}: {@code chisquare(df - 1) + (z + sqrt(nonc))^2}, the chi-square first,
 *       then one {@link StandardNormal} {@code z};</li>
 *   <li>otherwise ({@code df <= 1}, NaN df included): the Poisson mixture,
 *       {@code i = poisson(nonc / 2)} ({@link Poisson}), then {@code chisquare(df + 2i)} (C's
 *       {@code 2 * i} is an int64 product, converted to double for the sum).</li>
 * </ul>
 */
public final class NoncentralChisquare {

    private NoncentralChisquare() {
    }

    /** One non-central chi-square variate (not validated). */
    public static double sample(BitSource src, double df, double nonc) {
        if (Double.isNaN(nonc)) {
            return Double.NaN;
        }
        if (nonc == 0) {
            return Chisquare.sample(src, df);
        }
        if (1 < df) {
            double chi2 = Chisquare.sample(src, df - 1);
            double n = StandardNormal.sample(src) + Math.sqrt(nonc);
            return chi2 + n * n;
        }
        long i = Poisson.sample(src, nonc / 2.0);
        return Chisquare.sample(src, df + 2 * i);
    }
}
