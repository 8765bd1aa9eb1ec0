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
     * constants, which NumPy recomputes per value) computed once, by the same expressions. PTRS
     * judges a block of attempts at a time; the multiplication method, for a mean from 0.4 to
     * 4.5, walks a block of uniforms twice at once ({@link PoissonProductRuns}).
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
            // PTRS's slow test takes log(invalpha), the same for every value: kept
            double logInvalpha = Libm.log(invalpha);
            if (to - from < PairedAttempts.MIN_VALUES) {
                for (int i = from; i < to; i++) {
                    out[i] = ptrs(src, lam, loglam, b, a, invalpha, logInvalpha, vr);
                }
            } else {
                ptrsBlocks(src, lam, loglam, b, a, logInvalpha, vr, out, from, to);
            }
        } else if (lam == 0) {
            java.util.Arrays.fill(out, from, to, 0L);
        } else {
            double enlam = Libm.exp(-lam);
            if (lam >= PoissonProductRuns.MIN_LAM && lam <= PoissonProductRuns.MAX_LAM) {
                PoissonProductRuns.fill(src, enlam, out, from, to);
                return;
            }
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
        return ptrs(src, lam, loglam, b, a, invalpha, Double.NaN, vr);
    }

    /**
     * PTRS for each of {@code out[from, to)}, a block of attempts at a time
     * ({@link PairedAttempts}: every attempt draws two uniforms and its verdict depends on them
     * alone). The block is judged in three passes: the candidate
     * and the quick tests for every attempt, with the attempts that need the slow test listed
     * (no branch on the verdicts, which follow the uniforms: about 6 attempts in 10 are accepted
     * at once at lam = 50, and a per-attempt branch mispredicts on about 4 in 10); the slow test
     * for the listed ones; then the accepted candidates packed into {@code out}.
     */
    private static void ptrsBlocks(BitSource src, double lam, double loglam, double b, double a,
                                   double logInvalpha, double vr, long[] out, int from, int to) {
        // the slow test's loggam(k + 1) of the candidate k repeats: kept as candidates come
        CandidateMemo loggams = new CandidateMemo(0, (int) Math.min(LOGGAM_TABLE_MAX, 2 * lam + 64),
                k -> Loggam.of((double) k + 1));
        PairedAttempts pairs = new PairedAttempts(to - from);
        double[] uv = pairs.uv;
        long[] ks = pairs.candidates;
        int[] accepted = pairs.accepted;
        int[] slow = pairs.listed;
        int i = from;
        while (i < to) {
            int m = pairs.draw(src, to - i);
            int slowCount = 0;
            for (int j = 0; j < m; j++) {
                double u = uv[2 * j] - 0.5;
                double v = uv[2 * j + 1];
                double us = 0.5 - Math.abs(u);
                // Never NaN: us is in [0, 0.5], and us == 0 only for u == -0.5, where the sum is
                // -inf. Java's cast then differs from C's only at or above 2**63 (Long.MAX_VALUE
                // where C gives INT64_MIN).
                long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
                k = k == Long.MAX_VALUE ? Long.MIN_VALUE : k;
                ks[j] = k;
                // The tests as sign bits of differences (x - y is +0.0, not negative, when
                // x == y): us >= 0.07 and v <= vr; k < 0, or us < 0.013 and v > us. Comparisons
                // turned into ints compile to branches on JDK 17.
                long fast = (PairedAttempts.negative(us - 0.07) | PairedAttempts.negative(vr - v)) ^ 1;
                long rejected = (k >>> 63) | (PairedAttempts.negative(us - 0.013) & PairedAttempts.negative(us - v));
                accepted[j] = (int) fast;
                slow[slowCount] = j;
                slowCount += (int) ((fast | rejected) ^ 1);
            }
            for (int s = 0; s < slowCount; s++) {
                int j = slow[s];
                double u = uv[2 * j] - 0.5;
                double us = 0.5 - Math.abs(u);
                accepted[j] = slowTest(uv[2 * j + 1], us, ks[j], lam, loglam, b, a, logInvalpha, loggams) ? 1 : 0;
            }
            i = pairs.pack(out, i, m);
        }
    }

    /** The largest table of {@code loggam(k + 1)}: candidates {@code k} from 0 up to this (others are computed). */
    private static final int LOGGAM_TABLE_MAX = 1 << 14;

    /**
     * PTRS's attempts one by one, given its constants for {@code lam}; {@code logInvalpha} is
     * {@code log(invalpha)} or NaN (then taken when needed).
     */
    private static long ptrs(BitSource src, double lam, double loglam, double b, double a, double invalpha,
                             double logInvalpha, double vr) {
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
            double logInv = Double.isNaN(logInvalpha) ? Libm.log(invalpha) : logInvalpha;
            if (slowTest(v, us, k, lam, loglam, b, a, logInv, null)) {
                return k;
            }
        }
    }

    /**
     * PTRS's last test, for a candidate {@code k >= 0} that the quick tests neither accepted nor
     * rejected: {@code log(v) + log(invalpha) - log(a/us^2 + b) <= -lam + k log(lam) - loggam(k+1)}.
     */
    private static boolean slowTest(double v, double us, long k, double lam, double loglam, double b, double a,
                                    double logInvalpha, CandidateMemo loggams) {
        // log(0) = -inf is fine: the test then accepts.
        double lhs = Libm.log(v) + logInvalpha - Libm.log(a / (us * us) + b);
        double loggam = loggams != null ? loggams.get(k) : Loggam.of((double) k + 1);
        return lhs <= (-lam + (double) k * loglam - loggam);
    }
}
