package org.nprand.kernels;

import java.util.Arrays;

import org.nprand.bitgen.BitSource;

/**
 * NumPy 2.4.6's {@code random_multivariate_hypergeometric_count(bitgen, total, num_colors, colors,
 * nsample, num_variates, variates)} ({@code random_mvhg_count.c}), behind
 * {@code Generator.multivariate_hypergeometric(colors, nsample, size, method='count')}: the
 * "count" algorithm by Warren Weckesser (NumPy 1.18).
 *
 * <p>An array {@code choices} of length {@code total} holds each colour index {@code colors[i]}
 * times, in order. For each variate a partial Fisher-Yates shuffle of its first {@code nsample}
 * entries ({@code k = j + random_interval(total - j - 1)}, masked rejection through
 * {@link RandomInterval}) selects the sample, whose colours are counted. When
 * {@code nsample > total / 2} the complement ({@code total - nsample} items) is drawn and
 * subtracted from {@code colors}.
 *
 * <p>Reproduced quirk: {@code choices} is filled once per call and <em>not</em> reset between
 * variates, so each variate's shuffle starts from the permutation the previous one left; drawing
 * {@code numVariates} variates in one call is therefore not the same as {@code numVariates} calls
 * of one variate. Pass all variates of one NumPy call to one call here.
 *
 * <p>Not validated: {@code colors[k] >= 0}, {@code total == sum(colors)},
 * {@code 0 <= nsample <= total}. {@code total} must also fit a Java array (NumPy's limit is
 * {@code INT64_MAX / 8}, beyond memory anyway): a larger {@code total} throws
 * {@link OutOfMemoryError}, as NumPy raises {@code MemoryError} when its {@code malloc} fails.
 */
public final class MultivariateHypergeometricCount {

    /** The largest array length the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private MultivariateHypergeometricCount() {
    }

    /**
     * Draws {@code numVariates} variates of {@code colors.length} counts each into
     * {@code out[offset, offset + numVariates * colors.length)}, which is cleared first (NumPy's
     * output comes from {@code np.zeros}).
     *
     * @param total {@code sum(colors)}, computed by the caller as NumPy's caller does
     */
    public static void sample(BitSource src, long total, long[] colors, long nsample, long numVariates,
                              long[] out, int offset) {
        int numColors = colors.length;
        int end = Math.toIntExact(offset + numVariates * numColors);
        Arrays.fill(out, offset, end, 0L);
        if ((total == 0) || (nsample == 0) || (numVariates == 0)) {
            return;
        }
        Urn urn = new Urn(total, colors, nsample);
        for (int i = offset; i < end; i += numColors) {
            urn.sample(src, out, i);
        }
    }

    /**
     * The state of one NumPy call: the {@code choices} array, which each variate shuffles further
     * from where the previous one left it. One urn draws the variates of one call, in order.
     */
    public static final class Urn {
        private final long[] colors;
        private final long total;
        private final boolean moreThanHalf;
        private final long toDraw;
        private int[] choices;

        /**
         * The urn of a call ({@code choices} is filled on the first draw, as NumPy fills it only
         * when something is drawn).
         *
         * @param total {@code sum(colors)}, computed by the caller as NumPy's caller does
         */
        public Urn(long total, long[] colors, long nsample) {
            this.colors = colors;
            this.total = total;
            this.moreThanHalf = nsample > (total / 2);
            this.toDraw = moreThanHalf ? total - nsample : nsample;
        }

        /** The next variate into {@code out[at, at + colors.length)}, which is overwritten. */
        public void sample(BitSource src, long[] out, int at) {
            int numColors = colors.length;
            Arrays.fill(out, at, at + numColors, 0L);
            if (total == 0 || (toDraw == 0 && !moreThanHalf)) {
                return;
            }
            if (choices == null) {
                if (total > MAX_ARRAY) {
                    throw new OutOfMemoryError("Insufficient memory for multivariate_hypergeometric with "
                            + "method='count' and sum(colors)=" + total);
                }
                // e.g. colors [3 2 5] gives choices [0 0 0 1 1 2 2 2 2 2]
                choices = new int[(int) total];
                int k = 0;
                for (int i = 0; i < numColors; ++i) {
                    for (long j = 0; j < colors[i]; ++j) {
                        choices[k] = i;
                        ++k;
                    }
                }
            }
            // partial Fisher-Yates: choices[:toDraw] becomes a random sample of the whole array
            for (int j = 0; j < toDraw; ++j) {
                int kk = j + (int) RandomInterval.draw(src, total - j - 1);
                int tmp = choices[kk];
                choices[kk] = choices[j];
                choices[j] = tmp;
            }
            for (int j = 0; j < toDraw; ++j) {
                out[at + choices[j]] += 1;
            }
            if (moreThanHalf) {
                for (int c = 0; c < numColors; ++c) {
                    out[at + c] = colors[c] - out[at + c];
                }
            }
        }
    }
}
