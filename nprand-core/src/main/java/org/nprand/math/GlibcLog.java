package org.nprand.math;

import static org.nprand.math.ExpLogTables.LOG_LN2HI;
import static org.nprand.math.ExpLogTables.LOG_LN2LO;
import static org.nprand.math.ExpLogTables.LOG_POLY;
import static org.nprand.math.ExpLogTables.LOG_POLY1;
import static org.nprand.math.ExpLogTables.LOG_TAB;
import static org.nprand.math.ExpLogTables.LOG_TAB2;

/**
 * glibc 2.36's {@code log} (sysdeps/ieee754/dbl-64/e_log.c, from ARM optimized-routines), both x86-64
 * builds: {@link #logFma} is {@code __log_fma} (compiled with {@code -mfma -mavx2}: GCC 12 contracts
 * multiply-adds into fused ones, and {@code __FP_FAST_FMA} selects the fma form of the reduction),
 * {@link #logNoFma} is {@code __log_sse2}. Each {@code Math.fma} below stands exactly where GCC fused;
 * the sites were read from GCC's {@code -fdump-tree-widening_mul} dump of e_log.c and confirmed
 * against the reference libm.
 *
 * <p>Algorithm: near 1 ({@code 1-2^-4 <= x < 1+0x1.09p-4}) a degree-11 polynomial in {@code r = x-1}
 * with the {@code r^2/2} term computed in two parts; elsewhere {@code x = 2^k z},
 * {@code log(x) = k ln2 + log(c) + log1p(z/c - 1)} with 128 table entries {@code 1/c, log(c)}.
 */
final class GlibcLog {

    private GlibcLog() {
    }

    private static final long OFF = 0x3fe6000000000000L;
    private static final long LO = 0x3fee000000000000L; // asuint64(1.0 - 0x1p-4)
    private static final long HI_MINUS_LO = 0x3ff1090000000000L - LO; // asuint64(1.0 + 0x1.09p-4) - LO
    private static final long ONE_BITS = 0x3ff0000000000000L;

    private static final double B0 = LOG_POLY1[0];
    private static final double B1 = LOG_POLY1[1];
    private static final double B2 = LOG_POLY1[2];
    private static final double B3 = LOG_POLY1[3];
    private static final double B4 = LOG_POLY1[4];
    private static final double B5 = LOG_POLY1[5];
    private static final double B6 = LOG_POLY1[6];
    private static final double B7 = LOG_POLY1[7];
    private static final double B8 = LOG_POLY1[8];
    private static final double B9 = LOG_POLY1[9];
    private static final double B10 = LOG_POLY1[10];
    private static final double A0 = LOG_POLY[0];
    private static final double A1 = LOG_POLY[1];
    private static final double A2 = LOG_POLY[2];
    private static final double A3 = LOG_POLY[3];
    private static final double A4 = LOG_POLY[4];

    /** glibc's {@code __log_fma}: natural logarithm, FMA build. */
    static double logFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (ix - LO + Long.MIN_VALUE < HI_MINUS_LO + Long.MIN_VALUE) { // unsigned ix - LO < HI - LO
            if (ix == ONE_BITS) {
                return 0.0;
            }
            double r = x - 1.0;
            double r2 = r * r;
            double r3 = r * r2;
            double p1 = Math.fma(B3, r2, Math.fma(B2, r, B1));
            double p4 = Math.fma(B6, r2, Math.fma(B5, r, B4));
            double p7 = Math.fma(B10, r3, Math.fma(B9, r2, Math.fma(B8, r, B7)));
            double poly = Math.fma(Math.fma(p7, r3, p4), r3, p1);
            // rhi = r rounded to 26 bits (r + r*2^27 - r*2^27; the products are exact)
            double w = r * 0x1p27;
            double rhi = r + w - w;
            double rlo = r - rhi;
            double rhi2 = rhi * rhi;
            double hi = Math.fma(rhi2, B0, r);
            double lo = Math.fma(rhi2, B0, r - hi);
            lo = Math.fma(B0 * rlo, r + rhi, lo);
            double y = Math.fma(poly, r3, lo);
            return hi + y;
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
        int i = (int) (tmp >>> 45) & 127;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & (0xfffL << 52));
        double invc = LOG_TAB[2 * i];
        double logc = LOG_TAB[2 * i + 1];
        double z = Double.longBitsToDouble(iz);
        double r = Math.fma(invc, z, -1.0);
        double kd = k;
        double w = Math.fma(LOG_LN2HI, kd, logc);
        double hi = r + w;
        double lo = Math.fma(LOG_LN2LO, kd, w - hi + r);
        double r2 = r * r;
        double q = Math.fma(Math.fma(A4, r, A3), r2, Math.fma(A2, r, A1));
        double y = Math.fma(r * r2, q, Math.fma(A0, r2, lo));
        return y + hi;
    }

    /** glibc's {@code __log_sse2}: natural logarithm, build without FMA. */
    static double logNoFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (ix - LO + Long.MIN_VALUE < HI_MINUS_LO + Long.MIN_VALUE) {
            if (ix == ONE_BITS) {
                return 0.0;
            }
            double r = x - 1.0;
            double r2 = r * r;
            double r3 = r * r2;
            double y = r3 * (B1 + r * B2 + r2 * B3
                    + r3 * (B4 + r * B5 + r2 * B6
                    + r3 * (B7 + r * B8 + r2 * B9 + r3 * B10)));
            double w = r * 0x1p27;
            double rhi = r + w - w;
            double rlo = r - rhi;
            w = rhi * rhi * B0;
            double hi = r + w;
            double lo = r - hi + w;
            lo += B0 * rlo * (rhi + r);
            y += lo;
            y += hi;
            return y;
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
        int i = (int) (tmp >>> 45) & 127;
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & (0xfffL << 52));
        double invc = LOG_TAB[2 * i];
        double logc = LOG_TAB[2 * i + 1];
        double z = Double.longBitsToDouble(iz);
        double r = (z - LOG_TAB2[2 * i] - LOG_TAB2[2 * i + 1]) * invc;
        double kd = k;
        double w = kd * LOG_LN2HI + logc;
        double hi = w + r;
        double lo = w - hi + r + kd * LOG_LN2LO;
        double r2 = r * r;
        return lo + r2 * A0 + r * r2 * (A1 + r * A2 + r2 * (A3 + r * A4)) + hi;
    }
}
