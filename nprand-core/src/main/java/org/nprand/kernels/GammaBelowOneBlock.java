package org.nprand.kernels;

import org.nprand.math.Libm;

/**
 * The judging half of the gamma's shape &lt; 1 loop, a block of attempts at a time, shared by
 * NumPy's two kernels ({@code random_standard_gamma}, whose exponential {@code V} is the ziggurat's,
 * and {@code legacy_standard_gamma}, whose {@code V} is {@code -log(1 - U2)}). Each attempt
 * proposes from its {@code U}: {@code X = U^(1/shape)} if {@code U <= 1 - shape}, accepted if
 * {@code X <= V}; else, with {@code Y = -log((1 - U)/shape)}, {@code X = (1 - shape + shape*Y)^(1/shape)},
 * accepted if {@code X <= V + Y}. The kernel draws a block of attempts in order (its own draws),
 * leaving {@code U} in {@code base} and {@code V} in {@code bound}, and lists the attempts with
 * {@code U > 1 - shape} without a branch (C's branch is a coin flip at shape 0.5); then
 * {@link #logSide}, {@link #powers} and {@link #pack}, each a loop of independent calls with no
 * branch on a verdict. Each pass is a method of its own, compiled whole: as one method the JIT
 * compiled its loops on the stack in varying ways, and whole JMH forks ran at 27 ns per value
 * instead of 17 (shape 0.5, JDK 17).
 */
public final class GammaBelowOneBlock {

    private GammaBelowOneBlock() {
    }

    /**
     * For the {@code highCount} attempts listed in {@code high}: {@code Y}, then the base
     * {@code 1 - shape + shape*Y} (into {@code base}) and the bound {@code V + Y} (into {@code bound}).
     */
    public static void logSide(double shape, double[] base, double[] bound, int[] high, int highCount) {
        for (int k = 0; k < highCount; k++) {
            int j = high[k];
            double y = -Libm.log((1 - base[j]) / shape);
            base[j] = 1.0 - shape + shape * y;
            bound[j] = bound[j] + y;
        }
    }

    /** {@code base[j] = base[j]^exponent} for the block's {@code m} attempts: the candidates {@code X}. */
    public static void powers(double[] base, int m, double exponent) {
        for (int j = 0; j < m; j++) {
            base[j] = Libm.pow(base[j], exponent);
        }
    }

    /**
     * Stores {@code scale * X} for the accepted of the block's {@code m} attempts ({@code X = xs[j]
     * <= bound[j]}) in order from {@code i}; returns the next index. At most {@code m} values: the
     * kernel's block of at most as many attempts as values still wanted keeps every store inside
     * its fill.
     */
    public static int pack(double[] xs, double[] bound, int m, double scale, double[] out, int i) {
        for (int j = 0; j < m; j++) {
            double x = xs[j];
            out[i] = scale * x;
            i += accepted(x, bound[j]);
        }
        return i;
    }

    /**
     * 1 if {@code x <= bound}, else 0, from the sign of {@code bound - x}: JDK 17 compiles the
     * comparison into an int as a branch, mispredicted at each rejection (measured 21.9 -> 20.1 ns
     * per value at shape 0.5). Exact for the values met here: {@code x} is never NaN (a power of a
     * positive base) and may be +inf (then the difference is -inf); a zero bound is made +0.0
     * first (the legacy exponential of U = 0 is -0.0, and -0.0 - +0.0 would read as below).
     */
    static int accepted(double x, double bound) {
        return 1 - (int) PairedAttempts.negative((bound + 0.0) - x);
    }
}
