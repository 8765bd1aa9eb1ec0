package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_wald(bitgen, mean, scale)} ({@code distributions.c}), behind
 * {@code Generator.wald} (the inverse Gaussian): the transformation with multiple roots of
 * J. R. Michael, W. R. Schucany and R. W. Haas (The American Statistician 30 (1976) 88-90). One
 * {@link StandardNormal} {@code z}, {@code Y = mean z^2},
 * {@code X = mean (1 - 2 / (1 + sqrt(1 + 4 scale / Y)))}, then one {@code next_double}
 * {@code U}: {@code X} if {@code U <= mean / (mean + X)}, else {@code mean^2 / X}. C's
 * expressions are kept as written ({@code mean * Y * Y}, {@code 4 * scale / Y}) so every
 * intermediate rounds the same.
 */
public final class Wald {

    private Wald() {
    }

    /** One Wald variate (not validated). */
    public static double sample(BitSource src, double mean, double scale) {
        double y = StandardNormal.sample(src);
        y = mean * y * y;
        double d = 1 + Math.sqrt(1 + 4 * scale / y);
        double x = mean * (1 - 2 / d);
        double u = src.nextDouble();
        if (u <= mean / (mean + x)) {
            return x;
        }
        return mean * mean / x;
    }
}
