package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.PairedAttempts;
import org.nprand.math.Libm;

/**
 * {@link LegacyStandardGamma}'s fill above shape 1 (Marsaglia and Tsang over the legacy polar
 * Gaussian) a block of attempts at a time: the same values, draws and Gaussian cache as the
 * per-value loop. Also for a cycle of shapes above 1, the gamma variates that the legacy beta
 * ({@code gamma(a)}, then {@code gamma(b)}, per value) and F (two chi-squares) draw in turn.
 *
 * <p>Why it can be done in blocks: with the cache empty, the attempts come in twos. The first
 * draws a polar pair (candidates {@code x1 = 2U-1, x2 = 2U-1} until {@code 0 < r2 < 1}), takes its
 * {@code f*x2}, then draws its uniform; the second takes the cached {@code f*x1}, then draws its
 * uniform. Whether an attempt is accepted changes nothing in what is drawn, so the stream reads
 * as pairs of attempts: an accepted candidate, a uniform, a uniform. Only an attempt whose
 * Gaussian makes {@code 1 + c x <= 0} breaks that reading (it takes the next Gaussian before its
 * uniform).
 *
 * <p>A block:
 * <ol>
 *   <li>draws, in one bulk call, as many doubles as the values still to fill certainly consume
 *       (two values take at least two attempts, which take a candidate and two uniforms:
 *       {@code 4 * (r / 2)} for {@code r} values), so nothing is drawn past the last value;</li>
 *   <li>reads them as candidates and uniforms (a rejected candidate takes two doubles, an
 *       accepted one four), listing the pairs;</li>
 *   <li>computes each pair's {@code log}, division and square root: they do not depend on one
 *       another, so their latencies overlap instead of waiting on each pair's rejection loop;</li>
 *   <li>judges every attempt by the squeeze (whose bound does not depend on the shape), listing
 *       those it does not accept, and runs their {@code log}s, for each shape of the cycle;
 *       then packs the accepted values in order, each attempt judged for the shape whose
 *       variate it is working on (the next shape after an accepted one).</li>
 * </ol>
 * The doubles after the last whole pair open the next block. At an attempt with
 * {@code 1 + c x <= 0} the block ends before it, and the per-value kernel takes over from that
 * point of the stream ({@link DrawnAheadDoubles}: the block's doubles not yet read, then the bit
 * generator) until a variate ends with the cache empty; blocks resume from there. Such a Gaussian
 * needs a small {@code r2} (below {@code exp(-4.5 b)}, the largest over the cycle), so a pair that
 * small ends the block it is read into: nothing is computed past an attempt that may redraw
 * (near shape 1 about one Gaussian in 140 does). The last value or so is the per-value kernel's
 * too, over the doubles left.
 *
 * <p>Measured (JMH, {@code rs.standard_gamma(2.5, 10**7)}, ns per value): 27.5 -> 18.6 on JDK 17,
 * 24.3 -> 18.5 on JDK 25.
 */
final class PolarGammaBlocks {

    /** Pairs of attempts a block reads at most. */
    private static final int PAIRS = 256;

    /** Values of two gammas each (beta, F) made per call of the cycle's fill, their gammas in a scratch array. */
    private static final int CHUNK = 4096;

    private final double[] shapes;
    private final double[] bs;
    private final double[] cs;
    /** Where a Gaussian may make {@code 1 + c x <= 0} for some shape of the cycle: {@code r2 <= suspect}. */
    private final double suspect;

    private final double[] drawn = new double[4 * PAIRS];
    private final int[] pairAt = new int[PAIRS];
    private final double[] xs = new double[2 * PAIRS];
    private final double[] us = new double[2 * PAIRS];
    private final int[] listed = new int[2 * PAIRS];
    /** By shape, by attempt: {@code (1 + c x)^3}, and 1 where the attempt is accepted. */
    private final double[][] vs;
    private final int[][] accepted;
    private final double[] packed = new double[2 * PAIRS];
    private int readEnd;
    /** The shape of the cycle whose variate is being drawn. */
    private int phase;

    /** Scratch for fills of gamma variates with {@code shapes[0]}, {@code shapes[1]}, ... in turn, each above 1. */
    private PolarGammaBlocks(double... shapes) {
        int k = shapes.length;
        this.shapes = shapes.clone();
        bs = new double[k];
        cs = new double[k];
        double most = 0.0;
        for (int s = 0; s < k; s++) {
            bs[s] = shapes[s] - 1. / 3.;
            cs[s] = 1. / Math.sqrt(9 * bs[s]);
            // A Gaussian of a polar pair is at most sqrt(-2 log r2) in size, so 1 + c x <= 0
            // (x <= -sqrt(9 b)) needs r2 <= exp(-4.5 b); with a margin far above rounding.
            most = Math.max(most, Math.exp(-4.5 * bs[s] * (1 - 1e-9)));
        }
        suspect = most;
        vs = new double[k][2 * PAIRS];
        accepted = new int[k][2 * PAIRS];
    }

    /**
     * {@code LegacyStandardGamma.sample(aug, shape)} for each of {@code out[from, to)}, for
     * {@code shape > 1}; the cache is left as the per-value calls leave it.
     */
    static void fill(AugmentedBitSource aug, double shape, double[] out, int from, int to) {
        new PolarGammaBlocks(shape).fill(aug, out, from, to);
    }

    /**
     * {@code out[i] = f(LegacyStandardGamma.sample(aug, a), LegacyStandardGamma.sample(aug, b))}
     * for each of {@code out[from, to)}, both shapes above 1: the legacy beta's and F's values,
     * their gammas drawn a block at a time, the two shapes in turn.
     */
    static void fillPairs(AugmentedBitSource aug, double a, double b, java.util.function.DoubleBinaryOperator f,
                          double[] out, int from, int to) {
        PolarGammaBlocks blocks = new PolarGammaBlocks(a, b);
        double[] gammas = new double[2 * Math.min(to - from, CHUNK)];
        for (int i = from; i < to;) {
            int m = Math.min(to - i, gammas.length / 2);
            blocks.fill(aug, gammas, 0, 2 * m);
            for (int q = 0; q < m; q++, i++) {
                out[i] = f.applyAsDouble(gammas[2 * q], gammas[2 * q + 1]);
            }
        }
    }

    /**
     * {@code out[from + m] = LegacyStandardGamma.sample(aug, shapes[m % k])} in order of
     * {@code m}, the cycle's first shape first; the cache is left as those calls leave it.
     */
    private void fill(AugmentedBitSource aug, double[] out, int from, int to) {
        int i = from;
        phase = 0;
        // a cached Gaussian belongs to the per-value reading: blocks start with the cache empty
        while (i < to && aug.hasGauss() != 0) {
            out[i++] = nextOne(aug);
        }
        BitSource src = aug.bitgen();
        int have = 0; // doubles drawn and not yet read, at drawn[0, have)
        while (to - i >= 2) {
            int len = Math.max(have, Math.min(drawn.length, 4 * ((to - i) / 2)));
            src.fillDouble(drawn, have, len);
            int pairs = readPairs(len);
            int t = readEnd;
            gaussians(pairs);
            int attempts = 2 * pairs;
            int firstBad = judge(attempts);
            i = pack(out, i, to, firstBad);
            if (firstBad == attempts) {
                have = len - t;
                System.arraycopy(drawn, t, drawn, 0, have);
                continue;
            }
            // an attempt that may redraw its Gaussian: the per-value kernel from its start
            // (the first of its pair draws the pair again; the second starts after the first's
            // uniform, its Gaussian cached)
            boolean second = (firstBad & 1) == 1;
            int at = pairAt[firstBad >> 1];
            DrawnAheadDoubles rest = new DrawnAheadDoubles(src, drawn, second ? at + 3 : at, len);
            AugmentedBitSource resumed = new AugmentedBitSource(rest);
            if (second) {
                resumed.setGauss(1, xs[firstBad]);
            }
            do {
                out[i++] = nextOne(resumed);
            } while (i < to && resumed.hasGauss() != 0);
            aug.setGauss(resumed.hasGauss(), resumed.gauss());
            have = rest.moveRestToFront();
        }
        if (i < to || have > 0) {
            DrawnAheadDoubles rest = new DrawnAheadDoubles(src, drawn, 0, have);
            AugmentedBitSource resumed = new AugmentedBitSource(rest);
            while (i < to) {
                out[i++] = nextOne(resumed);
            }
            aug.setGauss(resumed.hasGauss(), resumed.gauss());
            have = rest.moveRestToFront();
        }
        if (have != 0) {
            throw new IllegalStateException("gamma fill: " + have + " doubles drawn past the last value");
        }
    }

    /** The per-value kernel's next variate of the cycle. */
    private double nextOne(AugmentedBitSource aug) {
        double g = LegacyStandardGamma.sample(aug, shapes[phase]);
        phase = phase + 1 == shapes.length ? 0 : phase + 1;
        return g;
    }

    /**
     * Lists in {@link #pairAt} where each accepted candidate of {@code drawn[0, len)} that has
     * its two uniforms after it starts; returns how many, and leaves in {@link #readEnd} where
     * the doubles not read start (past the rejected candidates after the last pair).
     */
    private int readPairs(int len) {
        int pairs = 0;
        int t = 0;
        while (t <= len - 4) {
            double x1 = 2.0 * drawn[t] - 1.0;
            double x2 = 2.0 * drawn[t + 1] - 1.0;
            double r2 = x1 * x1 + x2 * x2;
            // A branch, mispredicted for about one candidate in five, but predicted ahead: the
            // next candidate's position known without the verdict on this one, where a
            // branch-free step makes every load wait for the previous verdict (measured slower).
            if (r2 < 1.0 && r2 != 0.0) {
                pairAt[pairs++] = t;
                t += 4;
                if (r2 <= suspect) {
                    readEnd = t; // the block ends with a pair that may redraw
                    return pairs;
                }
            } else {
                t += 2;
            }
        }
        while (t <= len - 2) {
            double x1 = 2.0 * drawn[t] - 1.0;
            double x2 = 2.0 * drawn[t + 1] - 1.0;
            double r2 = x1 * x1 + x2 * x2;
            if (r2 < 1.0 && r2 != 0.0) {
                break; // accepted: its uniforms are not drawn yet
            }
            t += 2;
        }
        readEnd = t;
        return pairs;
    }

    /** Each pair's two Gaussians, {@code f*x2} for its first attempt and {@code f*x1} for its second, and their uniforms. */
    private void gaussians(int pairs) {
        for (int k = 0; k < pairs; k++) {
            int at = pairAt[k];
            double x1 = 2.0 * drawn[at] - 1.0;
            double x2 = 2.0 * drawn[at + 1] - 1.0;
            double r2 = x1 * x1 + x2 * x2;
            double f = Math.sqrt(-2.0 * Libm.log(r2) / r2);
            xs[2 * k] = f * x2;
            xs[2 * k + 1] = f * x1;
            us[2 * k] = drawn[at + 2];
            us[2 * k + 1] = drawn[at + 3];
        }
    }

    /**
     * The verdicts of the attempts, for each shape of the cycle: the squeeze (the same for all),
     * then the {@code log} test where it does not accept. Returns the first attempt whose
     * {@code 1 + c x <= 0} for some shape, or {@code attempts} if none.
     */
    private int judge(int attempts) {
        int k = shapes.length;
        int firstBad = attempts;
        int unsqueezed = 0;
        int[] squeezed = accepted[0];
        for (int j = 0; j < attempts; j++) {
            double x = xs[j];
            int sq = (int) PairedAttempts.negative(us[j] - (1.0 - 0.0331 * (x * x) * (x * x)));
            squeezed[j] = sq;
            listed[unsqueezed] = j;
            unsqueezed += sq ^ 1;
        }
        for (int s = 0; s < k; s++) {
            double c = cs[s];
            double[] v3 = vs[s];
            for (int j = 0; j < attempts; j++) {
                double v = 1.0 + c * xs[j];
                if (v <= 0.0) {
                    firstBad = Math.min(firstBad, j);
                }
                v3[j] = v * v * v;
            }
            if (s > 0) {
                System.arraycopy(squeezed, 0, accepted[s], 0, attempts); // the same squeeze for all
            }
        }
        for (int n = 0; n < unsqueezed; n++) {
            int j = listed[n];
            double x = xs[j];
            double logU = Libm.log(us[j]);
            for (int s = 0; s < k; s++) {
                double v = vs[s][j];
                accepted[s][j] = logU < 0.5 * x * x + bs[s] * (1. - v + Libm.log(v)) ? 1 : 0;
            }
        }
        return firstBad;
    }

    /**
     * The accepted variates of the first {@code attempts} attempts, in order, into
     * {@code out[i, to)}; returns the next index. An attempt is judged for the shape whose variate
     * it works on, the next one after each accepted attempt. Only the doubles the variates still
     * to fill consume were drawn, so no more than {@code to - i} are accepted; checked before
     * they are copied.
     */
    private int pack(double[] out, int i, int to, int attempts) {
        int k = shapes.length;
        int n = 0;
        int p = phase;
        for (int j = 0; j < attempts; j++) {
            packed[n] = bs[p] * vs[p][j];
            int a = accepted[p][j];
            n += a;
            p = a == 0 ? p : p + 1 == k ? 0 : p + 1;
        }
        phase = p;
        if (n > to - i) {
            throw new IllegalStateException("gamma fill: attempts past the last value");
        }
        System.arraycopy(packed, 0, out, i, n);
        return i + n;
    }
}
