package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * NumPy's {@code random_poisson} ({@code distributions.c}), shared by {@code Generator.poisson}
 * and {@code RandomState.poisson} ({@code legacy_random_poisson} only forwards here), and called
 * by the negative binomial and the non-central chi-square.
 *
 * <ul>
 *   <li>{@code lam >= 10}: PTRS, the transformed rejection method with squeeze of W. Hörmann,
 *       "The transformed rejection method for generating Poisson random variables", Insurance:
 *       Mathematics and Economics 12 (1993) 39-45. Two {@code next_double} per attempt.</li>
 *   <li>{@code lam == 0}: 0, with no draw.</li>
 *   <li>otherwise (including NaN): Knuth's multiplication method, multiplying uniforms until the
 *       product drops to {@code exp(-lam)}; {@code X + 1} draws for a result {@code X}.</li>
 * </ul>
 * Parameters are not validated here (the caller rejects negative, NaN and too large {@code lam}).
 */
public final class Poisson {

    private Poisson() {
    }

    /** One Poisson variate with mean {@code lam}. */
    public static long sample(BitSource src, double lam) {
        if (lam >= 10) {
            return ptrs(src, lam);
        } else if (lam == 0) {
            return 0;
        }
        return mult(src, lam);
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values, with what
     * depends on {@code lam} alone ({@code exp(-lam)}, or PTRS's {@code sqrt}/{@code log} and
     * constants, which NumPy recomputes per value) computed once, by the same expressions.
     */
    public static void fill(BitSource src, double lam, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (lam >= 10) {
            double slam = Math.sqrt(lam);
            double loglam = Libm.log(lam);
            double b = 0.931 + 2.53 * slam;
            double a = -0.059 + 0.02483 * b;
            double invalpha = 1.1239 + 1.1328 / (b - 3.4);
            double vr = 0.9277 - 3.6224 / (b - 2);
            for (int i = from; i < to; i++) {
                out[i] = ptrs(src, lam, loglam, b, a, invalpha, vr);
            }
        } else if (lam == 0) {
            java.util.Arrays.fill(out, from, to, 0L);
        } else {
            double enlam = Libm.exp(-lam);
            for (int i = from; i < to; i++) {
                out[i] = multBelow(src, enlam);
            }
        }
    }

    /** {@code random_poisson_mult}: count the uniforms whose running product stays above e^-lam. */
    private static long mult(BitSource src, double lam) {
        return multBelow(src, Libm.exp(-lam));
    }

    /** {@link #mult} given {@code enlam = exp(-lam)}. */
    private static long multBelow(BitSource src, double enlam) {
        long x = 0;
        double prod = 1.0;
        while (true) {
            double u = src.nextDouble();
            prod *= u;
            if (prod > enlam) {
                x += 1;
            } else {
                return x;
            }
        }
    }

    /** {@code random_poisson_ptrs}: Hörmann's PTRS; each expression keeps C's evaluation order. */
    private static long ptrs(BitSource src, double lam) {
        double slam = Math.sqrt(lam);
        double loglam = Libm.log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        return ptrs(src, lam, loglam, b, a, invalpha, vr);
    }

    /** PTRS's attempts, given its constants for {@code lam}. */
    private static long ptrs(BitSource src, double lam, double loglam, double b, double a, double invalpha,
                             double vr) {
        while (true) {
            double u = src.nextDouble() - 0.5;
            double v = src.nextDouble();
            double us = 0.5 - Math.abs(u);
            // us == 0 (a zero uniform) gives -inf here: C's cast yields INT64_MIN, rejected below.
            long k = CCast.toInt64(Math.floor((2 * a / us + b) * u + lam + 0.43));
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            // log(0) = -inf is fine: the test then accepts.
            if ((Libm.log(v) + Libm.log(invalpha) - Libm.log(a / (us * us) + b))
                    <= (-lam + (double) k * loglam - Loggam.of((double) k + 1))) {
                return k;
            }
        }
    }
}
