package org.nprand.kernels;

import org.nprand.bitgen.BitSource;
import org.nprand.math.Libm;

/**
 * HRUA, Stadlober's ratio-of-uniforms hypergeometric, shared by its two forms: the Generator's
 * ({@link Hypergeometric}, with log-factorials) and the legacy one ({@code LegacyHypergeometric},
 * with log-gammas). In both an attempt draws two uniforms, {@code u} then {@code v}, its
 * candidate comes from {@code x = center + width (v - 0.5) / u}, {@code x} outside
 * {@code [0, bound)} is rejected at once, and the rest is C's same three tests on
 * {@code t = (sum at the mode) - (the candidate's sum)} ({@link Form#judge}); the forms differ in
 * their constants, their sum (four log-factorials or four log-gammas) and their symmetries.
 */
public final class HruaBlocks {

    /**
     * A rejected attempt's result: accepted candidates are in {@code [0, bound)}, or C's
     * conversion of a NaN ({@code INT64_MIN}, probability 2^-106), which this value is not.
     */
    public static final long REJECTED = Long.MAX_VALUE;

    private HruaBlocks() {
    }

    /** The most candidates whose sums a fill keeps ({@link #fill}). */
    private static final int MEMO_MAX = 1 << 14;

    /** {@code D1 = 2 sqrt(2/e)}, the C literal of both forms. */
    private static final double D1 = 1.7155277699214135;
    /** {@code D2 = 3 - 2 sqrt(3/e)}, the C literal of both forms. */
    private static final double D2 = 0.8989161620588988;

    /**
     * One form of HRUA for one set of parameters: its constants, computed once (C computes them
     * at every call), its candidates' sum and its symmetries.
     */
    public abstract static class Form {
        /** {@code x}'s center: C's {@code a} (Generator) or {@code d6} (legacy), at least 0.5. */
        private final double center;
        /** C's {@code c} or {@code d7}: the bound is at most {@code center + 16 spread}. */
        private final double spread;
        /** {@code x}'s scale before the ratio, {@code D1 spread + D2}: C's {@code h} or {@code d8}. */
        private final double width;
        /** The candidates' exclusive bound: C's {@code b} or {@code d11}. */
        private final double bound;
        /** The sum at the mode: C's {@code g} or {@code d10}. */
        private final double modeSum;

        protected Form(double center, double spread, double bound, double modeSum) {
            this.center = center;
            this.spread = spread;
            this.width = D1 * spread + D2;
            this.bound = bound;
            this.modeSum = modeSum;
        }

        /** The candidate's sum of four log-factorials (Generator) or log-gammas (legacy), in C's order. */
        public abstract double sum(long candidate);

        /** The variate for an accepted candidate (C's symmetries). */
        public abstract long finish(long candidate);

        /**
         * The attempt with uniforms {@code (u, v)}, judged as C judges it (both forms): its
         * candidate if accepted, else {@link #REJECTED}. {@code sums}: null, or a fill's
         * {@link #sum} by candidate. {@code u == 0} gives an infinite {@code x}, rejected by the
         * range test; the NaN of {@code u == 0, v == 0.5} (probability 2^-106) passes it as in
         * C (where the Generator's log-factorial lookup then reads outside its table), and is
         * judged on: {@code log(0)} is -inf.
         */
        public final long judge(double u, double v, CandidateMemo sums) {
            double x = center + width * (v - 0.5) / u;
            // fast rejection
            if ((x < 0.0) || (x >= bound)) {
                return REJECTED;
            }
            long k = CCast.toInt64(Math.floor(x));
            double t = modeSum - (sums != null ? sums.get(k) : sum(k));
            // fast acceptance
            if ((u * (4.0 - u) - 3.0) <= t) {
                return k;
            }
            // fast rejection
            if (u * (u - t) >= 1) {
                return REJECTED;
            }
            return 2.0 * Libm.log(u) <= t ? k : REJECTED;
        }
    }

    /** One variate: the form's attempts one by one until one is accepted, then its symmetries. */
    public static long sample(BitSource src, Form form) {
        while (true) {
            double u = src.nextDouble();
            double v = src.nextDouble();
            long k = form.judge(u, v, null);
            if (k != REJECTED) {
                return form.finish(k);
            }
        }
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}; fills of at least
     * {@link PairedAttempts#MIN_VALUES} values go a block of attempts at a time
     * ({@link PairedAttempts}), with the same draws and values. Pass 1 drops the attempts whose
     * {@code x} is outside {@code [0, bound)} without a branch (the verdict follows the uniforms:
     * about one attempt in six at {@code (10, 20, 15)}), pass 2 has the form judge the others,
     * and the accepted ones are packed in order. The candidates' sums (a legacy {@code loggam}
     * below 7 takes up to seven logarithms) are kept by candidate ({@link CandidateMemo}) from
     * {@code center - 16 spread}, the lower mirror of the bound, up to {@link #MEMO_MAX} of them.
     */
    public static void fill(BitSource src, Form form, long[] out, int from, int to) {
        if (to - from < PairedAttempts.MIN_VALUES) {
            for (int i = from; i < to; i++) {
                out[i] = sample(src, form);
            }
            return;
        }
        double center = form.center;
        double width = form.width;
        double bound = form.bound;
        long lo = Math.max(0L, (long) Math.floor(center - 16 * form.spread));
        CandidateMemo sums = new CandidateMemo(lo, (int) Math.min(MEMO_MAX, (long) bound - lo), form::sum);
        PairedAttempts pairs = new PairedAttempts(to - from);
        double[] uv = pairs.uv;
        long[] candidates = pairs.candidates;
        int[] accepted = pairs.accepted;
        int[] listed = pairs.listed;
        int i = from;
        while (i < to) {
            int m = pairs.draw(src, to - i);
            int count = 0;
            for (int j = 0; j < m; j++) {
                double u = uv[2 * j];
                double x = center + width * (uv[2 * j + 1] - 0.5) / u;
                // x < 0 or x >= bound as sign bits of x and x - bound (x is never -0.0, as the
                // center is at least 0.5; x - bound is +0.0 when x == bound). A NaN x (u == 0,
                // v == 0.5) may carry either sign: u == 0 is listed whatever the bits say, and
                // judged as C judges it (its NaN passes C's range test).
                long outside = PairedAttempts.negative(x) | (PairedAttempts.negative(x - bound) ^ 1);
                accepted[j] = 0;
                listed[count] = j;
                count += (int) ((outside ^ 1) | PairedAttempts.isZero(u));
            }
            for (int s = 0; s < count; s++) {
                int j = listed[s];
                long k = form.judge(uv[2 * j], uv[2 * j + 1], sums);
                candidates[j] = k;
                accepted[j] = k != REJECTED ? 1 : 0;
            }
            int next = pairs.pack(out, i, m);
            for (int q = i; q < next; q++) {
                out[q] = form.finish(out[q]);
            }
            i = next;
        }
    }
}
