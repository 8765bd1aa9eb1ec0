package org.nprand.kernels;

import java.util.Arrays;

import org.nprand.bitgen.BitSource;

/**
 * NumPy 2.4.6's {@code random_multivariate_hypergeometric_marginals(bitgen, total, num_colors,
 * colors, nsample, num_variates, variates)} ({@code random_mvhg_marginals.c}), behind
 * {@code Generator.multivariate_hypergeometric(colors, nsample, size, method='marginals')} (the
 * default): the "marginals" algorithm by Warren Weckesser (NumPy 1.18).
 *
 * <p>For each variate, colour {@code j} (all but the last) gets
 * {@code random_hypergeometric(colors[j], remaining, num_to_sample)} ({@link Hypergeometric}),
 * where {@code remaining} is the total of the colours after {@code j} and {@code num_to_sample}
 * what is still to be drawn; the loop stops as soon as nothing is left to draw, and the last
 * colour gets what remains. When {@code nsample > total / 2} the complement is drawn and
 * subtracted from {@code colors}.
 *
 * <p>Not validated: {@code colors[k] >= 0}, {@code total == sum(colors)},
 * {@code 0 <= nsample <= total}; NumPy also requires {@code total < 10^9} for this method and
 * {@code colors.length > 0}.
 */
public final class MultivariateHypergeometricMarginals {

    private MultivariateHypergeometricMarginals() {
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
        boolean moreThanHalf = nsample > (total / 2);
        if (moreThanHalf) {
            nsample = total - nsample;
        }
        for (int i = offset; i < end; i += numColors) {
            long numToSample = nsample;
            long remaining = total;
            for (int j = 0; (numToSample > 0) && (j + 1 < numColors); ++j) {
                remaining -= colors[j];
                long r = Hypergeometric.sample(src, colors[j], remaining, numToSample);
                out[i + j] = r;
                numToSample -= r;
            }
            if (numToSample > 0) {
                out[i + numColors - 1] = numToSample;
            }
            if (moreThanHalf) {
                for (int c = 0; c < numColors; ++c) {
                    out[i + c] = colors[c] - out[i + c];
                }
            }
        }
    }
}
