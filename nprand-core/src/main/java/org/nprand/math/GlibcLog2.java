package org.nprand.math;

import static org.nprand.math.ExpLogTables.LOG2_INVLN2HI;
import static org.nprand.math.ExpLogTables.LOG2_INVLN2LO;
import static org.nprand.math.ExpLogTables.LOG2_POLY;
import static org.nprand.math.ExpLogTables.LOG2_POLY1;
import static org.nprand.math.ExpLogTables.LOG2_TAB;
import static org.nprand.math.ExpLogTables.LOG2_TAB2;

/**
 * glibc 2.36's {@code log2} (sysdeps/ieee754/dbl-64/e_log2.c, from ARM optimized-routines), both x86-64
 * builds of Debian 12's glibc: {@link #log2Fma} is {@code __log2_fma} (added to the 2.36 branch by the
 * backport of upstream's "x86_64: Add log2 with FMA"; with {@code -mfma} GCC defines
 * {@code __FP_FAST_FMA}, which selects explicit-fma reductions, and contracts multiply-adds at the
 * sites read from its {@code -fdump-tree-widening_mul} dump), {@link #log2NoFma} is
 * {@code __log2_sse2}.
 *
 * <p>Algorithm: like log, with a 64-entry table {@code 1/c, log2(c)} and {@code 1/ln2} split in two.
 */
final class GlibcLog2 {

    private GlibcLog2() {
    }

    private static final long OFF = 0x3fe6000000000000L;
    private static final long LO = Double.doubleToRawLongBits(1.0 - 0x1.5b51p-5);
    private static final long HI_MINUS_LO = Double.doubleToRawLongBits(1.0 + 0x1.6ab2p-5) - LO;
    private static final long ONE_BITS = 0x3ff0000000000000L;

    private static final double B0 = LOG2_POLY1[0];
    private static final double B1 = LOG2_POLY1[1];
    private static final double B2 = LOG2_POLY1[2];
    private static final double B3 = LOG2_POLY1[3];
    private static final double B4 = LOG2_POLY1[4];
    private static final double B5 = LOG2_POLY1[5];
    private static final double B6 = LOG2_POLY1[6];
    private static final double B7 = LOG2_POLY1[7];
    private static final double B8 = LOG2_POLY1[8];
    private static final double B9 = LOG2_POLY1[9];
    private static final double A0 = LOG2_POLY[0];
    private static final double A1 = LOG2_POLY[1];
    private static final double A2 = LOG2_POLY[2];
    private static final double A3 = LOG2_POLY[3];
    private static final double A4 = LOG2_POLY[4];
    private static final double A5 = LOG2_POLY[5];

    /** glibc's {@code __log2_fma}: base-2 logarithm, FMA build. */
    static double log2Fma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (ix - LO + Long.MIN_VALUE < HI_MINUS_LO + Long.MIN_VALUE) {
            if (ix == ONE_BITS) {
                return 0.0;
            }
            double r = x - 1.0;
            double hi = r * LOG2_INVLN2HI;
            double lo = Math.fma(LOG2_INVLN2LO, r, Math.fma(LOG2_INVLN2HI, r, -hi));
            double r2 = r * r;
            double r4 = r2 * r2;
            double b01 = Math.fma(B1, r, B0);
            double y = Math.fma(b01, r2, hi);
            lo = Math.fma(b01, r2, hi - y) + lo;
            double q2 = Math.fma(Math.fma(B5, r, B4), r2, Math.fma(B3, r, B2));
            double q6 = Math.fma(Math.fma(B9, r, B8), r2, Math.fma(B7, r, B6));
            lo = Math.fma(Math.fma(q6, r4, q2), r4, lo);
            return y + lo;
        }
        int top = (int) (ix >>> 48);
        if (top - 0x0010 + Integer.MIN_VALUE >= 0x7ff0 - 0x0010 + Integer.MIN_VALUE) {
            // x < 0x1p-1022 or inf or nan
            if (ExpLogSpecial.isLogSpecial(ix)) {
                return ExpLogSpecial.logSpecial(x);
            }
            ix = ExpLogSpecial.normalizeSubnormal(x);
        }
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 46) & 63;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & (0xfffL << 52));
        double invc = LOG2_TAB[2 * i];
        double logc = LOG2_TAB[2 * i + 1];
        double z = Double.longBitsToDouble(iz);
        double kd = k;
        double r = Math.fma(invc, z, -1.0);
        double t1 = LOG2_INVLN2HI * r;
        double t2 = Math.fma(LOG2_INVLN2LO, r, Math.fma(LOG2_INVLN2HI, r, -t1));
        double t3 = logc + kd;
        double hi = t1 + t3;
        double lo = t3 - hi + t1 + t2;
        double r2 = r * r;
        double r4 = r2 * r2;
        double p = Math.fma(Math.fma(A5, r, A4), r4, Math.fma(Math.fma(A3, r, A2), r2, Math.fma(A1, r, A0)));
        return Math.fma(r2, p, lo) + hi;
    }

    /** glibc's {@code __log2_sse2}: base-2 logarithm, build without FMA. */
    static double log2NoFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (ix - LO + Long.MIN_VALUE < HI_MINUS_LO + Long.MIN_VALUE) {
            if (ix == ONE_BITS) {
                return 0.0;
            }
            double r = x - 1.0;
            double rhi = Double.longBitsToDouble(Double.doubleToRawLongBits(r) & (-1L << 32));
            double rlo = r - rhi;
            double hi = rhi * LOG2_INVLN2HI;
            double lo = rlo * LOG2_INVLN2HI + r * LOG2_INVLN2LO;
            double r2 = r * r;
            double r4 = r2 * r2;
            double p = r2 * (B0 + r * B1);
            double y = hi + p;
            lo += hi - y + p;
            lo += r4 * (B2 + r * B3 + r2 * (B4 + r * B5)
                    + r4 * (B6 + r * B7 + r2 * (B8 + r * B9)));
            y += lo;
            return y;
        }
        int top = (int) (ix >>> 48);
        if (top - 0x0010 + Integer.MIN_VALUE >= 0x7ff0 - 0x0010 + Integer.MIN_VALUE) {
            if (ExpLogSpecial.isLogSpecial(ix)) {
                return ExpLogSpecial.logSpecial(x);
            }
            ix = ExpLogSpecial.normalizeSubnormal(x);
        }
        long tmp = ix - OFF;
        int i = (int) (tmp >>> 46) & 63;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & (0xfffL << 52));
        double invc = LOG2_TAB[2 * i];
        double logc = LOG2_TAB[2 * i + 1];
        double z = Double.longBitsToDouble(iz);
        double kd = k;
        double r = (z - LOG2_TAB2[2 * i] - LOG2_TAB2[2 * i + 1]) * invc;
        double rhi = Double.longBitsToDouble(Double.doubleToRawLongBits(r) & (-1L << 32));
        double rlo = r - rhi;
        double t1 = rhi * LOG2_INVLN2HI;
        double t2 = rlo * LOG2_INVLN2HI + r * LOG2_INVLN2LO;
        double t3 = kd + logc;
        double hi = t3 + t1;
        double lo = t3 - hi + t1 + t2;
        double r2 = r * r;
        double r4 = r2 * r2;
        double p = A0 + r * A1 + r2 * (A2 + r * A3) + r4 * (A4 + r * A5);
        return lo + r2 * p + hi;
    }
}
