package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * Knuth's multiplication method ({@code random_poisson_mult}) for a whole fill of one mean, with
 * the same uniforms and values as C's loop per value: the uniforms a block at a time, the values
 * read off them by two walks at once.
 *
 * <p>A value starting at uniform {@code j} is the number of running products
 * {@code u[j]}, {@code u[j] * u[j+1]}, ... (C's order) above {@code exp(-lam)}, and the next value
 * starts after the first product that is not. {@link #RUN} products are taken together and the
 * ones above counted without a branch: they only fall (each factor is below 1), so the count is
 * the value whenever it is below {@code RUN}. Computed so, each value's products wait for the
 * previous value's count (it says where they start): one chain of multiplies through the block,
 * which is what bounds a single walk, not the uniforms.
 *
 * <p>So a second walk starts from the middle of what is left of the block, at a uniform that may
 * or may not start a value, and the two advance together (two independent chains, which the
 * processor runs side by side). The second walk marks each start it takes. A walk's path from a
 * start depends on that start alone, so once the true walk (the first) reaches a start the second
 * walk has taken, the rest of its values up to where the second walk stopped are the second
 * walk's: they are copied, and the true walk goes on from there. Walks with steps of a few
 * uniforms meet soon (the coupling behind Kruskal's count); one that does not meet is only
 * wasted work, never a wrong value.
 *
 * <p>Measured in one JVM on this project's 2-core host, ns per value, {@code Generator.poisson}
 * over PCG64, one walk -> two walks: mean 1: 12.7 -> 8.9; 2: 15.4 -> 11.5; 3: 18.4 -> 14.9;
 * 4: 23.9 -> 20.3 (JDK 17; JDK 25 alike). Against C's loop per value, two walks are faster for
 * means from about 0.4 ({@link #MIN_LAM}: below it most values take one uniform and C's branch is
 * predictable) to 4.5 ({@link #MAX_LAM}: above it too many values outrun {@code RUN} products).
 */
final class PoissonProductRuns {

    /** The smallest mean this is used for (C's loop per value below it). */
    static final double MIN_LAM = 0.4;
    /** The largest mean this is used for (C's loop per value above it). */
    static final double MAX_LAM = 4.5;

    /** Running products taken together for one value. */
    private static final int RUN = 6;
    /** Uniforms per block. */
    private static final int BLOCK = 512;
    /** The fewest uniforms left in a block worth a second walk. */
    private static final int MIN_SPLIT = 48;

    private final BitSource src;
    private final double enlam;
    private final long enlamBits;
    private final double[] u;
    /** At each start the second walk took: its value's index in {@link #aheadValues} + 1; else 0. */
    private final int[] mark;
    private final long[] aheadValues;
    private final int[] aheadStarts;

    private PoissonProductRuns(BitSource src, double enlam, int blockLength) {
        this.src = src;
        this.enlam = enlam;
        // enlam and the products are non-negative doubles: their bits compare as their values
        this.enlamBits = Double.doubleToRawLongBits(enlam);
        this.u = new double[blockLength];
        this.mark = new int[blockLength + 1]; // a walk may end at u.length: no mark there
        this.aheadValues = new long[blockLength];
        this.aheadStarts = new int[blockLength];
    }

    /**
     * {@code out[from, to)}: one {@code random_poisson_mult} each, given {@code enlam = exp(-lam)},
     * drawing what C's loop draws: never more uniforms in a block than values still wanted (each
     * takes at least one), and a value that runs past its block continues from the generator.
     */
    static void fill(BitSource src, double enlam, long[] out, int from, int to) {
        PoissonProductRuns runs = new PoissonProductRuns(src, enlam, Math.min(to - from, BLOCK));
        int i = from;
        while (i < to) {
            int w = Math.min(to - i, runs.u.length);
            src.fillDouble(runs.u, 0, w);
            i = runs.block(w, out, i);
        }
    }

    /**
     * The values that start in {@code u[0, w)} (the first at 0) into {@code out} from {@code i};
     * returns the index after the last.
     */
    private int block(int w, long[] out, int i) {
        double[] u = this.u;
        int last = w - RUN; // the last start whose RUN products lie in the block
        int j = 0; // the true walk's next start
        while (last - j >= MIN_SPLIT) {
            int b = j + ((last - j) >>> 1); // the second walk's next start
            int n = 0; // the second walk's values
            int joined = -1; // where in them the true walk met the second, if it has
            // both walks while both have RUN uniforms ahead
            while (j <= last && b <= last) {
                long cj = count(u, j);
                long cb = count(u, b);
                if (cj == RUN && (cj = inBlock(j, w)) < 0) {
                    break; // the true walk's value runs past the block: see below
                }
                if (cb == RUN && (cb = inBlock(b, w)) < 0) {
                    break; // the second walk ends here (b stays its next start)
                }
                out[i++] = cj;
                j += (int) cj + 1;
                aheadValues[n] = cb;
                aheadStarts[n] = b;
                mark[b] = ++n;
                b += (int) cb + 1;
                if (mark[j] != 0 || j == b) {
                    joined = j == b ? n : mark[j] - 1;
                    break;
                }
            }
            // the true walk alone, until it meets the second walk's path
            while (joined < 0 && j <= last) {
                long cj = count(u, j);
                if (cj == RUN && (cj = inBlock(j, w)) < 0) {
                    break;
                }
                out[i++] = cj;
                j += (int) cj + 1;
                if (mark[j] != 0 || j == b) {
                    joined = j == b ? n : mark[j] - 1;
                }
            }
            for (int k = 0; k < n; k++) {
                mark[aheadStarts[k]] = 0;
            }
            if (joined < 0) {
                break;
            }
            // the second walk's values from the start the true walk reached, then on from its end
            System.arraycopy(aheadValues, joined, out, i, n - joined);
            i += n - joined;
            j = b;
        }
        // one walk to the end of the block, the last value through C's loop
        while (j < w) {
            long cj = j <= last ? count(u, j) : RUN;
            if (cj == RUN && (cj = inBlock(j, w)) < 0) {
                out[i++] = pastBlock(j, w);
                return i;
            }
            out[i++] = cj;
            j += (int) cj + 1;
        }
        return i;
    }

    /** How many of the {@link #RUN} running products from {@code u[p]} are above {@code enlam}. */
    private long count(double[] u, int p) {
        double prod = u[p];
        long above = (enlamBits - Double.doubleToRawLongBits(prod)) >>> 63;
        for (int k = 1; k < RUN; k++) {
            prod *= u[p + k];
            above += (enlamBits - Double.doubleToRawLongBits(prod)) >>> 63;
        }
        return above;
    }

    /** C's loop for the value starting at {@code u[p]}, or -1 if it needs uniforms past {@code u[w - 1]}. */
    private long inBlock(int p, int w) {
        long x = 0;
        double prod = 1.0;
        while (p < w) {
            prod *= u[p++];
            if (prod > enlam) {
                x += 1;
            } else {
                return x;
            }
        }
        return -1;
    }

    /** C's loop for the value starting at {@code u[p]}, past the block's end from the generator. */
    private long pastBlock(int p, int w) {
        long x = 0;
        double prod = 1.0;
        while (true) {
            prod *= p < w ? u[p] : src.nextDouble();
            p++;
            if (prod > enlam) {
                x += 1;
            } else {
                return x;
            }
        }
    }
}
