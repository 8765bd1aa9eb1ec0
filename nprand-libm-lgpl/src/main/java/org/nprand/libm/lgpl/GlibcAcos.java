/*
 * nprand-libm-lgpl: a port of glibc's IBM Accurate Mathematical Library sin, cos and acos.
 * Based on glibc 2.36 sysdeps/ieee754/dbl-64/e_asin.c and uasncs.h,
 * Copyright (C) 2001-2022 Free Software Foundation, Inc. (IBM Accurate Mathematical Library,
 * written by International Business Machines Corp.).
 * This Java port: Copyright the nprand authors.
 *
 * This library is free software; you can redistribute it and/or modify it under the terms of the
 * GNU Lesser General Public License as published by the Free Software Foundation; either version
 * 2.1 of the License, or (at your option) any later version. This library is distributed in the
 * hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See this module's LICENSE file.
 */
package org.nprand.libm.lgpl;

import static org.nprand.libm.lgpl.TrigTables.ASNCS;
import static org.nprand.libm.lgpl.TrigTables.INROOT;
import static org.nprand.libm.lgpl.TrigTables.POWTWO;

/**
 * glibc 2.36's {@code __ieee754_acos} (e_asin.c, without the slow paths glibc removed in 2.34),
 * both x86-64 variants. {@link Math#fma} sits exactly where GCC 12 fused in
 * {@code __ieee754_acos_fma} (its {@code widening_mul} dump of e_asin.c). Note the near-1 branch:
 * {@code (y + cc) * p} is computed once for both signs and never fused into the sum that follows.
 */
final class GlibcAcos {

    private GlibcAcos() {
    }

    private static final double HP0 = Double.longBitsToDouble(0x3FF921FB54442D18L);
    private static final double HP1 = Double.longBitsToDouble(0x3C91A62633145C07L);
    // uasncs.h: asin Taylor coefficients, and the 1/sqrt refinement polynomial
    private static final double F1 = 1.66666666666664110590506577996662E-01;
    private static final double F2 = 7.50000000026122686814431784722623E-02;
    private static final double F3 = 4.46428561421059750978517350006940E-02;
    private static final double F4 = 3.03821268582119319911193410625235E-02;
    private static final double F5 = 2.23551211026525610742786300334557E-02;
    private static final double F6 = 1.81382903404565056280372531963613E-02;
    private static final double T27 = 134217728.0;
    private static final double RT0 = 9.99999999859990725855365213134618E-01;
    private static final double RT1 = 4.99999999495955425917856814202739E-01;
    private static final double RT2 = 3.75017500867345182581453026130850E-01;
    private static final double RT3 = 3.12523626554518656309172508769531E-01;

    /** glibc's {@code acos(x)}; {@code fma} selects the FMA variant. */
    static double acos(double x, boolean fma) {
        long bits = Double.doubleToRawLongBits(x);
        int m = (int) (bits >>> 32);
        int k = m & 0x7fffffff;
        if (k < 0x3c880000) {                       // |x| < 2.77556e-17
            return HP0;
        } else if (k < 0x3fc00000) {                // |x| < 0.125: Taylor series of asin
            double x2 = x * x;
            double r = HP0 - x;
            double cor;
            if (fma) {
                double p = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(x2, F6, F5), x2, F4), x2, F3), x2, F2),
                        x2, F1);
                cor = Math.fma(-p, x * x2, (((HP0 - r) - x) + HP1));
            } else {
                double t = (((((F6 * x2 + F5) * x2 + F4) * x2 + F3) * x2 + F2) * x2 + F1) * (x2 * x);
                cor = (((HP0 - r) - x) + HP1) - t;
            }
            return r + cor;
        } else if (k < 0x3fe00000) {                // 0.125 <= |x| < 0.5
            int n = k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
            return tablePoly(x, m, n, 5, fma);
        } else if (k < 0x3fe80000) {                // 0.5 <= |x| < 0.75
            return tablePoly(x, m, 1056 + ((k & 0x000fe000) >> 11) * 3, 6, fma);
        } else if (k < 0x3fed8000) {                // 0.75 <= |x| < 0.921875
            return tablePoly(x, m, 992 + ((k & 0x000fe000) >> 13) * 13, 7, fma);
        } else if (k < 0x3fee8000) {                // 0.921875 <= |x| < 0.953125
            return tablePoly(x, m, 884 + ((k & 0x000fe000) >> 13) * 14, 8, fma);
        } else if (k < 0x3fef0000) {                // 0.953125 <= |x| < 0.96875
            return tablePoly(x, m, 768 + ((k & 0x000fe000) >> 13) * 15, 9, fma);
        } else if (k < 0x3ff00000) {                // 0.96875 <= |x| < 1
            return nearOne(x, m, fma);
        } else if (k == 0x3ff00000 && (int) bits == 0) {
            return m > 0 ? 0 : 2.0 * HP0;           // acos(1) = 0, acos(-1) = pi
        } else if (k > 0x7ff00000 || (k == 0x7ff00000 && (int) bits != 0)) {
            return x + x;                           // NaN
        }
        // |x| > 1: __ieee754_acos would return inf/inf (x86's negative default NaN), but glibc's
        // acos wrapper catches |x| > 1 first and returns __kernel_standard's NAN, i.e. +NaN
        return Double.NaN;
    }

    /**
     * The table branches: a polynomial in xx = |x| - x0 around the interval's point x0 =
     * asncs[n], whose coefficients follow it; {@code degree} counts the Horner terms past
     * asncs[n+2]. Then acos = pi/2 -+ asin, with asin(x0) = asncs[n + degree + 3].
     */
    private static double tablePoly(double x, int m, int n, int degree, boolean fma) {
        double xx = m > 0 ? x - ASNCS[n] : -x - ASNCS[n];
        int top = n + 2 + degree - 1;               // highest coefficient index (asncs[n+6] for 0.125..0.5)
        double t;
        if (fma) {
            double q = Math.fma(ASNCS[top], xx, ASNCS[top - 1]);
            for (int i = top - 2; i >= n + 2; i--) {
                q = Math.fma(q, xx, ASNCS[i]);
            }
            double p = Math.fma(xx * xx, q, ASNCS[top + 1]);
            t = Math.fma(ASNCS[n + 1], xx, p);
        } else {
            double q = ASNCS[top];
            for (int i = top - 1; i >= n + 2; i--) {
                q = ASNCS[i] + xx * q;
            }
            double p = xx * xx * q + ASNCS[top + 1];
            t = ASNCS[n + 1] * xx;
            t += p;
        }
        double asin0 = ASNCS[top + 2];
        double y = m > 0 ? HP0 - asin0 : HP0 + asin0;
        t = m > 0 ? HP1 - t : HP1 + t;
        return y + t;
    }

    /** 0.96875 <= |x| < 1: acos(x) = 2 asin(sqrt((1 - x)/2)), the root by table seed and Newton. */
    private static double nearOne(double x, int m, boolean fma) {
        double z = 0.5 * (m > 0 ? 1.0 - x : 1.0 + x);
        int k = (int) (Double.doubleToRawLongBits(z) >>> 32);
        double t = INROOT[(k & 0x001fffff) >> 14] * POWTWO[511 - (k >> 21)];
        double y;
        double cc;
        double p;
        if (fma) {
            double r = Math.fma(-(t * t), z, 1.0);
            t = Math.fma(Math.fma(Math.fma(r, RT3, RT2), r, RT1), r, RT0) * t;
            double c = z * t;
            double h = Math.fma(-(t * 0.5), c, 1.5);
            y = Math.fma(-c, T27, Math.fma(c, T27, c));
            cc = Math.fma(-y, y, z) / Math.fma(h, c, y);
            p = Math.fma(Math.fma(Math.fma(Math.fma(Math.fma(z, F6, F5), z, F4), z, F3), z, F2), z, F1) * z;
        } else {
            double r = 1.0 - t * t * z;
            t = t * (RT0 + r * (RT1 + r * (RT2 + r * RT3)));
            double c = t * z;
            t = c * (1.5 - 0.5 * t * c);
            y = (T27 * c + c) - T27 * c;
            cc = (z - y * y) / (t + y);
            p = (((((F6 * z + F5) * z + F4) * z + F3) * z + F2) * z + F1) * z;
        }
        double res;
        if (m < 0) {
            double cor = (HP1 - cc) - (y + cc) * p;
            double res1 = HP0 - y;
            res = res1 + cor;
        } else {
            double cor = cc + p * (y + cc);
            res = y + cor;
        }
        return res + res;
    }
}
