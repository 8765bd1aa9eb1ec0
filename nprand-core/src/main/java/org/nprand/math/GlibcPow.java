package org.nprand.math;

import static org.nprand.math.ExpLogTables.EXP_INVLN2N;
import static org.nprand.math.ExpLogTables.EXP_NEGLN2HIN;
import static org.nprand.math.ExpLogTables.EXP_NEGLN2LON;
import static org.nprand.math.ExpLogTables.EXP_SHIFT;
import static org.nprand.math.ExpLogTables.EXP_TAB;
import static org.nprand.math.ExpLogTables.POW_LN2HI;
import static org.nprand.math.ExpLogTables.POW_LN2LO;
import static org.nprand.math.ExpLogTables.POW_POLY;
import static org.nprand.math.ExpLogTables.POW_TAB;
import static org.nprand.math.GlibcExp.C2;
import static org.nprand.math.GlibcExp.C3;
import static org.nprand.math.GlibcExp.C4;
import static org.nprand.math.GlibcExp.C5;

/**
 * glibc 2.36's {@code pow} (sysdeps/ieee754/dbl-64/e_pow.c, from ARM optimized-routines), both x86-64
 * builds: {@link #powFma} is {@code __ieee754_pow_fma} and {@link #powNoFma} is
 * {@code __ieee754_pow_sse2}.
 *
 * <p>The two builds differ in more than contraction: with {@code -mfma} GCC defines
 * {@code __FP_FAST_FMA}, which selects explicit-fma code in three places (the log reduction
 * {@code r = fma(z, invc, -1)}, the exact {@code r*r/2} error term, and {@code y * log(x)} as
 * {@code ehi + elo}); the SSE2 build splits operands instead (a 32-bit split of z, 27-bit splits
 * of y and log(x)). On top of that GCC fuses multiply-adds in the FMA build (sites read from its
 * {@code -fdump-tree-widening_mul} dump of e_pow.c). The SSE2 build's
 * extra check for {@code pow(0x1.fffffffffffffp+1023, 1.0)}
 * in directed rounding never fires in round-to-nearest and is omitted.
 *
 * <p>Algorithm: {@code x^y = exp(y log(x))} with log computed to about 68 bits as {@code hi + lo}
 * (128-entry table {@code 1/c, log(c)} with a tail), then an exp that takes the extra low part and a
 * sign (negative x with odd integer y). Special cases (zeros, infinities, NaNs, negative x, tiny
 * and huge y, subnormal x) are handled first, exactly as glibc orders them, NaN bits included.
 */
final class GlibcPow {

    private GlibcPow() {
    }

    private static final long OFF = 0x3fe6955500000000L;
    private static final long ONE_BITS = 0x3ff0000000000000L;
    private static final long INF_BITS = 0x7ff0000000000000L;
    private static final long ABS_MASK = 0x7fffffffffffffffL;
    private static final long SIGN_BIAS = 0x800L << 7;

    private static final double A0 = POW_POLY[0];
    private static final double A1 = POW_POLY[1];
    private static final double A2 = POW_POLY[2];
    private static final double A3 = POW_POLY[3];
    private static final double A4 = POW_POLY[4];
    private static final double A5 = POW_POLY[5];
    private static final double A6 = POW_POLY[6];

    /** glibc's {@code __ieee754_pow_fma}: x raised to y, FMA build. */
    static double powFma(double x, double y) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        if (isSpecial(ix, iy)) {
            return special(x, y, true);
        }
        return coreFma(ix, y, 0);
    }

    /** glibc's {@code __ieee754_pow_sse2}: x raised to y, build without FMA. */
    static double powNoFma(double x, double y) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        if (isSpecial(ix, iy)) {
            return special(x, y, false);
        }
        return coreNoFma(ix, y, 0);
    }

    /** x < 0x1p-1022 (or negative), inf or nan; or |y| < 0x1p-65, |y| >= 0x1p63 or nan. */
    private static boolean isSpecial(long ix, long iy) {
        int topx = (int) (ix >>> 52);
        int topy = (int) (iy >>> 52) & 0x7ff;
        return topx - 1 + Integer.MIN_VALUE >= 0x7ff - 1 + Integer.MIN_VALUE
                || topy - 0x3be + Integer.MIN_VALUE >= 0x43e - 0x3be + Integer.MIN_VALUE;
    }

    /** 2*i - 1 >= 2*inf - 1 (unsigned): i is the bit pattern of +-0, +-inf or a NaN. */
    private static boolean zeroInfNan(long i) {
        return (i << 1) - 1 + Long.MIN_VALUE >= (INF_BITS << 1) - 1 + Long.MIN_VALUE;
    }

    /** 0 if iy (non-zero finite) is not an integer, 1 if an odd integer, 2 if an even one. */
    private static int checkInt(long iy) {
        int e = (int) (iy >>> 52) & 0x7ff;
        if (e < 0x3ff) {
            return 0;
        }
        if (e > 0x3ff + 52) {
            return 2;
        }
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
            return 0;
        }
        if ((iy & (1L << (0x3ff + 52 - e))) != 0) {
            return 1;
        }
        return 2;
    }

    private static boolean isSignaling(long i) {
        return (i & INF_BITS) == INF_BITS && (i & 0x000fffffffffffffL) != 0 && (i & 0x0008000000000000L) == 0;
    }

    /** C's {@code x + y} with at least one NaN operand, as x86-64 computes it: the first NaN, quieted. */
    private static double nanSum(double x, double y) {
        return ExpLogSpecial.quiet(x != x ? x : y);
    }

    private static double special(double x, double y, boolean fma) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        int topx = (int) (ix >>> 52);
        int topy = (int) (iy >>> 52);
        long signBias = 0;
        if (zeroInfNan(iy)) {
            if (iy << 1 == 0) {
                return isSignaling(ix) ? nanSum(x, y) : 1.0;
            }
            if (ix == ONE_BITS) {
                return isSignaling(iy) ? nanSum(x, y) : 1.0;
            }
            if (Long.compareUnsigned(ix << 1, INF_BITS << 1) > 0 || Long.compareUnsigned(iy << 1, INF_BITS << 1) > 0) {
                return nanSum(x, y);
            }
            if (ix << 1 == ONE_BITS << 1) {
                return 1.0;
            }
            if ((Long.compareUnsigned(ix << 1, ONE_BITS << 1) < 0) == (iy >= 0)) {
                return 0.0; // |x|<1 && y==inf or |x|>1 && y==-inf
            }
            return Double.POSITIVE_INFINITY; // y * y
        }
        if (zeroInfNan(ix)) {
            boolean negate = ix < 0 && checkInt(iy) == 1;
            if (x != x) {
                // x * x propagates x quieted; the negation flips its sign; 1 / x2 propagates it
                long b = ix | 0x0008000000000000L;
                return Double.longBitsToDouble(negate ? b ^ Long.MIN_VALUE : b);
            }
            double x2 = x * x;
            if (negate) {
                x2 = -x2;
            }
            if (ix << 1 == 0 && iy < 0) {
                return ExpLogSpecial.divzero(negate);
            }
            return iy < 0 ? 1 / x2 : x2;
        }
        // here x and y are non-zero finite
        if (ix < 0) {
            int yint = checkInt(iy);
            if (yint == 0) {
                return ExpLogSpecial.invalid(x);
            }
            if (yint == 1) {
                signBias = SIGN_BIAS;
            }
            ix &= ABS_MASK;
            topx &= 0x7ff;
        }
        if ((topy & 0x7ff) - 0x3be + Integer.MIN_VALUE >= 0x43e - 0x3be + Integer.MIN_VALUE) {
            // sign_bias == 0 here because y is not odd
            if (ix == ONE_BITS) {
                return 1.0;
            }
            if ((topy & 0x7ff) < 0x3be) {
                // |y| < 2^-65, x^y ~= 1 + y*log(x)
                return ix > ONE_BITS ? 1.0 + y : 1.0 - y;
            }
            return (ix > ONE_BITS) == (topy < 0x800) ? ExpLogSpecial.oflow(false) : ExpLogSpecial.uflow(false);
        }
        if (topx == 0) {
            // normalise subnormal x so the exponent becomes negative
            ix = Double.doubleToRawLongBits(x * 0x1p52) & ABS_MASK;
            ix -= 52L << 52;
        }
        return fma ? coreFma(ix, y, signBias) : coreNoFma(ix, y, signBias);
    }

    /** exp(y log(x)) for |x| = ix (positive, normalised), FMA build. */
    private static double coreFma(long ix, double y, long signBias) {
        // log_inline: hi + lo = log(x)
        long tmp = ix - OFF;
        int i = 4 * ((int) (tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & (0xfffL << 52));
        double z = Double.longBitsToDouble(iz);
        double kd = k;
        double invc = POW_TAB[i];
        double logc = POW_TAB[i + 2];
        double logctail = POW_TAB[i + 3];
        double r = Math.fma(z, invc, -1.0);
        double t1 = Math.fma(kd, POW_LN2HI, logc);
        double t2 = t1 + r;
        double lo1 = Math.fma(kd, POW_LN2LO, logctail);
        double lo2 = t1 - t2 + r;
        double ar = A0 * r;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Math.fma(ar, r, -ar2);
        double lo4 = t2 - hi + ar2;
        double q = Math.fma(ar2, Math.fma(ar2, Math.fma(r, A6, A5), Math.fma(r, A4, A3)), Math.fma(r, A2, A1));
        double lo = Math.fma(ar3, q, lo1 + lo2 + lo3 + lo4);
        double lhi = hi + lo;
        double llo = hi - lhi + lo;
        // y * log(x) = ehi + elo
        double ehi = y * lhi;
        double elo = Math.fma(y, llo, Math.fma(y, lhi, -ehi));
        // exp_inline(ehi, elo, signBias)
        int abstop = (int) (Double.doubleToRawLongBits(ehi) >>> 52) & 0x7ff;
        boolean large = false;
        if (abstop - 0x3c9 + Integer.MIN_VALUE >= 0x408 - 0x3c9 + Integer.MIN_VALUE) {
            if (abstop < 0x3c9) {
                double one = 1.0 + ehi; // tiny: avoid spurious underflow
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) {
                return overUnder(ehi, signBias);
            }
            large = true;
        }
        double kx = Math.fma(ehi, EXP_INVLN2N, EXP_SHIFT);
        long ki = Double.doubleToRawLongBits(kx);
        kx -= EXP_SHIFT;
        double er = elo + Math.fma(kx, EXP_NEGLN2LON, Math.fma(kx, EXP_NEGLN2HIN, ehi));
        int idx = 2 * ((int) ki & 127);
        long top = (ki + signBias) << 45;
        double tail = Double.longBitsToDouble(EXP_TAB[idx]);
        long sbits = EXP_TAB[idx + 1] + top;
        double r2 = er * er;
        double t = Math.fma(r2 * r2, Math.fma(er, C5, C4), Math.fma(r2, Math.fma(er, C3, C2), er + tail));
        if (large) {
            return specialCase(t, sbits, ki, true);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(t, scale, scale);
    }

    /** exp(y log(x)) for |x| = ix (positive, normalised), build without FMA. */
    private static double coreNoFma(long ix, double y, long signBias) {
        long iy = Double.doubleToRawLongBits(y);
        // log_inline: hi + lo = log(x)
        long tmp = ix - OFF;
        int i = 4 * ((int) (tmp >>> 45) & 127);
        int k = (int) (tmp >> 52);
        long iz = ix - (tmp & (0xfffL << 52));
        double z = Double.longBitsToDouble(iz);
        double kd = k;
        double invc = POW_TAB[i];
        double logc = POW_TAB[i + 2];
        double logctail = POW_TAB[i + 3];
        // split z so that rhi, rlo and rhi*rhi are exact and |rlo| <= |r|
        double zhi = Double.longBitsToDouble((iz + (1L << 31)) & (-1L << 32));
        double zlo = z - zhi;
        double rhi = zhi * invc - 1.0;
        double rlo = zlo * invc;
        double r = rhi + rlo;
        double t1 = kd * POW_LN2HI + logc;
        double t2 = t1 + r;
        double lo1 = kd * POW_LN2LO + logctail;
        double lo2 = t1 - t2 + r;
        double ar = A0 * r;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double arhi = A0 * rhi;
        double arhi2 = rhi * arhi;
        double hi = t2 + arhi2;
        double lo3 = rlo * (ar + arhi);
        double lo4 = t2 - hi + arhi2;
        double p = ar3 * (A1 + r * A2 + ar2 * (A3 + r * A4 + ar2 * (A5 + r * A6)));
        double lo = lo1 + lo2 + lo3 + lo4 + p;
        double lhi = hi + lo;
        double llo0 = hi - lhi + lo;
        // y * log(x) = ehi + elo, with 27-bit splits instead of fma
        double yhi = Double.longBitsToDouble(iy & (-1L << 27));
        double ylo = y - yhi;
        double lhh = Double.longBitsToDouble(Double.doubleToRawLongBits(lhi) & (-1L << 27));
        double llo = lhi - lhh + llo0;
        double ehi = yhi * lhh;
        double elo = ylo * lhh + y * llo;
        // exp_inline(ehi, elo, signBias)
        int abstop = (int) (Double.doubleToRawLongBits(ehi) >>> 52) & 0x7ff;
        boolean large = false;
        if (abstop - 0x3c9 + Integer.MIN_VALUE >= 0x408 - 0x3c9 + Integer.MIN_VALUE) {
            if (abstop < 0x3c9) {
                double one = 1.0 + ehi;
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) {
                return overUnder(ehi, signBias);
            }
            large = true;
        }
        double z2 = EXP_INVLN2N * ehi;
        double kx = z2 + EXP_SHIFT;
        long ki = Double.doubleToRawLongBits(kx);
        kx -= EXP_SHIFT;
        double er = ehi + kx * EXP_NEGLN2HIN + kx * EXP_NEGLN2LON;
        er += elo;
        int idx = 2 * ((int) ki & 127);
        long top = (ki + signBias) << 45;
        double tail = Double.longBitsToDouble(EXP_TAB[idx]);
        long sbits = EXP_TAB[idx + 1] + top;
        double r2 = er * er;
        double t = tail + er + r2 * (C2 + er * C3) + r2 * r2 * (C4 + er * C5);
        if (large) {
            return specialCase(t, sbits, ki, false);
        }
        double scale = Double.longBitsToDouble(sbits);
        return scale + scale * t;
    }

    /** |y log x| >= 1024: overflow or underflow, signed by signBias. */
    private static double overUnder(double ehi, long signBias) {
        boolean negative = signBias != 0;
        return ehi < 0 ? ExpLogSpecial.uflow(negative) : ExpLogSpecial.oflow(negative);
    }

    /**
     * pow's exp {@code specialcase}: like exp's, but the result may be negative (sbits carries the
     * sign), so the subnormal rounding works on |y| and a zero keeps scale's sign.
     */
    private static double specialCase(double tmp, long sbits, long ki, boolean fma) {
        if ((ki & 0x80000000L) == 0) {
            // k > 0: the exponent of scale might have overflowed by <= 460
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            double y = fma ? Math.fma(tmp, scale, scale) : scale + scale * tmp;
            return y * 0x1p1009;
        }
        // k < 0: need special care in the subnormal range
        sbits += 1022L << 52;
        double scale = Double.longBitsToDouble(sbits);
        double st = scale * tmp;
        double y = scale + st;
        if (Math.abs(y) < 1.0) {
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = scale - y + st;
            double hi = one + y;
            lo = one - hi + y + lo;
            y = (hi + lo) - one;
            if (y == 0.0) {
                y = Double.longBitsToDouble(sbits & Long.MIN_VALUE); // fix the sign of 0
            }
        }
        return 0x1p-1022 * y;
    }
}
