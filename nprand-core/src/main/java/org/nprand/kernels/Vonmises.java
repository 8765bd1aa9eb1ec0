package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_vonmises(bitgen, mu, kappa)} ({@code distributions.c}), behind
 * {@code Generator.vonmises}: D. J. Best and N. I. Fisher's rejection algorithm ("Efficient
 * simulation of the von Mises distribution", Applied Statistics 28 (1979) 152-157), with the
 * Generator's (NumPy 1.21+) wrapped-normal branch for large {@code kappa}.
 *
 * <ul>
 *   <li>NaN {@code kappa}: NaN, no draw;</li>
 *   <li>{@code kappa < 1e-8}: {@code pi * (2U - 1)}, one {@code next_double}, {@code mu}
 *       ignored;</li>
 *   <li>{@code kappa > 1e6}: the wrapped normal, {@code mu + sqrt(1/kappa) z} with one
 *       {@link StandardNormal} {@code z}, moved by {@code 2 pi} at most once when below
 *       {@code -pi} or above {@code pi} (so a {@code mu} far outside [-pi, pi] stays outside);</li>
 *   <li>otherwise {@code s = 1/kappa + kappa} (second-order Taylor, {@code kappa < 1e-5}) or
 *       {@code s = (1 + rho^2) / (2 rho)}; pairs {@code U, V} of {@code next_double} until
 *       accepted, then one more {@code U} for the sign; the result {@code ±acos(W) + mu} is
 *       wrapped into [-pi, pi] with {@code fmod} (Java's {@code %}, exact like C's).</li>
 * </ul>
 * {@code cos} and {@code acos} come from {@link Libm}, glibc-exact only with the
 * nprand-libm-lgpl module present ({@link Libm#trigIsExact()}); {@code log} is always exact.
 */
public final class Vonmises {

    private Vonmises() {
    }

    /** One von Mises variate (not validated). */
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
        } else if (kappa <= 1e6) {
            double r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
            double rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
            s = (1 + rho * rho) / (2 * rho);
        } else {
            double result = mu + Math.sqrt(1. / kappa) * StandardNormal.sample(src);
            if (result < -Math.PI) {
                result += 2 * Math.PI;
            }
            if (result > Math.PI) {
                result -= 2 * Math.PI;
            }
            return result;
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
        mod = ((mod + Math.PI) % (2 * Math.PI)) - Math.PI;
        if (neg) {
            mod *= -1;
        }
        return mod;
    }
}
