package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.BinomialBtpe;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.GeneratorBinomial;

/**
 * NumPy's {@code legacy_random_binomial} ({@code legacy-distributions.c}, with its helpers
 * {@code legacy_random_binomial_original} and {@code legacy_random_binomial_inversion}), behind
 * {@code RandomState.binomial}.
 *
 * <p>With {@code p' = min(p, 1-p)} (computed as {@code 1.0 - p} when {@code p > 0.5}, the result
 * then being {@code n - X}):
 * <ul>
 *   <li>{@code p' * n <= 30}: inversion by sequential search from 0, one {@code next_double},
 *       plus one more each time the search passes its bound {@code min(n, np + 10 sqrt(npq + 1))}
 *       and restarts. The probability of 0 is {@code exp(n * log(q))}: the legacy copy keeps
 *       {@code log(q)} where the Generator has used {@code log1p(-p)} since 2.4.0.</li>
 *   <li>otherwise: the shared BTPE ({@link BinomialBtpe}), which at 2.4.6 is the one with the
 *       wrong Stirling constant.</li>
 * </ul>
 * There is no shortcut for {@code n == 0} or {@code p == 0} (the Generator has one): those
 * still run the inversion and consume one {@code next_double}, returning 0.
 *
 * <p>The set-up of either branch is cached in the caller's {@link BinomialState}, which must be
 * the one instance of the {@code RandomState} (shared with its multinomial). Parameters are not
 * validated here.
 */
public final class LegacyBinomial {

    private LegacyBinomial() {
    }

    /** One binomial variate: successes in {@code n} trials of probability {@code p}. */
    public static long sample(BitSource src, BinomialState cache, double p, long n) {
        if (p <= 0.5) {
            if (p * n <= 30.0) {
                return inversion(src, n, p, cache);
            }
            return BinomialBtpe.sample(src, cache, n, p);
        }
        double q = 1.0 - p;
        if (q * n <= 30.0) {
            return n - inversion(src, n, q, cache);
        }
        return n - BinomialBtpe.sample(src, cache, n, q);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same values from the same draws and
     * the same {@code cache} afterwards (the fill the Generator's binomial uses, with the legacy
     * set-up).
     */
    public static void fill(BitSource src, BinomialState cache, double p, long n, long[] out, int from, int to) {
        GeneratorBinomial.fill(src, p, n, cache, true, out, from, to);
    }

    /** {@code legacy_random_binomial_inversion}: the search from 0 with restarts. */
    private static long inversion(BitSource src, long n, double p, BinomialState cache) {
        GeneratorBinomial.inversionSetUp(n, p, cache, true);
        return GeneratorBinomial.inversionSearch(src, n, p, cache.q, cache.r, cache.m);
    }
}
