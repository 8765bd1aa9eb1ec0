package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.BinomialBtpe;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.CCast;
import org.nprand.math.Libm;

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

    /** {@code legacy_random_binomial_inversion}: the search from 0 with restarts. */
    private static long inversion(BitSource src, long n, double p, BinomialState cache) {
        double q;
        double qn;
        long bound;
        if (cache.hasBinomial == 0 || cache.nsave != n || cache.psave != p) {
            cache.nsave = n;
            cache.psave = p;
            cache.hasBinomial = 1;
            cache.q = q = 1.0 - p;
            cache.r = qn = Libm.exp(n * Libm.log(q));
            double np = n * p;
            cache.c = np;
            // C's MIN(n, ...) compares and yields doubles ((double) n), then casts to int64.
            double nd = n;
            double alt = np + 10.0 * Math.sqrt(np * q + 1);
            cache.m = bound = CCast.toInt64(nd < alt ? nd : alt);
        } else {
            q = cache.q;
            qn = cache.r;
            bound = cache.m;
        }
        long x = 0;
        double px = qn;
        double u = src.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = qn;
                u = src.nextDouble();
            } else {
                u -= px;
                // (n - X + 1) is an int64 sum in C, converted to double for the product.
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }
}
