package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * NumPy's {@code random_multinomial(bitgen, n, mnix, pix, d, binomial)} ({@code distributions.c}),
 * behind {@code Generator.multinomial} and, in NumPy 2.4.x, {@code RandomState.multinomial}
 * (through {@code legacy_random_multinomial}): conditional binomials with
 * {@link GeneratorBinomial}.
 *
 * <p>For {@code j < d - 1}: {@code out[j] = random_binomial(pvals[j] / remaining, dn)},
 * {@code dn -= out[j]}, stop as soon as {@code dn <= 0}, else {@code remaining -= pvals[j]}. Then
 * {@code out[d - 1] = dn} if {@code dn > 0}. The last probability is never read, and a zero
 * probability (or {@code dn}) costs no draw ({@code random_binomial}'s shortcut).
 *
 * <p>{@code Generator.multinomial(n, pvals, size)} with a scalar {@code n} and 1-d {@code pvals}
 * calls this C function once per variate on rows of {@code np.zeros} with the Generator's
 * {@code binomial_t}; {@code GeneratorDiscreteKernelsTest} checks this class against it.
 */
public final class Multinomial {

    private Multinomial() {
    }

    /**
     * One multinomial variate of {@code n} trials over {@code d} categories into
     * {@code out[outOffset, outOffset + d)}; not validated.
     *
     * <p>Like the C function this writes only the counts it computes: entries after an early stop
     * (and the last one when nothing remains) are left as they are. NumPy always passes storage
     * from {@code np.zeros}, so pass zeroed storage to get NumPy's result.
     *
     * @param pvals the probabilities; only {@code pvals[0, d - 1)} are read
     * @param cache the {@code binomial_t} of the calling Generator/RandomState
     */
    public static void sample(BitSource src, long n, long[] out, int outOffset, double[] pvals, int d,
                              BinomialState cache) {
        sample(src, n, out, outOffset, pvals, 0, d, cache);
    }

    /** {@link #sample} with the probabilities at {@code pvals[pOffset, pOffset + d)} (a row of an n-d {@code pvals}). */
    public static void sample(BitSource src, long n, long[] out, int outOffset, double[] pvals, int pOffset, int d,
                              BinomialState cache) {
        double remainingP = 1.0;
        long dn = n;
        for (int j = 0; j < (d - 1); j++) {
            out[outOffset + j] = GeneratorBinomial.sample(src, pvals[pOffset + j] / remainingP, dn, cache);
            dn = dn - out[outOffset + j];
            if (dn <= 0) {
                break;
            }
            remainingP -= pvals[pOffset + j];
        }
        if (dn > 0) {
            out[outOffset + d - 1] = dn;
        }
    }
}
