package org.nprand.math;

/**
 * The special results of glibc's exp/log/pow/log2 that Java arithmetic does not pin down: NaN bit
 * patterns. Java leaves NaN payloads and signs through arithmetic unspecified, while x86-64 SSE
 * (what glibc runs) propagates the first NaN operand with its quiet bit set and produces the
 * "default NaN" 0xfff8000000000000 (sign bit set) for invalid operations. These helpers build
 * those exact bits, so the ports return glibc's NaNs bit for bit on every JVM.
 */
final class ExpLogSpecial {

    private ExpLogSpecial() {
    }

    /** x86-64's default NaN: what {@code 0.0/0.0} and {@code inf - inf} produce in C. */
    static final double DEFAULT_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** A NaN input propagated through one SSE operation: the same payload with the quiet bit set. */
    static double quiet(double nan) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(nan) | 0x0008000000000000L);
    }

    /** glibc's __math_invalid(x): (x - x) / (x - x), i.e. x quieted if NaN, else the default NaN. */
    static double invalid(double x) {
        return x != x ? quiet(x) : DEFAULT_NAN;
    }

    /** x86-64's default float NaN (0xffc00000). */
    static final float DEFAULT_NAN_F = Float.intBitsToFloat(0xffc00000);

    /** glibc's __math_invalidf(x): x quieted if NaN, else the default float NaN. */
    static float invalidf(float x) {
        return x != x ? Float.intBitsToFloat(Float.floatToRawIntBits(x) | 0x00400000) : DEFAULT_NAN_F;
    }

    /**
     * For log and log2 (inputs below 0x1p-1022, infinities and NaN): true when the result is
     * special (zero, +inf, negative or NaN input), false for a positive subnormal.
     */
    static boolean isLogSpecial(long ix) {
        int top = (int) (ix >>> 48);
        return ix << 1 == 0 || ix == 0x7ff0000000000000L || (top & 0x8000) != 0 || (top & 0x7ff0) == 0x7ff0;
    }

    /** log's and log2's result for an input {@link #isLogSpecial} selects: -inf, +inf or NaN. */
    static double logSpecial(double x) {
        long ix = Double.doubleToRawLongBits(x);
        if (ix << 1 == 0) {
            return divzero(true);
        }
        if (ix == 0x7ff0000000000000L) {
            return x;
        }
        return invalid(x);
    }

    /** The bits of a positive subnormal scaled into the normal range, exponent lowered by 52. */
    static long normalizeSubnormal(double x) {
        return Double.doubleToRawLongBits(x * 0x1p52) - (52L << 52);
    }

    /** glibc's __math_divzero(sign): -inf or +inf. */
    static double divzero(boolean negative) {
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** glibc's __math_oflow(sign): the overflowed result, +-inf in round-to-nearest. */
    static double oflow(boolean negative) {
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** glibc's __math_uflow(sign): the underflowed result, +-0 in round-to-nearest. */
    static double uflow(boolean negative) {
        return negative ? -0.0 : 0.0;
    }
}
