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
        sample(src, n, out, outOffset, pvals, pOffset, d, cache, null);
    }

    /** The most binomial set-ups {@link #fill} keeps: {@code (d - 1) (n + 1)} of them at most. */
    private static final int SET_UPS_MAX = 1 << 16;

    /**
     * {@code rows} multinomial variates into {@code out[0, rows d)}, row after row, each as
     * {@link #sample}: the same draws and values, and {@code cache} left as the rows leave it.
     *
     * <p>Within a fill the binomial of category {@code j} always has the same probability, and
     * its {@code n} is what the earlier categories left, so C sets up the same {@code (j, n)}
     * pairs again and again (the category changes at every call, and with it the cached
     * {@code (n, p)}; the inversion's set-up is a log, an exp and a square root). A fresh set-up
     * is a function of {@code (n, p)}, so the first one of each pair is kept (when there are at
     * most {@link #SET_UPS_MAX} pairs) and copied into {@code cache} where C would compute it
     * again. Where {@code cache} already holds the pair's {@code (n, p)} it is used as it is, as
     * in C: it may hold {@code RandomState.binomial}'s set-up of that pair ({@link BinomialState}).
     */
    public static void fill(BitSource src, long n, double[] pvals, int d, long[] out, int rows, BinomialState cache) {
        java.util.Objects.checkFromIndexSize(0, Math.multiplyExact(rows, d), out.length);
        BinomialState[] setUps = rows > 1 && d > 1 && n < SET_UPS_MAX && (d - 1) * (n + 1) <= SET_UPS_MAX
                ? new BinomialState[(int) ((d - 1) * (n + 1))] : null;
        for (int i = 0, offset = 0; i < rows; i++, offset += d) {
            sample(src, n, out, offset, pvals, 0, d, cache, setUps);
        }
    }

    /** {@link #sample}; with {@code setUps}, category {@code j}'s binomial of {@code dn} keeps its fresh set-up in {@code setUps[j (n + 1) + dn]}. */
    private static void sample(BitSource src, long n, long[] out, int outOffset, double[] pvals, int pOffset, int d,
                               BinomialState cache, BinomialState[] setUps) {
        double remainingP = 1.0;
        long dn = n;
        for (int j = 0; j < (d - 1); j++) {
            double p = pvals[pOffset + j] / remainingP;
            if (setUps == null) {
                out[outOffset + j] = GeneratorBinomial.sample(src, p, dn, cache);
            } else {
                out[outOffset + j] = sampleKeepingSetUp(src, p, dn, cache, setUps, (int) (j * (n + 1) + dn));
            }
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

    /**
     * {@code GeneratorBinomial.sample(src, p, n, cache)}, with the fresh set-up it would compute
     * taken from {@code setUps[slot]} when kept, or kept there once computed.
     */
    private static long sampleKeepingSetUp(BitSource src, double p, long n, BinomialState cache,
                                           BinomialState[] setUps, int slot) {
        BinomialState kept = setUps[slot];
        if (kept != null) {
            if (!cache.sameKeyAs(kept)) {
                cache.copyFrom(kept);
            }
            return GeneratorBinomial.sample(src, p, n, cache);
        }
        int had = cache.hasBinomial;
        long nBefore = cache.nsave;
        long pBefore = Double.doubleToRawLongBits(cache.psave);
        long x = GeneratorBinomial.sample(src, p, n, cache);
        // a set-up computed by this call (not reused, nor skipped by the n == 0 or p == 0 shortcut)
        if (cache.hasBinomial != 0
                && (had == 0 || cache.nsave != nBefore || Double.doubleToRawLongBits(cache.psave) != pBefore)) {
            setUps[slot] = cache.copy();
        }
        return x;
    }
}
