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
        return sample(src, cache, n, p, null);
    }

    /**
     * A table for {@link #sample(BitSource, BinomialState, long, double, double[])}: step 50's
     * explicit {@code f} for the candidates within 20 of the mode, none computed yet.
     */
    public static double[] explicitTable() {
        double[] t = new double[2 * EXPLICIT_REACH + 1];
        java.util.Arrays.fill(t, Double.NaN);
        return t;
    }

    /** Step 50 evaluates {@code f} explicitly for candidates this close to the mode (and far ones when n r q is small). */
    private static final int EXPLICIT_REACH = 20;

    /**
     * {@link #sample(BitSource, BinomialState, long, double)} for calls with one {@code (n, p)}:
     * {@code explicit} (from {@link #explicitTable}, kept across those calls, or null) holds step
     * 50's product {@code f} by candidate, a function of the candidate alone for one
     * {@code (n, p)}, computed by the same loop the first time a candidate needs it.
     */
    public static long sample(BitSource src, BinomialState cache, long n, double p, double[] explicit) {
        double r;
        double q;
        double fm;
        long m;
        double p1;
        double xm;
        double xl;
        double xr;
        double c;
        double laml;
        double lamr;
        double p2;
        double p3;
        double p4;

        if (cache.hasBinomial == 0 || cache.nsave != n || cache.psave != p) {
            cache.nsave = n;
            cache.psave = p;
            cache.hasBinomial = 1;
            // MIN(p, 1.0 - p) is C's ((x) < (y) ? x : y), which differs from Math.min on NaN.
            double oneMinusP = 1.0 - p;
            cache.r = r = p < oneMinusP ? p : oneMinusP;
            cache.q = q = 1.0 - r;
            cache.fm = fm = n * r + r;
            cache.m = m = CCast.toInt64(Math.floor(fm));
            cache.p1 = p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
            cache.xm = xm = m + 0.5;
            cache.xl = xl = xm - p1;
            cache.xr = xr = xm + p1;
            cache.c = c = 0.134 + 20.5 / (15.3 + m);
            double a = (fm - xl) / (fm - xl * r);
            cache.laml = laml = a * (1.0 + a / 2.0);
            a = (xr - fm) / (xr * q);
            cache.lamr = lamr = a * (1.0 + a / 2.0);
            cache.p2 = p2 = p1 * (1.0 + 2.0 * c);
            cache.p3 = p3 = p2 + c / laml;
            cache.p4 = p4 = p3 + c / lamr;
        } else {
            r = cache.r;
            q = cache.q;
            fm = cache.fm;
            m = cache.m;
            p1 = cache.p1;
            xm = cache.xm;
            xl = cache.xl;
            xr = cache.xr;
            c = cache.c;
            laml = cache.laml;
            lamr = cache.lamr;
            p2 = cache.p2;
            p3 = cache.p3;
            p4 = cache.p4;
        }

        // The C is a goto chain (Step10 ... Step60); "continue" is "goto Step10" and falling out
        // of the loop body is "goto Step60". Branch tests keep C's form (u > p1, not u <= p1).
        while (true) {
            // Step 10
            double nrq = n * r * q;
            double u = src.nextDouble() * p4;
            double v = src.nextDouble();
            long y;
            if (!(u > p1)) {
                // Triangular region: accept at once.
                y = CCast.toInt64(Math.floor(xm - p1 * v + u));
                return finish(n, p, y);
            }
            if (!(u > p2)) {
                // Step 20: parallelograms.
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) {
                    continue;
                }
                y = CCast.toInt64(Math.floor(x));
            } else if (!(u > p3)) {
                // Step 30: left exponential tail. v == 0 gives log = -inf and C's INT64_MIN.
                y = CCast.toInt64(Math.floor(xl + Libm.log(v) / laml));
                if (y < 0 || v == 0.0) {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else {
                // Step 40: right exponential tail.
                y = CCast.toInt64(Math.floor(xr - Libm.log(v) / lamr));
                if (y > n || v == 0.0) {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }

            // Step 50: explicit evaluation near the mode, the squeeze farther out.
            long k = Math.abs(y - m);
            if (k > 20 && k < nrq / 2.0 - 1) {
                // Step 52. -k * k is an int64 product in C, converted to double afterwards.
                double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
                double t = -k * k / (2 * nrq);
                double bigA = Libm.log(v);
                if (bigA < (t - rho)) {
                    return finish(n, p, y);
                }
                if (bigA > (t + rho)) {
                    continue;
                }
                double x1 = (double) y + 1;
                double f1 = (double) m + 1;
                double z = (double) n + 1 - (double) m;
                double w = (double) n - (double) y + 1;
                double x2 = x1 * x1;
                double f2 = f1 * f1;
                double z2 = z * z;
                double w2 = w * w;
                // (n - m + 0.5) and (y - m) subtract as int64 first, as in C.
                double bound = xm * Libm.log(f1 / x1) + (n - m + 0.5) * Libm.log(z / w)
                        + (y - m) * Libm.log(w * r / (x1 * q))
                        + stirling(f2, f1) + stirling(z2, z) + stirling(x2, x1) + stirling(w2, w);
                if (bigA > bound) {
                    continue;
                }
                return finish(n, p, y);
            }
            double f;
            if (explicit != null && k <= EXPLICIT_REACH) {
                int slot = (int) (y - m) + EXPLICIT_REACH;
                f = explicit[slot];
                if (Double.isNaN(f)) {
                    f = explicit[slot] = explicitF(n, r, q, m, y);
                }
            } else {
                f = explicitF(n, r, q, m, y);
            }
            if (v > f) {
                continue;
            }
            return finish(n, p, y);
        }
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
