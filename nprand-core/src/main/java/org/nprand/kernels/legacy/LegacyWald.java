package org.nprand.kernels.legacy;

import org.nprand.kernels.Wald;

/**
 * NumPy's {@code legacy_wald(aug, mean, scale)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.wald}): Michael, Schucany and Haas's transformation with the original
 * formula the Generator replaced in 2.3.4/2.4.0 ({@code X = mean + mean/(2 scale) * (Y -
 * sqrt(4 scale Y + Y^2))}, {@code Y = mean * gauss^2}): one legacy Gaussian, then one
 * {@code next_double} to choose between {@code X} and {@code mean^2 / X}.
 */
public final class LegacyWald {

    private LegacyWald() {
    }

    /** One inverse Gaussian variate (not validated). */
    public static double sample(AugmentedBitSource aug, double mean, double scale) {
        double mu2l = mean / (2 * scale);
        double y = LegacyGauss.sample(aug);
        y = mean * y * y;
        double x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
        return Wald.chooseRoot(aug.nextDouble(), mean, x);
    }
}
