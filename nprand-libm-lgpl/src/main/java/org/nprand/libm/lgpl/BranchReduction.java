/*
 * nprand-libm-lgpl: a port of glibc's IBM Accurate Mathematical Library sin, cos and acos.
 * Based on glibc 2.36 sysdeps/ieee754/dbl-64/branred.c and branred.h,
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

import static org.nprand.libm.lgpl.TrigTables.TOVERP;

/**
 * glibc's {@code __branred}: x = n*pi/2 + (a + aa) with |a + aa| &lt;= pi/4 for huge |x|
 * (105414350 and up), multiplying x by 2/pi held as base-2^24 digits ({@code toverp}). glibc
 * compiles it once, without FMA, for both variants.
 */
final class BranchReduction {

    private BranchReduction() {
    }

    private static final double TM600 = 0x1p-600;
    private static final double TM24 = 0x1p-24;
    private static final double BIG = 0x1.8p52;
    private static final double BIG1 = 0x1.8p54;
    private static final double HP0 = Double.longBitsToDouble(0x3FF921FB54442D18L);
    private static final double HP1 = Double.longBitsToDouble(0x3C91A62633145C07L);
    private static final double MP1 = Double.longBitsToDouble(0x3FF921FB58000000L);
    private static final double MP2 = Double.longBitsToDouble(0xBE4DDE9740000000L);
    /** 2^27 + 1: Dekker's splitting constant. */
    private static final double SPLIT = 134217729.0;

    /** Reduces finite huge x and returns {@code do_sincos(a, aa, n + quadrantShift)}. */
    static double sinCos(double x, int quadrantShift, boolean fma) {
        x *= TM600;
        double t = x * SPLIT;           // split x into two 26-bit halves
        double x1 = t - (t - x);
        double x2 = x - x1;
        double b1 = 0;
        double bb1 = 0;
        double sum1 = 0;
        double b2 = 0;
        double bb2 = 0;
        double sum2 = 0;
        for (int half = 0; half < 2; half++) {
            double xi = half == 0 ? x1 : x2;
            int k = (int) (Double.doubleToRawLongBits(xi) >>> 52) & 2047;
            k = (k - 450) / 24;
            if (k < 0) {
                k = 0;
            }
            double gor = Double.longBitsToDouble((long) (0x63f00000 - ((k * 24) << 20)) << 32);
            double r0 = xi * TOVERP[k] * gor;
            gor *= TM24;
            double r1 = xi * TOVERP[k + 1] * gor;
            gor *= TM24;
            double r2 = xi * TOVERP[k + 2] * gor;
            gor *= TM24;
            double r3 = xi * TOVERP[k + 3] * gor;
            gor *= TM24;
            double r4 = xi * TOVERP[k + 4] * gor;
            gor *= TM24;
            double r5 = xi * TOVERP[k + 5] * gor;
            double sum = 0;
            double s = (r0 + BIG) - BIG;
            sum += s;
            r0 -= s;
            s = (r1 + BIG) - BIG;
            sum += s;
            r1 -= s;
            s = (r2 + BIG) - BIG;
            sum += s;
            r2 -= s;
            t = 0;
            t += r5;
            t += r4;
            t += r3;
            t += r2;
            t += r1;
            t += r0;
            double bb = (((((r0 - t) + r1) + r2) + r3) + r4) + r5;
            s = (t + BIG) - BIG;
            sum += s;
            t -= s;
            double b = t + bb;
            bb = (t - b) + bb;
            s = (sum + BIG1) - BIG1;
            sum -= s;
            if (half == 0) {
                b1 = b;
                bb1 = bb;
                sum1 = sum;
            } else {
                b2 = b;
                bb2 = bb;
                sum2 = sum;
            }
        }
        double sum = sum1 + sum2;
        double b = b1 + b2;
        double bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
        if (b > 0.5) {
            b -= 1.0;
            sum += 1.0;
        } else if (b < -0.5) {
            b += 1.0;
            sum -= 1.0;
        }
        double s = b + (bb + bb1 + bb2);
        t = ((b - s) + bb) + (bb1 + bb2);
        b = s * SPLIT;
        double t1 = b - (b - s);
        double t2 = s - t1;
        b = s * HP0;
        bb = (((t1 * MP1 - b) + t1 * MP2) + t2 * MP1) + (t2 * MP2 + s * HP1 + t * HP0);
        s = b + bb;
        t = (b - s) + bb;
        int n = ((int) sum) & 3;
        return GlibcSinCos.sinCosOfReduced(s, t, n + quadrantShift, fma);
    }
}
