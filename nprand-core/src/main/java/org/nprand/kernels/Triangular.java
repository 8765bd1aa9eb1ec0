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
}
