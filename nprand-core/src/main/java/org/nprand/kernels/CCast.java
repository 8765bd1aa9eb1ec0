package org.nprand.kernels;

/**
 * C's conversions from {@code double} to integer types, as GCC compiles them on x86-64.
 *
 * <p>NumPy's kernels write {@code (int64_t)floor(x)} (or {@code (RAND_INT_TYPE)x}) and compile it
 * to {@code cvttsd2si}, which truncates toward zero and returns the "integer indefinite" value
 * {@code INT64_MIN} for NaN, infinities and anything outside {@code [-2^63, 2^63)}. Java's
 * {@code (long)} cast agrees inside that range but saturates outside it and maps NaN to 0, so a
 * kernel that ever sees such a value (a rejected {@code log(0)} step of BTPE, a Poisson draw with
 * {@code us == 0}, a negative-binomial with {@code p == 0}) would take a different branch.
 */
public final class CCast {

    private static final double TWO_63 = 0x1p63;

    private CCast() {
    }

    /**
     * C's {@code (int64_t) x} on x86-64: truncation toward zero, and {@link Long#MIN_VALUE} when
     * {@code x} is NaN or not in {@code [-2^63, 2^63)}.
     */
    public static long toInt64(double x) {
        // -2^63 itself converts exactly; NaN fails both comparisons.
        if (x >= -TWO_63 && x < TWO_63) {
            return (long) x;
        }
        return Long.MIN_VALUE;
    }
}
