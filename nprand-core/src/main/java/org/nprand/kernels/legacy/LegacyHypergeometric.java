package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.CCast;
import org.nprand.kernels.CandidateMemo;
import org.nprand.kernels.HruaBlocks;
import org.nprand.kernels.Loggam;
import org.nprand.math.Libm;

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

    /** {@code 2 sqrt(2/e)}. */
    private static final double D1 = 1.7155277699214135;
    /** {@code 3 - 2 sqrt(3/e)}. */
    private static final double D2 = 0.8989161620588988;

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
            HruaBlocks.fill(src, new Hrua(good, bad, sample), out, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            out[i] = sample > 0 ? hyp(src, good, bad, sample) : 0;
        }
    }

    /** {@code random_hypergeometric_hrua}, with C's long/double conversions kept in place. */
    private static long hrua(BitSource src, long good, long bad, long sample) {
        return HruaBlocks.sample(src, new Hrua(good, bad, sample));
    }

    /**
     * {@code random_hypergeometric_hrua} for one {@code (good, bad, sample)}: the constants C
     * computes at each call ({@code d4 ... d11}), computed once, and the attempts. Each attempt
     * draws two {@code next_double} ({@code X}, then {@code Y}) and its verdict depends on them
     * alone.
     */
    private static final class Hrua implements HruaBlocks.Form {
        private final long good;
        private final long sample;
        private final long m;
        private final long mingoodbad;
        private final long maxgoodbad;
        private final double d6;
        private final double d7;
        private final double d8;
        private final double d10;
        private final double d11;
        private final boolean goodAboveBad;

        Hrua(long good, long bad, long sample) {
            this.good = good;
            this.sample = sample;
            goodAboveBad = good > bad;
            mingoodbad = Math.min(good, bad);
            long popsize = good + bad;
            maxgoodbad = Math.max(good, bad);
            m = Math.min(sample, popsize - sample);
            double d4 = ((double) mingoodbad) / popsize;
            double d5 = 1.0 - d4;
            d6 = m * d4 + 0.5;
            d7 = Math.sqrt((double) (popsize - m) * sample * d4 * d5 / (popsize - 1) + 0.5);
            d8 = D1 * d7 + D2;
            long d9 = CCast.toInt64(Math.floor((double) (m + 1) * (mingoodbad + 1) / (popsize + 2)));
            d10 = (Loggam.of(d9 + 1) + Loggam.of(mingoodbad - d9 + 1)
                    + Loggam.of(m - d9 + 1) + Loggam.of(maxgoodbad - m + d9 + 1));
            // C's MIN(x, y) is x < y ? x : y; both are doubles here
            double d11a = Math.min(m, mingoodbad) + 1.0;
            double d11b = Math.floor(d6 + 16 * d7);
            d11 = d11a < d11b ? d11a : d11b;
        }

        @Override
        public double center() {
            return d6;
        }

        @Override
        public double width() {
            return d8;
        }

        @Override
        public double spread() {
            return d7;
        }

        @Override
        public double bound() {
            return d11;
        }

        @Override
        public long judge(double x, double y, CandidateMemo sums) {
            double w = d6 + d8 * (y - 0.5) / x;

            // fast rejection
            if ((w < 0.0) || (w >= d11)) {
                return HruaBlocks.REJECTED;
            }
            long z = CCast.toInt64(Math.floor(w));
            double t = d10 - (sums != null ? sums.get(z) : sum(z));
            // fast acceptance
            if ((x * (4.0 - x) - 3.0) <= t) {
                return z;
            }
            // fast rejection
            if (x * (x - t) >= 1) {
                return HruaBlocks.REJECTED;
            }
            // log(0.0) is fine here: -inf always accepts
            return 2.0 * Libm.log(x) <= t ? z : HruaBlocks.REJECTED;
        }

        /** The four log-gammas of candidate {@code z}, summed in C's order (finite for {@code 0 <= z < d11}). */
        public double sum(long z) {
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
