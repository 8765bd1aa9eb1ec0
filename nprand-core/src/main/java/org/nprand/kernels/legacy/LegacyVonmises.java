package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

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
 * kappa goes through the same loop. {@code cos} and {@code acos} come from {@link Libm}, which is
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
        double s;
        if (kappa < 1e-5) {
            s = (1. / kappa + kappa);
        } else {
            double r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
            double rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
            s = (1 + rho * rho) / (2 * rho);
        }
        double w;
        while (true) {
            double u = src.nextDouble();
            double z = Libm.cos(Math.PI * u);
            w = (1 + s * z) / (s + z);
            double y = kappa * (s - w);
            double v = src.nextDouble();
            // V == 0 is harmless: Y >= 0 accepts in the first test, Y < 0 rejects in both
            if ((y * (2 - y) - v >= 0) || (Libm.log(y / v) + 1 - y >= 0)) {
                break;
            }
        }
        double u = src.nextDouble();
        double result = Libm.acos(w);
        if (u < 0.5) {
            result = -result;
        }
        result += mu;
        boolean neg = (result < 0);
        double mod = Math.abs(result);
        // C's fmod is exact, like Java's % on doubles
        mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
        if (neg) {
            mod *= -1;
        }
        return mod;
    }
}
