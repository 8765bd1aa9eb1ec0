package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.CCast;
import org.nprand.kernels.HruaBlocks;
import org.nprand.kernels.Loggam;

/**
 * NumPy's {@code legacy_random_hypergeometric(bitgen, good, bad, sample)}
 * ({@code legacy-distributions.c}, behind {@code RandomState.hypergeometric}): NumPy 1.16's
 * {@code random_hypergeometric_original}, on the bare bit source.
 *
 * <ul>
 *   <li>{@code sample > 10}: HRUA, Stadlober's ratio-of-uniforms algorithm (J. Comput. Appl.
 *       Math. 31, 1990) with {@code random_loggam} for the log-factorials and Ivan Frohne's
 *       corrections from rv.py for {@code good > bad} and {@code sample > popsize / 2}; two
 *       {@code next_double} per try;</li>
 *   <li>{@code 0 < sample <= 10}: HYP, the simple sequential algorithm (one {@code next_double}
 *       per item drawn, stopping when the smaller group is exhausted);</li>
 *   <li>{@code sample <= 0}: 0, no draw.</li>
 * </ul>
 * The Generator's direct sampling and its {@code logfactorial}-based HRUA are different
 * algorithms; this class is the legacy one only.
 */
public final class LegacyHypergeometric {

    private LegacyHypergeometric() {
    }

    /** One hypergeometric variate: good items among {@code sample} drawn (not validated). */
    public static long sample(BitSource src, long good, long bad, long sample) {
        if (sample > 10) {
            return hrua(src, good, bad, sample);
        } else if (sample > 0) {
            return hyp(src, good, bad, sample);
        }
        return 0;
    }

    /** {@code random_hypergeometric_hyp}. */
    private static long hyp(BitSource src, long good, long bad, long sample) {
        long d1 = bad + good - sample;
        double d2 = (double) Math.min(bad, good);
        double y = d2;
        long k = sample;
        while (y > 0.0) {
            double u = src.nextDouble();
            // C: y -= (long) floor(...): the integer is converted back to double to subtract
            y -= CCast.toInt64(Math.floor(u + y / (d1 + k)));
            k--;
            if (k == 0) {
                break;
            }
        }
        long z = CCast.toInt64(d2 - y);
        if (good > bad) {
            z = sample - z;
        }
        return z;
    }

    /**
     * {@link #sample} for each of {@code out[from, to)}: the same draws and values. HRUA's
     * constants are computed once for the fill, and long fills judge a block of attempts at a
     * time ({@link HruaBlocks#fill}).
     */
    public static void fill(BitSource src, long good, long bad, long sample, long[] out, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, out.length);
        if (sample > 10) {
            HruaBlocks.fill(src, Hrua.of(good, bad, sample), out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = sample > 0 ? hyp(src, good, bad, sample) : 0;
        }
    }

    /** {@code random_hypergeometric_hrua}, with C's long/double conversions kept in place. */
    private static long hrua(BitSource src, long good, long bad, long sample) {
        return HruaBlocks.sample(src, Hrua.of(good, bad, sample));
    }

    /**
     * {@code random_hypergeometric_hrua} for one {@code (good, bad, sample)}: the constants C
     * computes at each call ({@code d4 ... d11}), computed once ({@link #of}); its candidates'
     * sums are log-gammas.
     */
    private static final class Hrua extends HruaBlocks.Form {
        private final long good;
        private final long sample;
        private final long m;
        private final long mingoodbad;
        private final long maxgoodbad;
        private final boolean goodAboveBad;

        static Hrua of(long good, long bad, long sample) {
            long mingoodbad = Math.min(good, bad);
            long popsize = good + bad;
            long maxgoodbad = Math.max(good, bad);
            long m = Math.min(sample, popsize - sample);
            double d4 = ((double) mingoodbad) / popsize;
            double d5 = 1.0 - d4;
            double d6 = m * d4 + 0.5;
            double d7 = Math.sqrt((double) (popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5);
            long d9 = CCast.toInt64(Math.floor((double) (m + 1) * (mingoodbad + 1) / (popsize + 2)));
            double d10 = sumAt(d9, mingoodbad, m, maxgoodbad); // the sum at the mode
            // C's MIN(x, y) is x < y ? x : y; both are doubles here
            double d11a = Math.min(m, mingoodbad) + 1.0;
            double d11b = Math.floor(d6 + 16 * d7);
            double d11 = d11a < d11b ? d11a : d11b;
            return new Hrua(good, sample, m, mingoodbad, maxgoodbad, good > bad, d6, d7, d11, d10);
        }

        private Hrua(long good, long sample, long m, long mingoodbad, long maxgoodbad, boolean goodAboveBad,
                     double d6, double d7, double d11, double d10) {
            super(d6, d7, d11, d10);
            this.good = good;
            this.sample = sample;
            this.m = m;
            this.mingoodbad = mingoodbad;
            this.maxgoodbad = maxgoodbad;
            this.goodAboveBad = goodAboveBad;
        }

        /** The four log-gammas of candidate {@code z}, summed in C's order (finite for {@code 0 <= z < d11}). */
        @Override
        public double sum(long z) {
            return sumAt(z, mingoodbad, m, maxgoodbad);
        }

        /** {@link #sum}, given the constants it reads (the factory takes the mode's before construction). */
        private static double sumAt(long z, long mingoodbad, long m, long maxgoodbad) {
            return Loggam.of(z + 1) + Loggam.of(mingoodbad - z + 1)
                    + Loggam.of(m - z + 1) + Loggam.of(maxgoodbad - m + z + 1);
        }

        /** Ivan Frohne's correction to HRUA* and rv.py's fix allowing sample > popsize / 2. */
        @Override
        public long finish(long z) {
            if (goodAboveBad) {
                z = m - z;
            }
            if (m < sample) {
                z = good - z;
            }
            return z;
        }
    }
}
