package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy 2.4.6's {@code random_hypergeometric(bitgen, good, bad, sample)}
 * ({@code random_hypergeometric.c}), behind {@code Generator.hypergeometric} and the marginals
 * method of {@code Generator.multivariate_hypergeometric}: the number of "good" items among
 * {@code sample} drawn without replacement from {@code good + bad}.
 *
 * <ul>
 *   <li>{@code 10 <= sample <= good + bad - 10}: HRUA, the ratio-of-uniforms method of E.
 *       Stadlober ("Sampling from Poisson, Binomial and Hypergeometric Distributions: Ratio of
 *       Uniforms as a Simple and Fast Alternative", thesis, 1989, algorithm HRUA; J. Comput.
 *       Appl. Math. 31, 1990) as rewritten by Warren Weckesser for NumPy 1.17, with
 *       {@link Logfactorial} (not {@code random_loggam}), on {@code min(sample, total - sample)}
 *       and {@code min(good, bad)}, mapped back at the end. Two {@code next_double} per try.</li>
 *   <li>otherwise: {@code hypergeometric_sample}, direct simulation: for
 *       {@code min(sample, total - sample)} items, {@code random_interval(remaining_total - 1)}
 *       (masked rejection, {@link RandomInterval}) decides good or bad, stopping early once no
 *       good items or only good items remain.</li>
 * </ul>
 * This is not the legacy kernel ({@code RandomState.hypergeometric}), which switches at
 * {@code sample > 10} and uses {@code loggam}. Arguments are not validated: NumPy requires
 * non-negative values, {@code sample <= good + bad} and {@code good, bad < 10^9}.
 */
public final class Hypergeometric {

    private Hypergeometric() {
    }

    /** One hypergeometric variate (not validated). */
    public static long sample(BitSource src, long good, long bad, long sample) {
        if ((sample >= 10) && (sample <= good + bad - 10)) {
            return hrua(src, good, bad, sample);
        }
        return simple(src, good, bad, sample);
    }

    /** {@code hypergeometric_sample}: direct simulation on the smaller of sample / complement. */
    static long simple(BitSource src, long good, long bad, long sample) {
        long total = good + bad;
        long computedSample = sample > total / 2 ? total - sample : sample;
        long remainingTotal = total;
        long remainingGood = good;
        while ((computedSample > 0) && (remainingGood > 0) && (remainingTotal > remainingGood)) {
            // random_interval(max) is inclusive, hence the decrement first
            --remainingTotal;
            if (RandomInterval.draw(src, remainingTotal) < remainingGood) {
                --remainingGood;
            }
            --computedSample;
        }
        if (remainingTotal == remainingGood) {
            // only good ones are left
            remainingGood -= computedSample;
        }
        return sample > total / 2 ? remainingGood : good - remainingGood;
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values. HRUA's
     * constants are computed once for the fill, and long fills judge a block of attempts at a
     * time ({@link HruaBlocks#fill}).
     */
    public static void fill(BitSource src, long good, long bad, long sample, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if ((sample >= 10) && (sample <= good + bad - 10)) {
            HruaBlocks.fill(src, Hrua.of(good, bad, sample), out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = simple(src, good, bad, sample);
        }
    }

    /** {@code hypergeometric_hrua}, C's integer/double conversions kept in place. */
    static long hrua(BitSource src, long good, long bad, long sample) {
        return HruaBlocks.sample(src, Hrua.of(good, bad, sample));
    }

    /**
     * {@code hypergeometric_hrua} for one {@code (good, bad, sample)}: the constants C computes at
     * each call, computed once ({@link #of}); its candidates' sums are log-factorials.
     */
    private static final class Hrua extends HruaBlocks.Form {
        private final long good;
        private final long bad;
        private final long sample;
        private final long computedSample;
        private final long mingoodbad;
        private final long maxgoodbad;

        static Hrua of(long good, long bad, long sample) {
            long popsize = good + bad;
            long computedSample = Math.min(sample, popsize - sample);
            long mingoodbad = Math.min(good, bad);
            long maxgoodbad = Math.max(good, bad);

            double p = ((double) mingoodbad) / popsize;
            double q = ((double) maxgoodbad) / popsize;
            double mu = computedSample * p;
            double a = mu + 0.5;
            double var = ((double) (popsize - computedSample) * computedSample * p * q / (popsize - 1));
            double c = Math.sqrt(var + 0.5);

            long m = CCast.toInt64(Math.floor((double) (computedSample + 1) * (mingoodbad + 1) / (popsize + 2)));
            double g = sumAt(m, mingoodbad, computedSample, maxgoodbad); // C's g: the sum at the mode

            // C's MIN(int64 + 1, double): the conditional expression has type double
            double b1 = Math.min(computedSample, mingoodbad) + 1;
            double b2 = Math.floor(a + 16 * c);
            double b = b1 < b2 ? b1 : b2;
            return new Hrua(good, bad, sample, computedSample, mingoodbad, maxgoodbad, a, c, b, g);
        }

        private Hrua(long good, long bad, long sample, long computedSample, long mingoodbad, long maxgoodbad,
                     double a, double c, double b, double g) {
            super(a, c, b, g);
            this.good = good;
            this.bad = bad;
            this.sample = sample;
            this.computedSample = computedSample;
            this.mingoodbad = mingoodbad;
            this.maxgoodbad = maxgoodbad;
        }

        /**
         * The four log-factorials of candidate {@code k}, summed in C's order (each one a table
         * lookup below 126, a Stirling series with a logarithm above).
         */
        @Override
        public double sum(long k) {
            return sumAt(k, mingoodbad, computedSample, maxgoodbad);
        }

        /** {@link #sum}, given the constants it reads (the factory takes the mode's before construction). */
        private static double sumAt(long k, long mingoodbad, long computedSample, long maxgoodbad) {
            return Logfactorial.of(k)
                    + Logfactorial.of(mingoodbad - k)
                    + Logfactorial.of(computedSample - k)
                    + Logfactorial.of(maxgoodbad - computedSample + k);
        }

        /** C's mapping of the accepted {@code k} back from {@code min(good, bad)} and the smaller sample. */
        @Override
        public long finish(long k) {
            if (good > bad) {
                k = computedSample - k;
            }
            if (computedSample < sample) {
                k = good - k;
            }
            return k;
        }
    }
}
