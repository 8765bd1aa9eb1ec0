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
            // PTRS's slow test (about 4 tries in 10 at lam = 50) takes log(invalpha), the same for
            // every value, and loggam(k + 1) of the candidate k, which repeats: both kept, the
            // latter in a table filled as candidates come (NaN: not yet computed)
            double logInvalpha = Libm.log(invalpha);
            double[] loggams = null;
            if (to - from >= LOGGAM_TABLE_MIN_VALUES) {
                loggams = new double[(int) Math.min(LOGGAM_TABLE_MAX, 2 * lam + 64)];
                java.util.Arrays.fill(loggams, Double.NaN);
            }
            for (int i = from; i < to; i++) {
                out[i] = ptrs(src, lam, loglam, b, a, invalpha, logInvalpha, vr, loggams);
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
        return ptrs(src, lam, loglam, b, a, invalpha, Double.NaN, vr, null);
    }

    /** Fills of at least this many values keep a table of {@code loggam(k + 1)}. */
    private static final int LOGGAM_TABLE_MIN_VALUES = 64;

    /** The largest such table: candidates {@code k} from 0 up to this (others are computed). */
    private static final int LOGGAM_TABLE_MAX = 1 << 14;

    /**
     * PTRS's attempts, given its constants for {@code lam}; {@code logInvalpha} is
     * {@code log(invalpha)} or NaN (then taken when needed), {@code loggams} null or a table of
     * {@code loggam(k + 1)} by {@code k} (NaN where not yet computed), both the same values the
     * slow test would compute.
     */
    private static long ptrs(BitSource src, double lam, double loglam, double b, double a, double invalpha,
                             double logInvalpha, double vr, double[] loggams) {
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
            double logInv = Double.isNaN(logInvalpha) ? Libm.log(invalpha) : logInvalpha;
            double lhs = Libm.log(v) + logInv - Libm.log(a / (us * us) + b);
            double loggam;
            if (loggams != null && k < loggams.length) {
                loggam = loggams[(int) k];
                if (Double.isNaN(loggam)) {
                    loggam = loggams[(int) k] = Loggam.of((double) k + 1);
                }
            } else {
                loggam = Loggam.of((double) k + 1);
            }
            if (lhs <= (-lam + (double) k * loglam - loggam)) {
                return k;
            }
        }
    }
}
