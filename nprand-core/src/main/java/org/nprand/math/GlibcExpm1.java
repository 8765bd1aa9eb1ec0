package org.nprand.math;

/**
 * glibc 2.36's {@code expm1} (sysdeps/ieee754/dbl-64/s_expm1.c): Sun's fdlibm algorithm with
 * glibc's re-associated polynomial (N. Shimizu, 1997), in its two x86-64 builds.
 *
 * <p>{@link #expm1} is the generic (SSE2) build; {@link #expm1Fma} is Debian 12's
 * {@code __expm1_fma} (backported in 2.36-9+deb12u10), where GCC contracted multiply-adds. Every
 * {@code Math.fma} sits exactly where the host binary has an FMA instruction
 * ({@code gdb -batch -ex 'disassemble __expm1_fma'}).
 *
 * <p>Algorithm (fdlibm): x = k ln2 + r (+ correction c), |r| &lt;= ln2/2; expm1(r) from a rational
 * approximation with R1(r^2); then 2^k (expm1(r) + 1) - 1 arranged per range of k.
 */
final class GlibcExpm1 {

    private GlibcExpm1() {
    }

    private static final double O_THRESHOLD = 7.09782712893383973096e+02; // 0x40862E42FEFA39EF
    private static final double LN2_HI = 6.93147180369123816490e-01;      // 0x3fe62e42fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10;      // 0x3dea39ef35793c76
    private static final double INVLN2 = 1.44269504088896338700e+00;      // 0x3ff71547652b82fe
    private static final double Q1 = -3.33333333333331316428e-02;         // BFA11111111110F4
    private static final double Q2 = 1.58730158725481460165e-03;          // 3F5A01A019FE5585
    private static final double Q3 = -7.93650757867487942473e-05;         // BF14CE199EAADBB7
    private static final double Q4 = 4.00821782732936239552e-06;          // 3ED0CFCA86E65239
    private static final double Q5 = -2.01099218183624371326e-07;         // BE8AFDB76E09C32D

    /** Adds k to the binary exponent of y the way fdlibm does: integer add on the high word. */
    private static double addExponent(double y, int k) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
    }

    private static double fromHi(int hi) {
        return Double.longBitsToDouble((long) hi << 32);
    }

    /** glibc's generic (SSE2) {@code expm1}. */
    static double expm1(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | (int) bits) != 0) {
                        return x + x; // NaN
                    }
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (negative) {
                return -1.0; // tiny - one
            }
        }
        int k;
        double c = 0.0;
        if (hx > 0x3fd62e42) { // |x| > ln2/2
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI; // exact
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2**-54
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1.0 + hxs * Q1;
        double h2 = hxs * hxs;
        double r2 = Q2 + hxs * Q3;
        double h4 = h2 * h2;
        double r3 = Q4 + hxs * Q5;
        r1 = r1 + h2 * r2 + h4 * r3;
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = (x * (e - c) - c);
        e -= hxs;
        return scale(x, e, k, false);
    }

    /** Debian 12 glibc's {@code __expm1_fma}: {@link #expm1} with GCC's contractions. */
    static double expm1Fma(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) {
            if (hx >= 0x40862E42) {
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | (int) bits) != 0) {
                        return x + x;
                    }
                    return negative ? -1.0 : x;
                }
                if (x > O_THRESHOLD) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (negative) {
                return -1.0;
            }
        }
        int k;
        double c = 0.0;
        if (hx > 0x3fd62e42) {
            double hi;
            double lo;
            if (hx < 0x3FF0A2B2) {
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + (negative ? -0.5 : 0.5)); // not contracted (vmulsd, vaddsd)
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = Math.fma(hxs, Q1, 1.0);
        double r2 = Math.fma(hxs, Q3, Q2);
        double r3 = Math.fma(hxs, Q5, Q4);
        double h2 = hxs * hxs;
        double h4 = h2 * h2;
        r1 = Math.fma(h4, r3, Math.fma(h2, r2, r1));
        double t = Math.fma(-r1, hfx, 3.0);
        double e = hxs * ((r1 - t) / Math.fma(-x, t, 6.0));
        if (k == 0) {
            return x - Math.fma(x, e, -hxs);
        }
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        return scale(x, e, k, true);
    }

    /** Step 3, shared: expm1(x) = 2^k (expm1(r) + 1) - 1 with expm1(r) = x - e. */
    private static double scale(double x, double e, int k, boolean fma) {
        if (k == -1) {
            return fma ? Math.fma(x - e, 0.5, -0.5) : 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return fma ? Math.fma(x - e, 2.0, 1.0) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) { // suffices to return exp(x) - 1
            double y = 1.0 - (e - x);
            return addExponent(y, k) - 1.0;
        }
        if (k < 20) {
            double t = fromHi(0x3ff00000 - (0x200000 >> k)); // 1 - 2^-k
            double y = t - (e - x);
            return addExponent(y, k);
        }
        double t = fromHi((0x3ff - k) << 20); // 2^-k
        double y = x - (e + t);
        y += 1.0;
        return addExponent(y, k);
    }
}
