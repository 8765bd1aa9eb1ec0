package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;
import org.nprand.kernels.BinomialState;
import org.nprand.kernels.Multinomial;

/**
 * NumPy 2.4.6's {@code legacy_random_multinomial(bitgen, n, mnix, pix, d, binomial)}
 * ({@code legacy-distributions.c}, behind {@code RandomState.multinomial}): in 2.4.x it simply
 * calls the Generator's {@code random_multinomial} ({@link Multinomial}), hence the Generator's
 * binomial (no draw for a zero probability, {@code log1p} in the inversion). NumPy 2.5 switched it
 * to the legacy binomial, which changes the stream; this class follows 2.4.6.
 */
public final class LegacyMultinomial {

    private LegacyMultinomial() {
    }

    /**
     * One multinomial variate into {@code out[outOffset, outOffset + d)}, exactly as
     * {@link Multinomial#sample}; pass zeroed storage (NumPy uses {@code np.zeros}).
     *
     * @param cache the RandomState's {@code binomial_t}, the one its {@code binomial} also uses
     */
    public static void sample(BitSource src, long n, long[] out, int outOffset, double[] pvals, int d,
                              BinomialState cache) {
        Multinomial.sample(src, n, out, outOffset, pvals, d, cache);
    }

    /** {@code rows} variates into {@code out[0, rows d)}, as {@link Multinomial#fill}. */
    public static void fill(BitSource src, long n, double[] pvals, int d, long[] out, int rows, BinomialState cache) {
        Multinomial.fill(src, n, pvals, d, out, rows, cache);
    }
}
