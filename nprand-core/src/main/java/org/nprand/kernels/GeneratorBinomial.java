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
 * {@link GeneratorBinomialState}.
 */
public final class GeneratorBinomial {

    private GeneratorBinomial() {
    }

    /**
     * One binomial variate, arguments in C's order (p, then n); not validated.
     *
     * @param cache the {@code binomial_t} of the calling Generator/RandomState
     */
    public static long sample(BitSource src, double p, long n, GeneratorBinomialState cache) {
        if ((n == 0L) || (p == 0.0)) {
            return 0;
        }
        if (p <= 0.5) {
            if (p * n <= 30.0) {
                return inversion(src, n, p, cache);
            } else {
                return btpe(src, n, p, cache);
            }
        } else {
            double q = 1.0 - p;
            if (q * n <= 30.0) {
                return n - inversion(src, n, q, cache);
            } else {
                return n - btpe(src, n, q, cache);
            }
        }
    }

    /** {@code random_binomial_inversion}. */
    static long inversion(BitSource src, long n, double p, GeneratorBinomialState b) {
        double q;
        double qn;
        long bound;
        if (!b.holds(n, p)) {
            b.nsave = n;
            b.psave = p;
            b.hasBinomial = true;
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

    /** {@code random_binomial_btpe}, its gotos as a state machine; 2.4.6's step 5.2 constants. */
    static long btpe(BitSource src, long n, double p, GeneratorBinomialState b) {
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
        if (!b.holds(n, p)) {
            b.nsave = n;
            b.psave = p;
            b.hasBinomial = true;
            b.r = r = Math.min(p, 1.0 - p);
            b.q = q = 1.0 - r;
            b.fm = fm = n * r + r;
            b.m = m = CCast.toInt64(Math.floor(b.fm));
            b.p1 = p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
            b.xm = xm = m + 0.5;
            b.xl = xl = xm - p1;
            b.xr = xr = xm + p1;
            b.c = c = 0.134 + 20.5 / (15.3 + m);
            double a = (fm - xl) / (fm - xl * r);
            b.laml = laml = a * (1.0 + a / 2.0);
            a = (xr - fm) / (xr * q);
            b.lamr = lamr = a * (1.0 + a / 2.0);
            b.p2 = p2 = p1 * (1.0 + 2.0 * c);
            b.p3 = p3 = p2 + c / laml;
            b.p4 = p4 = p3 + c / lamr;
        } else {
            r = b.r;
            q = b.q;
            fm = b.fm;
            m = b.m;
            p1 = b.p1;
            xm = b.xm;
            xl = b.xl;
            xr = b.xr;
            c = b.c;
            laml = b.laml;
            lamr = b.lamr;
            p2 = b.p2;
            p3 = b.p3;
            p4 = b.p4;
        }

        long y;
        outer:
        while (true) {
            // Step10
            double nrq = n * r * q;
            double u = src.nextDouble() * p4;
            double v = src.nextDouble();
            if (u <= p1) {
                y = CCast.toInt64(Math.floor(xm - p1 * v + u));
                break; // to Step60
            }
            if (u <= p2) {
                // Step20
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) {
                    continue;
                }
                y = CCast.toInt64(Math.floor(x));
            } else if (u <= p3) {
                // Step30
                y = CCast.toInt64(Math.floor(xl + Libm.log(v) / laml));
                // reject v == 0 too: the cast above was of -inf
                if ((y < 0) || (v == 0.0)) {
                    continue;
                }
                v = v * (u - p2) * laml;
            } else {
                // Step40
                y = CCast.toInt64(Math.floor(xr - Libm.log(v) / lamr));
                if ((y > n) || (v == 0.0)) {
                    continue;
                }
                v = v * (u - p3) * lamr;
            }

            // Step50
            long k = Math.abs(y - m); // llabs
            if (!((k > 20) && (k < ((nrq) / 2.0 - 1)))) {
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
                if (v > f) {
                    continue;
                }
                break; // to Step60
            }

            // Step52
            double rho = (k / (nrq)) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            // C: -k * k is a long product, converted to double for the division
            double t = -k * k / (2 * nrq);
            double bigA = Libm.log(v);
            if (bigA < (t - rho)) {
                break; // to Step60
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
            if (bigA > (xm * Libm.log(f1 / x1) + (n - m + 0.5) * Libm.log(z / w)
                    + (y - m) * Libm.log(w * r / (x1 * q))
                    + (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320.
                    + (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320.
                    + (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320.
                    + (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.)) {
                continue outer;
            }
            break; // to Step60
        }
        // Step60
        if (p > 0.5) {
            y = n - y;
        }
        return y;
    }
}
