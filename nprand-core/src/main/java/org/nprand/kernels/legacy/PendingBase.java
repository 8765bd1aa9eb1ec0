package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.CCast;
import org.nprand.math.Libm;

/**
 * The building blocks the kernels of this package borrow from kernels being ported on another
 * branch: private copies so that both branches merge without conflicts.
 *
 * <p>temporary: replaced by LegacyStandardExponential/LegacyStandardGamma/LegacyGamma/LegacyNormal/
 * Poisson/Loggam on merge (each method below names the class and C function that replaces it; the
 * callers switch over one for one).
 */
final class PendingBase {

    private PendingBase() {
    }

    /**
     * {@code legacy_standard_exponential} ({@code legacy-distributions.c}): {@code -log(1 - U)},
     * one {@code next_double}, glibc's {@code log} (not {@code log1p}). Replaced by
     * LegacyStandardExponential.
     */
    static double standardExponential(AugmentedBitSource aug) {
        return -Libm.log(1.0 - aug.nextDouble());
    }

    /**
     * {@code legacy_standard_gamma} ({@code legacy-distributions.c}). Shape 1: the legacy
     * exponential; shape 0: 0.0 without a draw; shape &lt; 1: Ahrens-Dieter GS-style rejection
     * from a U and a legacy exponential per try; otherwise (and NaN) Marsaglia-Tsang with legacy
     * Gaussians. Replaced by LegacyStandardGamma.
     */
    static double standardGamma(AugmentedBitSource aug, double shape) {
        if (shape == 1.0) {
            return standardExponential(aug);
        } else if (shape == 0.0) {
            return 0.0;
        } else if (shape < 1.0) {
            for (;;) {
                double u = aug.nextDouble();
                double v = standardExponential(aug);
                if (u <= 1.0 - shape) {
                    double x = Libm.pow(u, 1. / shape);
                    if (x <= v) {
                        return x;
                    }
                } else {
                    double y = -Libm.log((1 - u) / shape);
                    double x = Libm.pow(1.0 - shape + shape * y, 1. / shape);
                    if (x <= (v + y)) {
                        return x;
                    }
                }
            }
        } else {
            double b = shape - 1. / 3.;
            double c = 1. / Math.sqrt(9 * b);
            for (;;) {
                double x;
                double v;
                do {
                    x = LegacyGauss.sample(aug);
                    v = 1.0 + c * x;
                } while (v <= 0.0);
                v = v * v * v;
                double u = aug.nextDouble();
                if (u < 1.0 - 0.0331 * (x * x) * (x * x)) {
                    return b * v;
                }
                if (Libm.log(u) < 0.5 * x * x + b * (1. - v + Libm.log(v))) {
                    return b * v;
                }
            }
        }
    }

    /** {@code legacy_gamma}: {@code scale * legacy_standard_gamma(shape)}. Replaced by LegacyGamma. */
    static double gamma(AugmentedBitSource aug, double shape, double scale) {
        return scale * standardGamma(aug, shape);
    }

    /** {@code legacy_normal}: {@code loc + scale * legacy_gauss}. Replaced by LegacyNormal. */
    static double normal(AugmentedBitSource aug, double loc, double scale) {
        return loc + scale * LegacyGauss.sample(aug);
    }

    /**
     * {@code random_poisson} ({@code distributions.c}, which {@code RandomState} shares): 0 without
     * a draw for {@code lam == 0}; Hormann's PTRS for {@code lam >= 10} (two doubles per try);
     * otherwise the multiplication method. A NaN {@code lam} takes the multiplication branch and
     * returns 0 after one draw. Replaced by Poisson.
     */
    static long poisson(BitSource src, double lam) {
        if (lam >= 10) {
            return poissonPtrs(src, lam);
        } else if (lam == 0) {
            return 0;
        } else {
            return poissonMult(src, lam);
        }
    }

    private static long poissonMult(BitSource src, double lam) {
        double enlam = Libm.exp(-lam);
        long x = 0;
        double prod = 1.0;
        while (true) {
            prod *= src.nextDouble();
            if (prod > enlam) {
                x += 1;
            } else {
                return x;
            }
        }
    }

    private static long poissonPtrs(BitSource src, double lam) {
        double slam = Math.sqrt(lam);
        double loglam = Libm.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = src.nextDouble() - 0.5;
            double v = src.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = CCast.toInt64(Math.floor((2 * a / us + b) * u + lam + 0.43));
            if ((us >= 0.07) && (v <= vr)) {
                return k;
            }
            if ((k < 0) || ((us < 0.013) && (v > us))) {
                continue;
            }
            if ((Libm.log(v) + Libm.log(invalpha) - Libm.log(a / (us * us) + b))
                    <= (-lam + (double) k * loglam - loggam((double) k + 1))) {
                return k;
            }
        }
    }

    private static final double[] LOGGAM_A = {8.333333333333333e-02, -2.777777777777778e-03,
        7.936507936507937e-04, -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
        6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};

    /**
     * {@code random_loggam} ({@code distributions.c}): log Gamma(x) by the Stirling series with
     * Zhang and Jin's coefficients, shifting {@code x < 7} up and subtracting the logs back.
     * Replaced by Loggam.
     */
    static double loggam(double x) {
        long n;
        if ((x == 1.0) || (x == 2.0)) {
            return 0.0;
        } else if (x < 7.0) {
            n = CCast.toInt64(7 - x);
        } else {
            n = 0;
        }
        double x0 = x + n;
        double x2 = (1.0 / x0) * (1.0 / x0);
        double lg2pi = 1.8378770664093453e+00;
        double gl0 = LOGGAM_A[9];
        for (int k = 8; k >= 0; k--) {
            gl0 *= x2;
            gl0 += LOGGAM_A[k];
        }
        double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * Libm.log(x0) - x0;
        if (x < 7.0) {
            for (long k = 1; k <= n; k++) {
                gl -= Libm.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }
}
