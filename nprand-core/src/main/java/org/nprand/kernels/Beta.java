package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_beta(bitgen, a, b)} ({@code distributions.c}), behind
 * {@code Generator.beta} (and {@code Generator.dirichlet} for small alphas). C assumes
 * {@code a != 0} and {@code b != 0}.
 *
 * <ul>
 *   <li>{@code a <= 1} and {@code b <= 1}, both below {@code 3e-103} ({@code BETA_TINY_THRESHOLD}):
 *       one {@code next_double} {@code U}, and the result is exactly 1.0 if
 *       {@code (a + b) * U < a}, else 0.0 (any other value has probability below about 1e-100).</li>
 *   <li>{@code a <= 1} and {@code b <= 1} otherwise: M. D. Jöhnk's algorithm ("Erzeugung von
 *       betaverteilten und gammaverteilten Zufallszahlen", Metrika 8 (1964) 5-15): pairs of
 *       {@code next_double} {@code U, V}, {@code X = U^(1/a)}, {@code Y = V^(1/b)}, until
 *       {@code X + Y <= 1} (and not {@code U == V == 0}); the result is {@code X / (X + Y)}, or,
 *       when {@code X} or {@code Y} underflowed to 0, the same ratio through logarithms:
 *       {@code delta = log(U)/a - log(V)/b}, {@code exp(-log1p(exp(-delta)))} for
 *       {@code delta > 0}, else {@code exp(delta - log1p(exp(delta)))}.</li>
 *   <li>otherwise (NaN included): {@code Ga / (Ga + Gb)} with two {@link StandardGamma} draws,
 *       {@code Ga = G(a)} first. (Not Cheng's algorithms: NumPy uses the gamma ratio.)</li>
 * </ul>
 * {@code pow}, {@code log}, {@code exp}, {@code log1p} are glibc's, through {@link Libm}.
 */
public final class Beta {

    /** C's {@code BETA_TINY_THRESHOLD}. */
    static final double BETA_TINY_THRESHOLD = 3e-103;

    private Beta() {
    }

    /** One beta variate (not validated). */
    public static double sample(BitSource src, double a, double b) {
        if ((a <= 1.0) && (b <= 1.0)) {
            if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
                double u = src.nextDouble();
                // C returns the int (a + b)*U < a as a double
                return (a + b) * u < a ? 1.0 : 0.0;
            }
            while (true) {
                double u = src.nextDouble();
                double v = src.nextDouble();
                double x = Libm.pow(u, 1.0 / a);
                double y = Libm.pow(v, 1.0 / b);
                double xpy = x + y;
                // reject U == V == 0 (about 1 in 10^106)
                if ((xpy <= 1.0) && (u + v > 0.0)) {
                    if ((x > 0) && (y > 0)) {
                        return x / xpy;
                    }
                    double logX = Libm.log(u) / a;
                    double logY = Libm.log(v) / b;
                    double delta = logX - logY;
                    if (delta > 0) {
                        return Libm.exp(-Libm.log1p(Libm.exp(-delta)));
                    }
                    return Libm.exp(delta - Libm.log1p(Libm.exp(delta)));
                }
            }
        }
        double ga = StandardGamma.sample(src, a);
        double gb = StandardGamma.sample(src, b);
        return ga / (ga + gb);
    }
}
