package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.Vonmises;

/**
 * NumPy's {@code legacy_vonmises(bitgen, mu, kappa)} ({@code legacy-distributions.c}, behind
 * {@code RandomState.vonmises}): Best and Fisher's rejection algorithm (Applied Statistics 28,
 * 1979) on the bare bit source.
 *
 * <ul>
 *   <li>NaN {@code kappa}: NaN, no draw;</li>
 *   <li>{@code kappa < 1e-8}: {@code pi * (2U - 1)}, one draw, {@code mu} ignored;</li>
 *   <li>otherwise {@code s = 1/kappa + kappa} (second-order Taylor, {@code kappa < 1e-5}) or
 *       {@code s = (1 + rho^2) / (2 rho)}; pairs {@code U, V} until accepted, then one more
 *       {@code U} for the sign, and the result is wrapped into [-pi, pi] with {@code fmod}.</li>
 * </ul>
 * Unlike the Generator (1.21+), there is no wrapped-normal branch for {@code kappa > 1e6}: large
 * kappa goes through the same loop. {@code cos} and {@code acos} come from {@link org.nprand.math.Libm}, which is
 * glibc-exact only with the nprand-libm-lgpl module present.
 */
public final class LegacyVonmises {

    private LegacyVonmises() {
    }

    /** One von Mises variate on [-pi, pi] (not validated). */
    public static double sample(BitSource src, double mu, double kappa) {
        if (Double.isNaN(kappa)) {
            return Double.NaN;
        }
        if (kappa < 1e-8) {
            return Math.PI * (2 * src.nextDouble() - 1);
        }
        return Vonmises.bestFisher(src, mu, kappa, Vonmises.s(kappa));
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, with
     * {@code s} taken once, where C takes it for every value.
     */
    public static void fill(BitSource src, double mu, double kappa, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (Double.isNaN(kappa) || kappa < 1e-8) {
            for (int i = from; i < to; i++) {
                out[i] = sample(src, mu, kappa);
            }
            return;
        }
        double s = Vonmises.s(kappa);
        for (int i = from; i < to; i++) {
            out[i] = Vonmises.bestFisher(src, mu, kappa, s);
        }
    }
}
