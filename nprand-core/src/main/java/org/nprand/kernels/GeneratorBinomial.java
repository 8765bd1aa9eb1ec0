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

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same values from the same draws and
     * the same {@code cache} afterwards. Inversion steps through a table of its probabilities
     * ({@link #inversionFill}); BTPE judges a block of attempts at a time ({@link BinomialBtpe#fill}).
     */
    public static void fill(BitSource src, double p, long n, BinomialState cache, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if ((n == 0L) || (p == 0.0)) {
            java.util.Arrays.fill(out, from, to, 0L);
            return;
        }
        fill(src, p, n, cache, false, out, from, to);
    }

    /**
     * The fill shared with the legacy binomial (which has no shortcut for {@code n == 0} or
     * {@code p == 0}, and whose inversion set-up takes {@code log(q)}: {@code legacy}).
     */
    public static void fill(BitSource src, double p, long n, BinomialState cache, boolean legacy,
                            long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (from == to) {
            return;
        }
        double r = p <= 0.5 ? p : 1.0 - p;
        if (r * n <= 30.0) {
            inversionSetUp(n, r, cache, legacy);
            inversionFill(src, n, r, cache.q, cache.r, cache.m, p > 0.5, out, from, to);
            return;
        }
        if (p <= 0.5) {
            BinomialBtpe.fill(src, cache, n, p, out, from, to);
        } else {
            BinomialBtpe.fill(src, cache, n, r, out, from, to);
            for (int i = from; i < to; i++) {
                out[i] = n - out[i];
            }
        }
    }

    /**
     * The inversion search for each of {@code out[from, to)} ({@code n - x} when
     * {@code complement}). The probabilities the search steps through, {@code px} for
     * {@code x = 0, 1, ..., bound}, depend on {@code (n, p)} alone: they are computed once, by the
     * search's own expression in its order (so they are the same doubles), and each value's search
     * is then one subtraction and one comparison per step, where the scalar search waits on a
     * multiplication and a division at every step. For fills long enough to pay for it, the search
     * becomes a lookup by the uniform ({@link BinomialInversionTable}).
     */
    public static void inversionFill(BitSource src, long n, double p, double q, double qn, long bound,
                                     boolean complement, long[] out, int from, int to) {
        long sign = complement ? -1 : 1;
        long base = complement ? n : 0;
        // bound = min(n, n p + 10 sqrt(n p q + 1)) with n p <= 30: below 86
        double[] px = new double[(int) bound + 1];
        px[0] = qn;
        for (int x = 1; x <= bound; x++) {
            px[x] = ((n - x + 1) * p * px[x - 1]) / (x * q);
        }
        if (BinomialInversionTable.pays(to - from, bound)) {
            BinomialInversionTable table = new BinomialInversionTable(px);
            for (int i = from; i < to; i++) {
                out[i] = base + sign * table.sample(src);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            int x = 0;
            double u = src.nextDouble();
            while (u > px[x]) {
                x++;
                if (x > bound) {
                    x = 0;
                    u = src.nextDouble();
                } else {
                    u -= px[x - 1];
                }
            }
            out[i] = base + sign * x;
        }
    }

    /**
     * {@code random_binomial_inversion}'s set-up for {@code (n, p)} into {@code b}, unless it
     * holds it; {@code legacy}: the probability of 0 as the legacy copy computes it,
     * {@code exp(n log(q))} (the Generator's has been {@code exp(n log1p(-p))} since 2.4.0).
     */
    public static void inversionSetUp(long n, double p, BinomialState b, boolean legacy) {
        if (b.hasBinomial == 0 || b.nsave != n || b.psave != p) {
            b.nsave = n;
            b.psave = p;
            b.hasBinomial = 1;
            double q = 1.0 - p;
            b.q = q;
            b.r = Libm.exp(n * (legacy ? Libm.log(q) : Libm.log1p(-p)));
            double np = n * p;
            b.c = np;
            // C: (RAND_INT_TYPE) MIN(n, np + ...): the ternary's type is double, then the cast
            double nd = n;
            double lim = np + 10.0 * Math.sqrt(np * q + 1);
            b.m = CCast.toInt64(nd < lim ? nd : lim);
        }
    }

    /** {@code random_binomial_inversion}. */
    static long inversion(BitSource src, long n, double p, BinomialState b) {
        inversionSetUp(n, p, b, false);
        return inversionSearch(src, n, p, b.q, b.r, b.m);
    }

    /**
     * The search of {@code random_binomial_inversion} (and of the legacy copy, which differs only
     * in its set-up), given its set-up: {@code q = 1 - p}, {@code qn} the probability of 0.
     */
    public static long inversionSearch(BitSource src, long n, double p, double q, double qn, long bound) {
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
