package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code legacy_noncentral_chisquare(aug, df, nonc)} ({@code legacy-distributions.c},
 * behind {@code RandomState.noncentral_chisquare}).
 *
 * <ul>
 *   <li>{@code nonc == 0}: a plain {@link LegacyChisquare} with {@code df};</li>
 *   <li>{@code df > 1}: {@code chisq(df - 1) + (gauss + sqrt(nonc))^2} (the chi-square drawn
 *       first, then one legacy Gaussian);</li>
 *   <li>otherwise (also NaN {@code df}): {@code i = random_poisson(nonc / 2)} on the bare bit
 *       source, then {@code chisq(df + 2i)}.</li>
 * </ul>
 * A NaN {@code nonc} is only caught in the last branch, after both draws (NumPy inserted the guard
 * there so as not to change the stream); with {@code df > 1} it propagates through the arithmetic.
 */
public final class LegacyNoncentralChisquare {

    private LegacyNoncentralChisquare() {
    }

    /** One noncentral chi-square variate (not validated). */
    public static double sample(AugmentedBitSource aug, double df, double nonc) {
        if (nonc == 0) {
            return LegacyChisquare.sample(aug, df);
        }
        if (1 < df) {
            double chi2 = LegacyChisquare.sample(aug, df - 1);
            double n = LegacyGauss.sample(aug) + Math.sqrt(nonc);
            return chi2 + n * n;
        } else {
            BitSource src = aug.bitgen();
            long i = org.nprand.kernels.Poisson.sample(src, nonc / 2.0);
            // C: df + 2 * i with i a long, so 2 * i is an integer product converted afterwards
            double out = LegacyChisquare.sample(aug, df + 2 * i);
            if (Double.isNaN(nonc)) {
                return Double.NaN;
            }
            return out;
        }
    }
}
