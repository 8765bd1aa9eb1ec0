package org.nprand.kernels.legacy;

import org.nprand.kernels.PairedAttempts;
import org.nprand.math.Libm;

/**
 * NumPy's {@code legacy_beta} ({@code legacy-distributions.c}), behind {@code RandomState.beta}.
 *
 * <ul>
 *   <li>{@code a <= 1} and {@code b <= 1}: Jöhnk's algorithm (M. D. Jöhnk, "Erzeugung von
 *       betaverteilten und gammaverteilten Zufallszahlen", Metrika 8 (1964) 5-15): two
 *       {@code next_double} per attempt, {@code X = U^(1/a)}, {@code Y = V^(1/b)}, accepted when
 *       {@code X + Y <= 1}. When both powers underflow to 0 the ratio is taken in logs,
 *       {@code exp(lX - log(exp(lX) + exp(lY)))} after subtracting the larger of the two.</li>
 *   <li>otherwise: the gamma ratio {@code Ga / (Ga + Gb)}, with {@code Ga} drawn first, both from
 *       {@link LegacyStandardGamma} (so the Gaussian cache is involved for shapes above 1).</li>
 * </ul>
 *
 * <p>Unlike the Generator's {@code random_beta} there is no shortcut for {@code a, b < 3e-103}
 * and no {@code U + V > 0} test: with {@code U = V = 0} the log fallback gives NaN, as NumPy's
 * legacy code does. Parameters are not validated here.
 */
public final class LegacyBeta {

    private LegacyBeta() {
    }

    /** One beta variate with shapes {@code a} and {@code b}. */
    public static double sample(AugmentedBitSource aug, double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            while (true) {
                double u = aug.nextDouble();
                double v = aug.nextDouble();
                double x = Libm.pow(u, 1.0 / a);
                double y = Libm.pow(v, 1.0 / b);
                if ((x + y) <= 1.0) {
                    if (x + y > 0) {
                        return x / (x + y);
                    }
                    // Both powers underflowed: work with the logarithms instead.
                    double logX = Libm.log(u) / a;
                    double logY = Libm.log(v) / b;
                    double logM = logX > logY ? logX : logY;
                    logX -= logM;
                    logY -= logM;
                    return Libm.exp(logX - Libm.log(Libm.exp(logX) + Libm.exp(logY)));
                }
            }
        }
        double ga = LegacyStandardGamma.sample(aug, a);
        double gb = LegacyStandardGamma.sample(aug, b);
        return ga / (ga + gb);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same values, draws and cache. With
     * both shapes above 1 (the gamma ratio, each gamma Marsaglia and Tsang's), fills of at least
     * {@link PairedAttempts#MIN_VALUES} values draw their gammas a block of attempts at a time
     * ({@link PolarGammaBlocks}, the two shapes in turn).
     */
    public static void fill(AugmentedBitSource aug, double a, double b, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (a > 1.0 && b > 1.0 && to - from >= PairedAttempts.MIN_VALUES) {
            PolarGammaBlocks.fillPairs(aug, a, b, (ga, gb) -> ga / (ga + gb), out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = sample(aug, a, b);
        }
    }
}
