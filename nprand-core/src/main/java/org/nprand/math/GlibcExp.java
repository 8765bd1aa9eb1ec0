package org.nprand.math;

import static org.nprand.math.ExpLogTables.EXP_INVLN2N;
import static org.nprand.math.ExpLogTables.EXP_NEGLN2HIN;
import static org.nprand.math.ExpLogTables.EXP_NEGLN2LON;
import static org.nprand.math.ExpLogTables.EXP_POLY;
import static org.nprand.math.ExpLogTables.EXP_SHIFT;
import static org.nprand.math.ExpLogTables.EXP_TAB;

/**
 * glibc 2.36's {@code exp} (sysdeps/ieee754/dbl-64/e_exp.c, from ARM optimized-routines), both x86-64
 * builds: {@link #expFma} is {@code __exp_fma} (GCC 12 {@code -mfma -mavx2} contraction; the fused
 * sites are from GCC's {@code -fdump-tree-widening_mul} dump of e_exp.c), {@link #expNoFma} is
 * {@code __exp_sse2}. Configuration as in glibc: N = 128 table entries, degree-5 polynomial, no
 * TOINT intrinsics (the round-to-int uses the 0x1.8p52 shift trick), results without errno.
 *
 * <p>Algorithm: {@code x = k ln2/N + r}, {@code exp(x) = 2^(k/N) exp(r)} with {@code 2^(k/N)} from the
 * table as {@code scale (1 + tail)}; results near overflow or in the subnormal range take
 * {@link #specialCase} (shared with pow).
 */
final class GlibcExp {

    private GlibcExp() {
    }

    static final double C2 = EXP_POLY[0];
    static final double C3 = EXP_POLY[1];
    static final double C4 = EXP_POLY[2];
    static final double C5 = EXP_POLY[3];

    private static final int TOP_TINY = 0x3c9; // top12(0x1p-54)
    private static final int TOP_512 = 0x408;  // top12(512.0)
    private static final int TOP_1024 = 0x409; // top12(1024.0)

    /** glibc's {@code __exp_fma}: e^x, FMA build. */
    static double expFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        int abstop = (int) (ix >>> 52) & 0x7ff;
        boolean large = false;
        if (abstop - TOP_TINY + Integer.MIN_VALUE >= TOP_512 - TOP_TINY + Integer.MIN_VALUE) {
            if (abstop < TOP_TINY) {
                return 1.0 + x; // tiny x, and zero
            }
            if (abstop >= TOP_1024) {
                return huge(x, ix, abstop);
            }
            large = true;
        }
        double kd = Math.fma(EXP_INVLN2N, x, EXP_SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP_SHIFT;
        double r = Math.fma(EXP_NEGLN2LON, kd, Math.fma(EXP_NEGLN2HIN, kd, x));
        int idx = 2 * ((int) ki & 127);
        long top = ki << 45;
        double tail = Double.longBitsToDouble(EXP_TAB[idx]);
        long sbits = EXP_TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(C5, r, C4), Math.fma(Math.fma(C3, r, C2), r2, r + tail));
        if (large) {
            return specialCase(tmp, sbits, ki, true);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(tmp, scale, scale);
    }

    /** glibc's {@code __exp_sse2}: e^x, build without FMA. */
    static double expNoFma(double x) {
        long ix = Double.doubleToRawLongBits(x);
        int abstop = (int) (ix >>> 52) & 0x7ff;
        boolean large = false;
        if (abstop - TOP_TINY + Integer.MIN_VALUE >= TOP_512 - TOP_TINY + Integer.MIN_VALUE) {
            if (abstop < TOP_TINY) {
                return 1.0 + x;
            }
            if (abstop >= TOP_1024) {
                return huge(x, ix, abstop);
            }
            large = true;
        }
        double z = EXP_INVLN2N * x;
        double kd = z + EXP_SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP_SHIFT;
        double r = x + kd * EXP_NEGLN2HIN + kd * EXP_NEGLN2LON;
        int idx = 2 * ((int) ki & 127);
        long top = ki << 45;
        double tail = Double.longBitsToDouble(EXP_TAB[idx]);
        long sbits = EXP_TAB[idx + 1] + top;
        double r2 = r * r;
        double tmp = tail + r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
        if (large) {
            return specialCase(tmp, sbits, ki, false);
        }
        double scale = Double.longBitsToDouble(sbits);
        return scale + scale * tmp;
    }

    /** |x| >= 1024, inf or NaN: -inf gives 0, NaN and +inf propagate, else overflow or underflow. */
    private static double huge(double x, long ix, int abstop) {
        if (ix == 0xfff0000000000000L) {
            return 0.0;
        }
        if (abstop >= 0x7ff) {
            return x != x ? ExpLogSpecial.quiet(x) : x; // 1.0 + x
        }
        return ix < 0 ? ExpLogSpecial.uflow(false) : ExpLogSpecial.oflow(false);
    }

    /**
     * exp's {@code specialcase}: {@code scale * (1 + tmp)} when the result may overflow (k > 0) or be
     * subnormal (k < 0); {@code sbits} is scale's bit pattern whose exponent may have wrapped. Both
     * builds are identical here except that the FMA build fuses {@code scale + scale * tmp} in the
     * k > 0 branch (in the k < 0 branch {@code scale * tmp} is reused, so GCC does not fuse).
     */
    private static double specialCase(double tmp, long sbits, long ki, boolean fma) {
        if ((ki & 0x80000000L) == 0) {
            // k > 0: the exponent of scale might have overflowed by <= 460
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            double y = fma ? Math.fma(tmp, scale, scale) : scale + scale * tmp;
            return 0x1p1009 * y;
        }
        // k < 0: round y to the right precision before scaling it into the subnormal range
        double scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double st = scale * tmp;
        double y = scale + st;
        if (y < 1.0) {
            double lo = scale - y + st;
            double hi = 1.0 + y;
            lo = 1.0 - hi + y + lo;
            y = (hi + lo) - 1.0;
            if (y == 0.0) {
                y = 0.0; // no -0.0
            }
        }
        return 0x1p-1022 * y;
    }
}
