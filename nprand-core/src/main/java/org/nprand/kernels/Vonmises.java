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

    /** One von Mises variate on [-pi, pi] (not validated). */
    public static double sample(BitSource src, double mu, double kappa) {
        if (Double.isNaN(kappa)) {
            return Double.NaN;
        }
        if (kappa < 1e-8) {
            return Math.PI * (2 * src.nextDouble() - 1);
        }
        if (kappa > 1e6) {
            return wrappedNormal(src, mu, kappa);
        }
        return bestFisher(src, mu, kappa, s(kappa));
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, with the
     * branch and {@code s} (two square roots and two divisions) taken once, where C takes them
     * for every value.
     */
    public static void fill(BitSource src, double mu, double kappa, double[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (Double.isNaN(kappa) || kappa < 1e-8 || kappa > 1e6) {
            for (int i = from; i < to; i++) {
                out[i] = sample(src, mu, kappa);
            }
            return;
        }
        double s = s(kappa);
        for (int i = from; i < to; i++) {
            out[i] = bestFisher(src, mu, kappa, s);
        }
    }

    /** The Generator's branch for {@code kappa > 1e6}: the wrapped normal. */
    private static double wrappedNormal(BitSource src, double mu, double kappa) {
        double result = mu + Math.sqrt(1. / kappa) * StandardNormal.sample(src);
        if (result < -Math.PI) {
            result += 2 * Math.PI;
        }
        if (result > Math.PI) {
            result -= 2 * Math.PI;
        }
        return result;
    }

    /**
     * Best and Fisher's {@code s} for {@code kappa >= 1e-8}: the second-order Taylor
     * {@code 1/kappa + kappa} below {@code 1e-5}, else {@code (1 + rho^2) / (2 rho)} (the legacy
     * kernel's for every larger {@code kappa}, the Generator's up to {@code 1e6}).
     */
    public static double s(double kappa) {
        if (kappa < 1e-5) {
            return (1. / kappa + kappa);
        }
        double r = 1 + Math.sqrt(1 + 4 * kappa * kappa);
        double rho = (r - Math.sqrt(2 * r)) / (2 * kappa);
        return (1 + rho * rho) / (2 * rho);
    }

    /**
     * Best and Fisher's loop given {@code s} (shared by both kernels): pairs {@code U, V} until
     * accepted, one more {@code U} for the sign, and {@code ±acos(W) + mu} wrapped into
     * [-pi, pi] with {@code fmod}.
     */
    public static double bestFisher(BitSource src, double mu, double kappa, double s) {
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
        // C's two sign tests (U < 0.5, then result < 0) are coin flips that branches mispredict
        // about every other value; both are taken from sign bits instead. -result is a flip of
        // the sign bit (NaN included); mod *= -1 is kept a multiplication (a NaN keeps its sign
        // through it on x86, as in C), by a factor of -1.0 or 1.0 (exact either way).
        double u = src.nextDouble();
        long lower = Double.doubleToRawLongBits(u - 0.5) >> 63; // u < 0.5 (u - 0.5 is +0.0 at 0.5)
        double result = Double.longBitsToDouble(Double.doubleToRawLongBits(Libm.acos(w)) ^ (lower & SIGN_BIT));
        result += mu;
        // result < 0: the sign bit of result + 0.0 (-0.0 becomes +0.0; a NaN result leaves mod
        // NaN, which the multiplication does not change)
        long neg = Double.doubleToRawLongBits(result + 0.0) >> 63;
        double mod = fmodTwoPi(Math.abs(result) + Math.PI) - Math.PI;
        return mod * Double.longBitsToDouble(ONE_BITS | (neg & SIGN_BIT));
    }

    /** The sign bit, and the bits of 1.0, for the sign tests without branches. */
    private static final long SIGN_BIT = 0x8000_0000_0000_0000L;
    private static final long ONE_BITS = 0x3FF0_0000_0000_0000L;

    /**
     * C's {@code fmod(x, 2 pi)} for {@code x >= pi} (or NaN): {@code x} below {@code 2 pi}, and
     * {@code x - 2 pi} below {@code 4 pi}, which is exact there (Sterbenz), as {@code fmod}
     * always is; Java's {@code %} (a runtime call) for the rest. With {@code |mu| <= pi} the
     * first two cover every value.
     */
    private static double fmodTwoPi(double x) {
        double twoPi = 2 * Math.PI;
        if (x < twoPi) {
            return x;
        }
        if (x < 2 * twoPi) {
            return x - twoPi;
        }
        return x % twoPi;
    }
}
