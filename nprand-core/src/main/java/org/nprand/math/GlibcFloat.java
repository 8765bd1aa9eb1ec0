package org.nprand.math;

/**
 * glibc 2.36's single-precision {@code expf}, {@code logf} and {@code powf} (sysdeps/ieee754/flt-32
 * e_expf.c, e_logf.c, e_powf.c: Szabolcs Nagy's algorithms from ARM optimized-routines, MIT OR
 * Apache-2.0 upstream), in their two x86-64 builds.
 *
 * <p>All three compute in double precision from small tables ({@link GlibcFloatTables}, dumped from
 * the host libm) and round once to float at the end. The plain methods are the generic (SSE2)
 * builds; the {@code ...Fma} methods are glibc's {@code __expf_fma}, {@code __logf_fma},
 * {@code __powf_fma}: the same C compiled with {@code -mfma -mavx2}. Every {@code Math.fma} sits
 * where the host binary has an FMA instruction ({@code gdb -batch -ex 'disassemble __powf_fma'}
 * and so on); note that in {@code __expf_fma} GCC fused {@code z + shift} with {@code z = InvLn2N * x}
 * and recomputed {@code r = InvLn2N * x - kd} fused as well.
 *
 * <p>Special cases follow glibc's helpers: {@code __math_oflowf(s)} = ±inf, {@code __math_uflowf(s)}
 * = ±0, {@code __math_may_uflowf(s)} = ±0x1.4p-75f squared (rounds to ±0x1p-149f),
 * {@code __math_divzerof(s)} = ±inf, {@code __math_invalidf} = NaN.
 */
final class GlibcFloat {

    private GlibcFloat() {
    }

    // exp2f_data: tab[32], shift_scaled, poly[3], invln2_scaled, poly_scaled[3], shift
    private static final long[] EXP2F_TAB = new long[32];
    private static final double EXP2F_SHIFT_SCALED;
    private static final double EXP2F_C0;
    private static final double EXP2F_C1;
    private static final double EXP2F_C2;
    private static final double EXPF_INVLN2N;
    private static final double EXPF_C0;
    private static final double EXPF_C1;
    private static final double EXPF_C2;
    private static final double EXPF_SHIFT;

    // logf_data: {invc, logc}[16], ln2, poly[3]
    private static final double[] LOGF_INVC = new double[16];
    private static final double[] LOGF_LOGC = new double[16];
    private static final double LOGF_LN2;
    private static final double LOGF_A0;
    private static final double LOGF_A1;
    private static final double LOGF_A2;

    // powf_log2_data: {invc, logc}[16], poly[5]
    private static final double[] POWF_INVC = new double[16];
    private static final double[] POWF_LOGC = new double[16];
    private static final double POWF_A0;
    private static final double POWF_A1;
    private static final double POWF_A2;
    private static final double POWF_A3;
    private static final double POWF_A4;

    static {
        long[] e = GlibcFloatTables.EXP2F_DATA;
        System.arraycopy(e, 0, EXP2F_TAB, 0, 32);
        EXP2F_SHIFT_SCALED = d(e[32]);
        EXP2F_C0 = d(e[33]);
        EXP2F_C1 = d(e[34]);
        EXP2F_C2 = d(e[35]);
        EXPF_INVLN2N = d(e[36]);
        EXPF_C0 = d(e[37]);
        EXPF_C1 = d(e[38]);
        EXPF_C2 = d(e[39]);
        EXPF_SHIFT = d(e[40]);
        long[] l = GlibcFloatTables.LOGF_DATA;
        for (int i = 0; i < 16; i++) {
            LOGF_INVC[i] = d(l[2 * i]);
            LOGF_LOGC[i] = d(l[2 * i + 1]);
        }
        LOGF_LN2 = d(l[32]);
        LOGF_A0 = d(l[33]);
        LOGF_A1 = d(l[34]);
        LOGF_A2 = d(l[35]);
        long[] p = GlibcFloatTables.POWF_LOG2_DATA;
        for (int i = 0; i < 16; i++) {
            POWF_INVC[i] = d(p[2 * i]);
            POWF_LOGC[i] = d(p[2 * i + 1]);
        }
        POWF_A0 = d(p[32]);
        POWF_A1 = d(p[33]);
        POWF_A2 = d(p[34]);
        POWF_A3 = d(p[35]);
        POWF_A4 = d(p[36]);
    }

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static final int LOG_OFF = 0x3f330000;
    private static final int SIGN_BIAS = 1 << (5 + 11);

    // ---- expf ----------------------------------------------------------------------------------

    /** expf's result for the inputs {@link #needsSpecial} selects (|x| >= 88 outside the normal path, NaN, inf). */
    private static float expfSpecial(float x, int ix, int abstop) {
        if (ix == 0xff800000) {
            return 0.0f;
        }
        if (abstop >= 0x7f8) {
            return x + x;
        }
        if (x > 0x1.62e42ep6f) { // x > log(0x1p128)
            return Float.POSITIVE_INFINITY;
        }
        if (x < -0x1.9fe368p6f) { // x < log(0x1p-150)
            return 0.0f;
        }
        return 0x1.4p-75f * 0x1.4p-75f; // log(0x1p-150) <= x < log(0x1p-149): __math_may_uflowf(0)
    }

    /** |x| >= 88 (abstop >= top12(88f)) and not a finite x in [log(0x1p-149), log(0x1p128)]. */
    private static boolean needsSpecial(float x, int abstop) {
        return abstop >= 0x42b && !(abstop < 0x7f8 && x <= 0x1.62e42ep6f && x >= -0x1.9d1d9ep6f);
    }

    /** glibc's generic (SSE2) {@code expf}. */
    static float expf(float x) {
        int ix = Float.floatToRawIntBits(x);
        int abstop = (ix >>> 20) & 0x7ff;
        if (abstop >= 0x42b && needsSpecial(x, abstop)) {
            return expfSpecial(x, ix, abstop);
        }
        double xd = x;
        double z = EXPF_INVLN2N * xd;
        double kd = z + EXPF_SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXPF_SHIFT;
        double r = z - kd;
        long t = EXP2F_TAB[(int) (ki & 31)] + (ki << 47);
        double s = Double.longBitsToDouble(t);
        double zz = EXPF_C0 * r + EXPF_C1;
        double r2 = r * r;
        double y = EXPF_C2 * r + 1.0;
        y = zz * r2 + y;
        return (float) (y * s);
    }

    /** glibc's {@code __expf_fma}. */
    static float expfFma(float x) {
        int ix = Float.floatToRawIntBits(x);
        int abstop = (ix >>> 20) & 0x7ff;
        if (abstop >= 0x42b && needsSpecial(x, abstop)) {
            return expfSpecial(x, ix, abstop);
        }
        double xd = x;
        double kd = Math.fma(EXPF_INVLN2N, xd, EXPF_SHIFT);
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXPF_SHIFT;
        double r = Math.fma(EXPF_INVLN2N, xd, -kd);
        long t = EXP2F_TAB[(int) (ki & 31)] + (ki << 47);
        double s = Double.longBitsToDouble(t);
        double zz = Math.fma(r, EXPF_C0, EXPF_C1);
        double r2 = r * r;
        double y = Math.fma(r, EXPF_C2, 1.0);
        y = Math.fma(zz, r2, y);
        return (float) (y * s);
    }

    // ---- logf ----------------------------------------------------------------------------------

    /** glibc's generic (SSE2) {@code logf}. */
    static float logf(float x) {
        int ix = Float.floatToRawIntBits(x);
        if (ix == 0x3f800000) {
            return 0.0f;
        }
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
            if (ix * 2 == 0) {
                return Float.NEGATIVE_INFINITY;
            }
            if (ix == 0x7f800000) {
                return x;
            }
            if (ix < 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) {
                return ExpLogSpecial.invalidf(x);
            }
            ix = Float.floatToRawIntBits(x * 0x1p23f) - (23 << 23); // subnormal: normalize
        }
        int tmp = ix - LOG_OFF;
        int i = (tmp >>> 19) & 15;
        int k = tmp >> 23;
        int iz = ix - (tmp & 0xff800000);
        double z = Float.intBitsToFloat(iz);
        double r = z * LOGF_INVC[i] - 1.0;
        double y0 = LOGF_LOGC[i] + k * LOGF_LN2;
        double r2 = r * r;
        double y = LOGF_A1 * r + LOGF_A2;
        y = LOGF_A0 * r2 + y;
        y = y * r2 + (y0 + r);
        return (float) y;
    }

    /** glibc's {@code __logf_fma}. */
    static float logfFma(float x) {
        int ix = Float.floatToRawIntBits(x);
        if (ix == 0x3f800000) {
            return 0.0f;
        }
        if (Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0) {
            if (ix * 2 == 0) {
                return Float.NEGATIVE_INFINITY;
            }
            if (ix == 0x7f800000) {
                return x;
            }
            if (ix < 0 || Integer.compareUnsigned(ix * 2, 0xff000000) >= 0) {
                return ExpLogSpecial.invalidf(x);
            }
            ix = Float.floatToRawIntBits(x * 0x1p23f) - (23 << 23);
        }
        int tmp = ix - LOG_OFF;
        int i = (tmp >>> 19) & 15;
        int k = tmp >> 23;
        int iz = ix - (tmp & 0xff800000);
        double z = Float.intBitsToFloat(iz);
        double r = Math.fma(z, LOGF_INVC[i], -1.0);
        double y0 = Math.fma(k, LOGF_LN2, LOGF_LOGC[i]);
        double r2 = r * r;
        double y = Math.fma(r, LOGF_A1, LOGF_A2);
        y = Math.fma(r2, LOGF_A0, y);
        y = Math.fma(r2, y, r + y0);
        return (float) y;
    }

    // ---- powf ----------------------------------------------------------------------------------

    /** 0 if iy (non-zero finite) is not an integer, 1 if an odd integer, 2 if an even integer. */
    private static int checkint(int iy) {
        int e = (iy >>> 23) & 0xff;
        if (e < 0x7f) {
            return 0;
        }
        if (e > 0x7f + 23) {
            return 2;
        }
        if ((iy & ((1 << (0x7f + 23 - e)) - 1)) != 0) {
            return 0;
        }
        if ((iy & (1 << (0x7f + 23 - e))) != 0) {
            return 1;
        }
        return 2;
    }

    private static boolean zeroinfnan(int i) {
        return Integer.compareUnsigned(2 * i - 1, 2 * 0x7f800000 - 1) >= 0;
    }

    /**
     * C's {@code x + y} when a NaN may be involved, with x86's rule made explicit: the first NaN
     * operand, quieted. Java leaves the payload of a two-NaN sum to the JIT's operand order.
     */
    private static float nanAdd(float x, float y) {
        if (x != x) {
            return ExpLogSpecial.invalidf(x);
        }
        if (y != y) {
            return ExpLogSpecial.invalidf(y);
        }
        return x + y;
    }

    private static boolean issignaling(int i) {
        return Integer.compareUnsigned((i ^ 0x00400000) * 2, 2 * 0x7fc00000) > 0;
    }

    /**
     * The special-case part of powf: returns the result bits for (x, y) with x subnormal, zero,
     * inf, nan or negative, or y zero, inf or nan, as a float in the low 32 bits with bit 32 set
     * ("done"); otherwise the adjusted ix in the low 32 bits and sign_bias in bits 33-48.
     */
    private static long powfSpecial(float x, float y, int ix, int iy) {
        int signBias = 0;
        if (zeroinfnan(iy)) {
            float res;
            if (2 * iy == 0) {
                res = issignaling(ix) ? nanAdd(x, y) : 1.0f;
            } else if (ix == 0x3f800000) {
                res = issignaling(iy) ? nanAdd(x, y) : 1.0f;
            } else if (Integer.compareUnsigned(2 * ix, 2 * 0x7f800000) > 0
                    || Integer.compareUnsigned(2 * iy, 2 * 0x7f800000) > 0) {
                res = nanAdd(x, y);
            } else if (2 * ix == 2 * 0x3f800000) {
                res = 1.0f;
            } else if ((Integer.compareUnsigned(2 * ix, 2 * 0x3f800000) < 0) == (iy >= 0)) {
                res = 0.0f; // |x|<1 && y==inf or |x|>1 && y==-inf
            } else {
                res = y * y;
            }
            return done(res);
        }
        if (zeroinfnan(ix)) {
            float x2 = x * x;
            if (ix < 0 && checkint(iy) == 1) {
                x2 = -x2;
                signBias = 1;
            }
            if (2 * ix == 0 && iy < 0) {
                return done(signBias != 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY);
            }
            return done(iy < 0 ? 1 / x2 : x2);
        }
        if (ix < 0) { // finite x < 0
            int yint = checkint(iy);
            if (yint == 0) {
                return done(ExpLogSpecial.invalidf(x));
            }
            if (yint == 1) {
                signBias = SIGN_BIAS;
            }
            ix &= 0x7fffffff;
        }
        if (Integer.compareUnsigned(ix, 0x00800000) < 0) { // subnormal x: exponent becomes negative
            ix = Float.floatToRawIntBits(x * 0x1p23f);
            ix &= 0x7fffffff;
            ix -= 23 << 23;
        }
        return (ix & 0xFFFFFFFFL) | ((long) signBias << 33);
    }

    private static long done(float r) {
        return (Float.floatToRawIntBits(r) & 0xFFFFFFFFL) | (1L << 32);
    }

    private static boolean needsPowfSpecial(int ix, int iy) {
        return Integer.compareUnsigned(ix - 0x00800000, 0x7f800000 - 0x00800000) >= 0 || zeroinfnan(iy);
    }

    /** |y log2(x)| >= 126: the overflow, underflow or may-underflow result, or NaN for "go on". */
    private static float powfRange(double ylogx, int signBias) {
        if (ylogx > 0x1.fffffffd1d571p+6) {
            return signBias != 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        }
        // 0x1.fffffffa3aae2p+6 < ylogx: overflow only in directed rounding; nearest goes on.
        if (ylogx <= -150.0) {
            return signBias != 0 ? -0.0f : 0.0f;
        }
        if (ylogx < -149.0) {
            return (signBias != 0 ? -0x1.4p-75f : 0x1.4p-75f) * 0x1.4p-75f;
        }
        return Float.NaN;
    }

    private static final long TOP_126 = Double.doubleToRawLongBits(126.0) >>> 47;

    /** glibc's generic (SSE2) {@code powf}. */
    static float powf(float x, float y) {
        int ix = Float.floatToRawIntBits(x);
        int iy = Float.floatToRawIntBits(y);
        int signBias = 0;
        if (needsPowfSpecial(ix, iy)) {
            long s = powfSpecial(x, y, ix, iy);
            if ((s & (1L << 32)) != 0) {
                return Float.intBitsToFloat((int) s);
            }
            ix = (int) s;
            signBias = (int) (s >>> 33);
        }
        // log2_inline
        int tmp = ix - LOG_OFF;
        int i = (tmp >>> 19) & 15;
        int top = tmp & 0xff800000;
        int iz = ix - top;
        int k = top >> 23;
        double z = Float.intBitsToFloat(iz);
        double r = z * POWF_INVC[i] - 1.0;
        double y0 = POWF_LOGC[i] + (double) k;
        double r2 = r * r;
        double yy = POWF_A0 * r + POWF_A1;
        double p = POWF_A2 * r + POWF_A3;
        double r4 = r2 * r2;
        double q = POWF_A4 * r + y0;
        q = p * r2 + q;
        double logx = yy * r4 + q;
        double ylogx = y * logx;
        if (((Double.doubleToRawLongBits(ylogx) >>> 47) & 0xffff) >= TOP_126) {
            float special = powfRange(ylogx, signBias);
            if (!Float.isNaN(special)) {
                return special;
            }
        }
        // exp2_inline
        double kd = ylogx + EXP2F_SHIFT_SCALED;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP2F_SHIFT_SCALED;
        double rr = ylogx - kd;
        long t = EXP2F_TAB[(int) (ki & 31)] + ((ki + signBias) << 47);
        double s = Double.longBitsToDouble(t);
        double zz = EXP2F_C0 * rr + EXP2F_C1;
        double rr2 = rr * rr;
        double ey = EXP2F_C2 * rr + 1.0;
        ey = zz * rr2 + ey;
        return (float) (ey * s);
    }

    /** glibc's {@code __powf_fma}. */
    static float powfFma(float x, float y) {
        int ix = Float.floatToRawIntBits(x);
        int iy = Float.floatToRawIntBits(y);
        int signBias = 0;
        if (needsPowfSpecial(ix, iy)) {
            long s = powfSpecial(x, y, ix, iy);
            if ((s & (1L << 32)) != 0) {
                return Float.intBitsToFloat((int) s);
            }
            ix = (int) s;
            signBias = (int) (s >>> 33);
        }
        int tmp = ix - LOG_OFF;
        int i = (tmp >>> 19) & 15;
        int top = tmp & 0xff800000;
        int iz = ix - top;
        int k = top >> 23;
        double z = Float.intBitsToFloat(iz);
        double r = Math.fma(z, POWF_INVC[i], -1.0);
        double y0 = POWF_LOGC[i] + (double) k;
        double yy = Math.fma(r, POWF_A0, POWF_A1);
        double p = Math.fma(r, POWF_A2, POWF_A3);
        double r2 = r * r;
        double q = Math.fma(r, POWF_A4, y0);
        double r4 = r2 * r2;
        q = Math.fma(r2, p, q);
        double logx = Math.fma(r4, yy, q);
        double ylogx = y * logx;
        if (((Double.doubleToRawLongBits(ylogx) >>> 47) & 0xffff) >= TOP_126) {
            float special = powfRange(ylogx, signBias);
            if (!Float.isNaN(special)) {
                return special;
            }
        }
        double kd = ylogx + EXP2F_SHIFT_SCALED;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP2F_SHIFT_SCALED;
        double rr = ylogx - kd;
        long t = EXP2F_TAB[(int) (ki & 31)] + ((ki + signBias) << 47);
        double s = Double.longBitsToDouble(t);
        double zz = Math.fma(rr, EXP2F_C0, EXP2F_C1);
        double rr2 = rr * rr;
        double ey = Math.fma(rr, EXP2F_C2, 1.0);
        ey = Math.fma(zz, rr2, ey);
        return (float) (ey * s);
    }
}
