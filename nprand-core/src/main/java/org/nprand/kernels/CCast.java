package org.nprand.kernels;

/**
 * C's conversion of a double to a 64-bit integer ({@code (int64_t)x}, {@code (long)x}) as NumPy's
 * x86-64 build executes it: {@code cvttsd2si} truncates toward zero and returns the "integer
 * indefinite" value {@code INT64_MIN} for NaN, infinities and anything outside
 * [-2<sup>63</sup>, 2<sup>63</sup>). Java's {@code (long)} instead saturates and maps NaN to 0, so
 * every C cast in a kernel goes through here (e.g. {@code RandomState.negative_binomial(1, 0)}
 * returns {@code -9223372036854775808} in NumPy).
 */
public final class CCast {

    private CCast() {
    }

    /** {@code (int64_t) x} on x86-64: truncation, {@link Long#MIN_VALUE} when out of range or NaN. */
    public static long toInt64(double x) {
        // x >= 2^63 or x < -2^63 (and NaN, for which both comparisons are false) is out of range
        if (!(x < 0x1p63 && x >= -0x1p63)) {
            return Long.MIN_VALUE;
        }
        return (long) x;
    }
}
