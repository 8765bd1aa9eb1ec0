package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy 2.4.6's {@code random_binomial_btpe} ({@code distributions.c}): the BTPE algorithm of
 * V. Kachitvichyanukul and B. W. Schmeiser, "Binomial random variate generation", Communications
 * of the ACM 31 (1988) 216-222. Used by {@code Generator.binomial} and, through
 * {@code legacy_random_binomial}, by {@code RandomState.binomial} whenever
 * {@code min(p, 1-p) * n > 30}.
 *
 * <p>Each attempt draws two {@code next_double}: {@code u = U * p4} picks the region (triangle,
 * parallelograms, left or right exponential tail) and {@code v = U} is the acceptance variable.
 * Acceptance is by the explicit recursion {@code F} near the mode, otherwise by the squeeze and
 * then the Stirling-based bound of step 5.2.
 *
 * <p>This is the 2.4.6 code, bug included: the Stirling correction uses {@code 13680} (not
 * {@code 13860}) and adds all four terms (2.5.0 fixed the Generator's copy; {@code RandomState}
 * keeps the buggy one for ever). The set-up is cached in a {@link BinomialState}. Parameters are
 * not validated here.
 */
public final class BinomialBtpe {

    private BinomialBtpe() {
    }

    /**
     * One binomial variate by BTPE. NumPy's callers pass {@code p <= 0.5} (and subtract from
     * {@code n} themselves); the kernel also handles {@code p > 0.5} the way the C does.
     */
    public static long sample(BitSource src, BinomialState cache, long n, double p) {
        setUp(cache, n, p);
        double p4 = cache.p4;
        while (true) {
            // Step 10
            double u = src.nextDouble() * p4;
            double v = src.nextDouble();
            long y = attempt(cache, n, u, v, null, null);
            if (y != REJECTED) {
                return finish(n, p, y);
            }
        }
    }

    /**
     * A fill keeps step 5.2's bound ({@link #stirlingBound}) for the candidates this close to
     * the mode, computed the first time one needs it (about 7 attempts in 100 at n = 1000,
     * p = 0.4 do, each with three logarithms and 24 divisions).
     */
    private static final int BOUND_REACH = 512;

    /**
     * Step 50 evaluates {@code f} explicitly for candidates this close to the mode (and far ones
     * when n r q is small); a fill keeps {@code f} for these ones. For one {@code (n, p)} it is a
     * function of the candidate alone.
     */
    private static final int EXPLICIT_REACH = 20;

    /**
     * {@link #sample} for each of {@code out[from, to)}, a block of attempts at a time
     * ({@link PairedAttempts}: every attempt draws two uniforms and its verdict depends on them
     * alone). Three passes: the triangle's immediate acceptance for every attempt (about
     * 7 in 10 at n = 1000, p = 0.4), with no branch on it, listing the others; the rest of the
     * algorithm for the listed ones; then the accepted candidates packed into {@code out}.
     */
    public static void fill(BitSource src, BinomialState cache, long n, double p, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (to - from < PairedAttempts.MIN_VALUES) {
            for (int i = from; i < to; i++) {
                out[i] = sample(src, cache, n, p);
            }
            return;
        }
        setUp(cache, n, p);
        double r = cache.r;
        double q = cache.q;
        long m = cache.m;
        double xmode = cache.xm;
        CandidateMemo explicit = new CandidateMemo(m - EXPLICIT_REACH, 2 * EXPLICIT_REACH + 1,
                y -> explicitF(n, r, q, m, y));
        CandidateMemo bounds = new CandidateMemo(m - BOUND_REACH, 2 * BOUND_REACH + 1,
                y -> stirlingBound(n, r, q, m, xmode, y));
        double p1 = cache.p1;
        double p4 = cache.p4;
        double xm = cache.xm;
        // xl = m + 0.5 - p1 is well above 0 whenever n min(p, 1-p) > 30, where BTPE is used
        boolean truncates = cache.xl >= 0;
        PairedAttempts pairs = new PairedAttempts(to - from);
        double[] uv = pairs.uv;
        long[] ys = pairs.candidates;
        int[] accepted = pairs.accepted;
        int[] rest = pairs.listed;
        int i = from;
        while (i < to) {
            int count = pairs.draw(src, to - i);
            int restCount = 0;
            for (int j = 0; j < count; j++) {
                double u = uv[2 * j] * p4;
                double v = uv[2 * j + 1];
                double x = xm - p1 * v + u;
                // in the triangle x >= xl: where xl >= 0, truncation is C's floor and cast
                ys[j] = truncates ? (long) x : CCast.toInt64(Math.floor(x));
                // !(u > p1) as the sign bit of p1 - u (+0.0 when equal); a comparison turned
                // into an int compiles to a branch on JDK 17
                long triangle = PairedAttempts.negative(p1 - u) ^ 1;
                accepted[j] = (int) triangle;
                rest[restCount] = j;
                restCount += (int) (triangle ^ 1);
            }
            for (int k = 0; k < restCount; k++) {
                int j = rest[k];
                long y = attempt(cache, n, uv[2 * j] * p4, uv[2 * j + 1], explicit, bounds);
                ys[j] = y;
                accepted[j] = y != REJECTED ? 1 : 0;
            }
            i = pairs.pack(out, i, count);
        }
        if (p > 0.5) {
            // step 60 (the callers pass p <= 0.5 and complement themselves)
            for (int k = from; k < to; k++) {
                out[k] = n - out[k];
            }
        }
    }

    /** {@link #attempt}'s result for a rejected attempt (an accepted candidate is at least 0). */
    private static final long REJECTED = Long.MIN_VALUE;

    /** The set-up for {@code (n, p)} into {@code cache}, unless it holds it. */
    private static void setUp(BinomialState cache, long n, double p) {
        if (cache.hasBinomial == 0 || cache.nsave != n || cache.psave != p) {
            cache.nsave = n;
            cache.psave = p;
            cache.hasBinomial = 1;
            // MIN(p, 1.0 - p) is C's ((x) < (y) ? x : y), which differs from Math.min on NaN.
            double oneMinusP = 1.0 - p;
            double r = p < oneMinusP ? p : oneMinusP;
            cache.r = r;
            double q = 1.0 - r;
            cache.q = q;
            double fm = n * r + r;
            cache.fm = fm;
            long m = CCast.toInt64(Math.floor(fm));
            cache.m = m;
            double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
            cache.p1 = p1;
            double xm = m + 0.5;
            cache.xm = xm;
            double xl = xm - p1;
            cache.xl = xl;
            double xr = xm + p1;
            cache.xr = xr;
            double c = 0.134 + 20.5 / (15.3 + m);
            cache.c = c;
            double a = (fm - xl) / (fm - xl * r);
            double laml = a * (1.0 + a / 2.0);
            cache.laml = laml;
            a = (xr - fm) / (xr * q);
            double lamr = a * (1.0 + a / 2.0);
            cache.lamr = lamr;
            double p2 = p1 * (1.0 + 2.0 * c);
            cache.p2 = p2;
            double p3 = p2 + c / laml;
            cache.p3 = p3;
            cache.p4 = p3 + c / lamr;
        }
    }

    /**
     * One attempt, steps 10 to 50, from its two uniforms ({@code u} already scaled by
     * {@code p4}): the candidate {@code y} if accepted, else {@link #REJECTED}. {@code explicit}
     * and {@code bounds}: null, or a fill's tables of step 50's {@code f} and step 5.2's bound
     * by candidate.
     */
    private static long attempt(BinomialState b, long n, double u, double v, CandidateMemo explicit,
                                CandidateMemo bounds) {
        double r = b.r;
        double q = b.q;
        long m = b.m;
        double p1 = b.p1;
        double nrq = n * r * q;
        long y;
        // The C is a goto chain (Step10 ... Step60); "goto Step10" is a rejection here and
        // reaching Step60 an acceptance. Branch tests keep C's form (u > p1, not u <= p1).
        if (!(u > p1)) {
            // Triangular region: accept at once.
            return CCast.toInt64(Math.floor(b.xm - p1 * v + u));
        }
        if (!(u > b.p2)) {
            // Step 20: parallelograms.
            double c = b.c;
            double x = b.xl + (u - p1) / c;
            v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
            if (v > 1.0) {
                return REJECTED;
            }
            y = CCast.toInt64(Math.floor(x));
        } else if (!(u > b.p3)) {
            // Step 30: left exponential tail. v == 0 gives log = -inf and C's INT64_MIN.
            double laml = b.laml;
            y = CCast.toInt64(Math.floor(b.xl + Libm.log(v) / laml));
            if (y < 0 || v == 0.0) {
                return REJECTED;
            }
            v = v * (u - b.p2) * laml;
        } else {
            // Step 40: right exponential tail.
            double lamr = b.lamr;
            y = CCast.toInt64(Math.floor(b.xr - Libm.log(v) / lamr));
            if (y > n || v == 0.0) {
                return REJECTED;
            }
            v = v * (u - b.p3) * lamr;
        }

        // Step 50: explicit evaluation near the mode, the squeeze farther out.
        long k = Math.abs(y - m);
        if (k > 20 && k < nrq / 2.0 - 1) {
            // Step 52. -k * k is an int64 product in C, converted to double afterwards.
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double t = -k * k / (2 * nrq);
            double bigA = Libm.log(v);
            if (bigA < (t - rho)) {
                return y;
            }
            if (bigA > (t + rho)) {
                return REJECTED;
            }
            double bound = bounds != null ? bounds.get(y) : stirlingBound(n, r, q, m, b.xm, y);
            return bigA > bound ? REJECTED : y;
        }
        double f = explicit != null ? explicit.get(y) : explicitF(n, r, q, m, y);
        return v > f ? REJECTED : y;
    }

    /**
     * Step 5.2's bound on {@code log(v)} for the candidate {@code y}: three logarithms and four
     * Stirling terms, a function of {@code y} alone for one {@code (n, p)}.
     */
    private static double stirlingBound(long n, double r, double q, long m, double xm, long y) {
        double x1 = (double) y + 1;
        double f1 = (double) m + 1;
        double z = (double) n + 1 - (double) m;
        double w = (double) n - (double) y + 1;
        double x2 = x1 * x1;
        double f2 = f1 * f1;
        double z2 = z * z;
        double w2 = w * w;
        // (n - m + 0.5) and (y - m) subtract as int64 first, as in C.
        return xm * Libm.log(f1 / x1) + (n - m + 0.5) * Libm.log(z / w)
                + (y - m) * Libm.log(w * r / (x1 * q))
                + stirling(f2, f1) + stirling(z2, z) + stirling(x2, x1) + stirling(w2, w);
    }

    /** Step 50's explicit evaluation: the ratio of the probabilities of {@code y} and of the mode {@code m}. */
    private static double explicitF(long n, double r, double q, long m, long y) {
        double s = r / q;
        double a = s * (n + 1);
        double f = 1.0;
        if (m < y) {
            for (long i = m + 1; i <= y; i++) {
                f *= (a / i - s);
            }
        } else if (m > y) {
            for (long i = y + 1; i <= m; i++) {
                f /= (a / i - s);
            }
        }
        return f;
    }

    /** Step 60. */
    private static long finish(long n, double p, long y) {
        return p > 0.5 ? n - y : y;
    }

    /**
     * One Stirling correction term of step 5.2 with NumPy 2.4.6's constant 13680 (the published
     * value is 13860); {@code sq} is {@code v * v}.
     */
    private static double stirling(double sq, double v) {
        return (13680. - (462. - (132. - (99. - 140. / sq) / sq) / sq) / sq) / v / 166320.;
    }
}
