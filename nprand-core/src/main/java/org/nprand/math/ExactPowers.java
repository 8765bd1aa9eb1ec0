package org.nprand.math;

/**
 * glibc's {@code pow(x, y)} for the exponents 2, 1, 1/2 and -1, found without its log and exp
 * where that is safe: the correctly rounded {@code x * x}, {@code x}, {@code sqrt(x)} or
 * {@code 1 / x}, when the exact power is far enough from a rounding boundary that glibc's result
 * must be that same double. Samplers raise to {@code 1 / shape}, and these exponents come from the
 * common shapes: {@code standard_gamma(0.5)} (so {@code chisquare(1)}), {@code zipf(2)},
 * {@code power(2)}, {@code weibull(0.5)} and {@code weibull(2)}.
 *
 * <p>Why it is exact. glibc's {@code pow} (ARM optimized-routines) computes {@code y log(x)} to
 * a relative error of at most 1.5 * 2^-68 and then rounds once, at the end of its {@code exp}; its
 * documented worst case before that rounding is 1.11 / 128 ulp (plus 0.25 / 128 without FMA) for
 * the {@code exp} and {@code |y log(x)| * 1.5 * 2^-68 * 2^53} ulp for the log, under 0.015 ulp in
 * all for the {@code |x|} in {@code [2^-64, 2^64)} this class accepts. So whenever the exact power
 * lies more than 0.015 ulp inside a rounding interval, glibc returns the double that interval
 * rounds to: the correctly rounded power. This class answers only when the exact power is at
 * most 0.45 ulp from that double (0.05 ulp or more from both boundaries, a margin of three),
 * and when the double is not a power of two (whose lower interval is half as wide). The distance
 * is exact arithmetic: the remainders {@code x*x - c}, {@code 1 - c*x} and {@code x - c*c} are
 * computed exactly by {@link Math#fma}. About 90% of squares, reciprocals and square roots are
 * answered here; {@code y == 1} always is ({@code x} itself is exact).
 *
 * <p>Checked against the machine's glibc: over 4 * 10^9 random squares and 1.5 * 10^9 each of
 * reciprocals and square roots, glibc differed from the correctly rounded power only when the
 * exact power was within 0.0094 ulp of a boundary, and never where this class answers; and
 * against {@link GlibcPow}'s own two builds in {@code ExactPowersTest}.
 */
final class ExactPowers {

    private ExactPowers() {
    }

    private static final long EXPONENT_BITS = 0x7ff0000000000000L;
    private static final long MANTISSA_BITS = 0x000fffffffffffffL;

    /**
     * Whether {@link #pow} may answer for this exponent: {@code y} is a power of two or its
     * negative (or a zero, an infinity). One test on the bits, so that every other exponent
     * costs the callers of {@code pow} a single predictable branch.
     */
    static boolean mayAnswer(double y) {
        return Double.doubleToRawLongBits(y) << 12 == 0;
    }

    /**
     * {@code pow(x, y)} as glibc computes it, when {@code y} is 2, 1, 0.5 or -1 and the answer is
     * decided as above; otherwise NaN (NaN itself is never an answer here: NaN {@code x} is outside
     * the accepted range), and the caller runs glibc's algorithm.
     */
    static double pow(double x, double y) {
        double ax = Math.abs(x);
        if (!(ax >= 0x1p-64 && ax < 0x1p64)) {
            return Double.NaN;
        }
        double c;
        double slack; // |exact - c| measured against ulp(c), both scaled alike
        double scale;
        if (y == 2.0) {
            c = x * x;
            slack = Math.fma(x, x, -c);
            scale = 1.0;
        } else if (y == 1.0) {
            return x;
        } else if (y == 0.5) {
            if (x < 0.0) {
                return Double.NaN;
            }
            c = Math.sqrt(x);
            // sqrt(x) - c = (x - c*c) / (sqrt(x) + c), about (x - c*c) / (2c)
            slack = Math.fma(-c, c, x);
            scale = 2.0 * c;
        } else if (y == -1.0) {
            c = 1.0 / x;
            // 1/x - c = (1 - c*x) / x
            slack = Math.fma(-c, x, 1.0);
            scale = ax;
        } else {
            return Double.NaN;
        }
        long bits = Double.doubleToRawLongBits(c);
        if ((bits & MANTISSA_BITS) == 0) {
            return Double.NaN;
        }
        double ulp = Double.longBitsToDouble((bits & EXPONENT_BITS) - (52L << 52));
        // |slack| / scale <= 0.45 ulp; the products round by 2^-53 relative, far inside the margin
        return Math.abs(slack) <= 0.45 * ulp * scale ? c : Double.NaN;
    }
}
