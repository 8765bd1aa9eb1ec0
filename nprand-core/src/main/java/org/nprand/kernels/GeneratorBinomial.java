package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy 2.4.6's {@code random_binomial(bitgen, p, n, binomial)} ({@code distributions.c}): the
 * Generator's binomial, which {@code Generator.binomial}, {@code Generator.multinomial} and, in
 * 2.4.x, {@code RandomState.multinomial} call.
 *
 * <ul>
 *   <li>{@code n == 0} or {@code p == 0}: 0 with no draw (the legacy binomial has no such
 *       shortcut);</li>
 *   <li>with {@code r = min(p, 1 - p)}: {@code r n <= 30} uses inversion
 *       ({@code random_binomial_inversion}), otherwise BTPE ({@code random_binomial_btpe},
 *       Kachitvichyanukul and Schmeiser, Comm. ACM 31, 1988); for {@code p > 0.5} the result is
 *       {@code n - X(n, 1 - p)}. {@code p == 1} therefore still draws one uniform.</li>
 * </ul>
 * Inversion: {@code q^n = exp(n log1p(-p))} (2.4.0+; the legacy copy keeps {@code log(q)}), one
 * {@code next_double}, a fresh one each time the search passes its bound. BTPE: two
 * {@code next_double} per try. The BTPE here is 2.4.6's, whose Stirling correction in step 5.2
 * has {@code 13680} (for 13860) and adds all four terms; NumPy 2.5 fixed both, but RandomState's
 * legacy binomial shares this version. Setup for the last {@code (n, p)} is cached in a
 * {@link BinomialState}.
 */
public final class GeneratorBinomial {

    private GeneratorBinomial() {
    }

    /**
     * One binomial variate, arguments in C's order (p, then n); not validated.
     *
     * @param cache the {@code binomial_t} of the calling Generator/RandomState
     */
    public static long sample(BitSource src, double p, long n, BinomialState cache) {
        if ((n == 0L) || (p == 0.0)) {
            return 0;
        }
        if (p <= 0.5) {
            if (p * n <= 30.0) {
                return inversion(src, n, p, cache);
            } else {
                return BinomialBtpe.sample(src, cache, n, p);
            }
        } else {
            double q = 1.0 - p;
            if (q * n <= 30.0) {
                return n - inversion(src, n, q, cache);
            } else {
                return n - BinomialBtpe.sample(src, cache, n, q);
            }
        }
    }

    /** {@code random_binomial_inversion}. */
    static long inversion(BitSource src, long n, double p, BinomialState b) {
        double q;
        double qn;
        long bound;
        if (b.hasBinomial == 0 || b.nsave != n || b.psave != p) {
            b.nsave = n;
            b.psave = p;
            b.hasBinomial = 1;
            b.q = q = 1.0 - p;
            b.r = qn = Libm.exp(n * Libm.log1p(-p));
            double np = n * p;
            b.c = np;
            // C: (RAND_INT_TYPE) MIN(n, np + ...): the ternary's type is double, then the cast
            double nd = n;
            double lim = np + 10.0 * Math.sqrt(np * q + 1);
            b.m = bound = CCast.toInt64(nd < lim ? nd : lim);
        } else {
            q = b.q;
            qn = b.r;
            bound = b.m;
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
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }
}
