/*
 * nprand-libm-lgpl: a port of glibc's IBM Accurate Mathematical Library sin, cos and acos.
 * Based on glibc 2.36 sysdeps/ieee754/dbl-64/s_sin.c and usncs.h,
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

import static org.nprand.libm.lgpl.TrigTables.SINCOSTAB;

/**
 * glibc 2.36's {@code __sin} and {@code __cos} (s_sin.c), both x86-64 variants.
 *
 * <p>The FMA variant is the same C compiled with {@code -mfma -mavx2}: GCC 12 contracts
 * {@code a*b+c} into fused multiply-adds, and every {@link Math#fma} below sits exactly where it
 * fused (read off the compiler's {@code widening_mul} dump of s_sin.c and checked against the
 * {@code vfmadd}/{@code vfnmadd} instructions of libm's {@code __sin_fma}/{@code __cos_fma}). The
 * plain variant keeps C's evaluation order, one rounding per operation. The huge-argument reduction
 * ({@link BranchReduction}) is compiled without FMA in both.
 */
final class GlibcSinCos {

    private GlibcSinCos() {
    }

    // usncs.h: Taylor coefficients of sin, the table rounding constant, pi/2 in pieces
    private static final double S1 = -0x1.5555555555555p-3;
    private static final double S2 = 0x1.1111111110ECEp-7;
    private static final double S3 = -0x1.A01A019DB08B8p-13;
    private static final double S4 = 0x1.71DE27B9A7ED9p-19;
    private static final double S5 = -0x1.ADDFFC2FCDF59p-26;
    /** 1.5 * 2^45: adding it rounds |x| to a multiple of 1/128, whose index sits in the low bits. */
    private static final double BIG = 0x1.8p45;
    private static final double HP0 = 0x1.921FB54442D18p0;
    private static final double HP1 = 0x1.1A62633145C07p-54;
    private static final double MP1 = 0x1.921FB58p0;
    private static final double MP2 = -0x1.DDE973Cp-27;
    private static final double PP3 = -0x1.CB3B398p-55;
    private static final double PP4 = -0x1.d747f23e32ed7p-83;
    private static final double HPINV = 0x1.45F306DC9C883p-1;
    private static final double TOINT = 0x1.8p52;

    // s_sin.c: the short sin/cos polynomials used next to the table
    private static final double SN3 = -1.66666666666664880952546298448555E-01;
    private static final double SN5 = 8.33333214285722277379541354343671E-03;
    private static final double CS2 = 4.99999999999999999999950396842453E-01;
    private static final double CS4 = -4.16666666666664434524222570944589E-02;
    private static final double CS6 = 1.38888874007937613028114285595617E-03;

    /** glibc's {@code sin(x)}; {@code fma} selects the FMA variant. */
    static double sin(double x, boolean fma) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e500000) {                 // |x| < 2^-26: sin(x) = x
            return x;
        } else if (k < 0x3feb6000) {          // |x| < 0.855469
            return doSin(x, 0.0, fma);
        } else if (k < 0x400368fd) {          // |x| < 2.426265: sin(x) = cos(pi/2 - |x|), signed
            double t = HP0 - Math.abs(x);
            return Math.copySign(doCos(t, HP1, fma), x);
        } else if (k < 0x419921FB) {          // |x| < 105414350
            return reducedSinCos(x, 0, fma);
        } else if (k < 0x7ff00000) {
            return BranchReduction.sinCos(x, 0, fma);
        }
        return x / x;                         // inf or nan: NaN
    }

    /** glibc's {@code cos(x)}; {@code fma} selects the FMA variant. */
    static double cos(double x, boolean fma) {
        int k = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (k < 0x3e400000) {                 // |x| < 2^-27: cos(x) = 1
            return 1.0;
        } else if (k < 0x3feb6000) {
            return doCos(x, 0.0, fma);
        } else if (k < 0x400368fd) {          // cos(x) = sin(pi/2 - |x|), pi/2 in two parts
            double y = HP0 - Math.abs(x);
            double a = y + HP1;
            double da = (y - a) + HP1;
            return doSin(a, da, fma);
        } else if (k < 0x419921FB) {
            return reducedSinCos(x, 1, fma);
        } else if (k < 0x7ff00000) {
            return BranchReduction.sinCos(x, 1, fma);
        }
        return x / x;
    }

    /**
     * glibc's {@code reduce_sincos} then {@code do_sincos(a, da, n + quadrantShift)}: x minus the
     * nearest multiple n of pi/2 (pi/2 in four pieces), for |x| below 105414350.
     */
    private static double reducedSinCos(double x, int quadrantShift, boolean fma) {
        double t;
        double xn;
        double b;
        double db;
        if (fma) {
            t = Math.fma(x, HPINV, TOINT);
            xn = t - TOINT;
            double y = Math.fma(xn, -MP2, Math.fma(-xn, MP1, x));
            double t2 = Math.fma(-xn, PP3, y);
            db = Math.fma(-xn, PP3, y - t2);
            b = Math.fma(-xn, PP4, t2);
            db = db + Math.fma(-xn, PP4, t2 - b);
        } else {
            t = x * HPINV + TOINT;
            xn = t - TOINT;
            double y = (x - xn * MP1) - xn * MP2;
            double t1 = xn * PP3;
            double t2 = y - t1;
            db = (y - t2) - t1;
            t1 = xn * PP4;
            b = t2 - t1;
            db += (t2 - b) - t1;
        }
        int n = (int) Double.doubleToRawLongBits(t) & 3;
        return sinCosOfReduced(b, db, n + quadrantShift, fma);
    }

    /** glibc's {@code do_sincos}: sin or cos of a + da by quadrant n. */
    static double sinCosOfReduced(double a, double da, int n, boolean fma) {
        double r = (n & 1) != 0 ? doCos(a, da, fma) : doSin(a, da, fma);
        return (n & 2) != 0 ? -r : r;
    }

    /** glibc's {@code TAYLOR_SIN(x*x, x, dx)}: x - x^3/3! + ... - dx*x^2/2 + dx. */
    private static double taylorSin(double x, double dx, boolean fma) {
        double xx = x * x;
        double t;
        if (fma) {
            double p = Math.fma(xx, Math.fma(xx, Math.fma(xx, Math.fma(xx, S5, S4), S3), S2), S1);
            t = Math.fma(xx, Math.fma(p, x, -(0.5 * dx)), dx);
        } else {
            double p = ((((S5 * xx + S4) * xx + S3) * xx + S2) * xx) + S1;
            t = (p * x - 0.5 * dx) * xx + dx;
        }
        return x + t;
    }

    /** glibc's {@code do_sin(x, dx)}: sin(x + dx), |x| below about pi/4 plus a little. */
    private static double doSin(double x, double dx, boolean fma) {
        if (Math.abs(x) < 0.126) {
            return taylorSin(x, dx, fma);
        }
        double xold = x;
        if (x <= 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG);
        double xx = x * x;
        int k = (int) Double.doubleToRawLongBits(u) << 2;
        double sn = SINCOSTAB[k];
        double ssn = SINCOSTAB[k + 1];
        double cs = SINCOSTAB[k + 2];
        double ccs = SINCOSTAB[k + 3];
        double cor;
        if (fma) {
            double s = x + Math.fma(x * xx, Math.fma(xx, SN5, SN3), dx);
            double c = Math.fma(x, dx, xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2));
            cor = Math.fma(s, cs, Math.fma(-c, sn, Math.fma(s, ccs, ssn)));
        } else {
            double s = x + (dx + x * xx * (SN3 + xx * SN5));
            double c = x * dx + xx * (CS2 + xx * (CS4 + xx * CS6));
            cor = (ssn + s * ccs - sn * c) + cs * s;
        }
        return Math.copySign(sn + cor, xold);
    }

    /** glibc's {@code do_cos(x, dx)}: cos(x + dx). */
    private static double doCos(double x, double dx, boolean fma) {
        if (x < 0) {
            dx = -dx;
        }
        double u = BIG + Math.abs(x);
        x = Math.abs(x) - (u - BIG) + dx;
        double xx = x * x;
        int k = (int) Double.doubleToRawLongBits(u) << 2;
        double sn = SINCOSTAB[k];
        double ssn = SINCOSTAB[k + 1];
        double cs = SINCOSTAB[k + 2];
        double ccs = SINCOSTAB[k + 3];
        double cor;
        if (fma) {
            double s = Math.fma(x * xx, Math.fma(xx, SN5, SN3), x);
            double c = xx * Math.fma(xx, Math.fma(xx, CS6, CS4), CS2);
            cor = Math.fma(-s, sn, Math.fma(-c, cs, Math.fma(-s, ssn, ccs)));
        } else {
            double s = x + x * xx * (SN3 + xx * SN5);
            double c = xx * (CS2 + xx * (CS4 + xx * CS6));
            cor = (ccs - s * ssn - cs * c) - sn * s;
        }
        return cs + cor;
    }
}
