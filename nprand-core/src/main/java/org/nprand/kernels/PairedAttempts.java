package org.nprand.kernels;

import org.nprand.bitgen.BitSource;

/**
 * The scratch and the two ends of a fill whose attempts each draw two uniforms and are judged by
 * those alone (PTRS's Poisson, BTPE's binomial, HRUA's hypergeometric, both Zipf kernels; the
 * legacy gamma below shape 1 takes only the draw and the list): a block of attempts is drawn at
 * once, judged out of order by the kernel's own loops, and the accepted candidates are then taken
 * in order, so the values and the draws are the per-value loop's. A kernel fills
 * {@link #candidates} and {@link #accepted} (1 or 0) for the block's attempts, and may use
 * {@link #listed} for the attempts it judges in a later pass.
 */
public final class PairedAttempts {

    /**
     * Fills of fewer values go value by value: the block's scratch and the kernels' tables by
     * candidate would cost more than they save.
     */
    public static final int MIN_VALUES = 64;

    /** Attempts per block. */
    private static final int BLOCK = 512;

    /** The block's uniforms: attempt {@code j} draws {@code uv[2j]}, then {@code uv[2j + 1]}. */
    public final double[] uv;
    /** Attempt {@code j}'s candidate (any value where not accepted). */
    public final long[] candidates;
    /** 1 where attempt {@code j} is accepted, else 0. */
    public final int[] accepted;
    /** Scratch for a kernel's list of attempts left for a later pass. */
    public final int[] listed;

    /** Scratch for a fill of {@code count} values. */
    public PairedAttempts(int count) {
        int block = Math.min(count, BLOCK);
        uv = new double[2 * block];
        candidates = new long[block];
        accepted = new int[block];
        listed = new int[block];
    }

    /**
     * Draws the uniforms of the next block: as many attempts as the block holds, but no more than
     * {@code wanted}, the values still to fill (each takes at least one attempt, so nothing is
     * drawn past the last value). Returns the number of attempts.
     */
    public int draw(BitSource src, int wanted) {
        int m = Math.min(candidates.length, wanted);
        src.fillDouble(uv, 0, 2 * m);
        return m;
    }

    /**
     * Stores the accepted candidates of the block's {@code m} attempts in order into {@code out}
     * from {@code i}; returns the next index. Every store is inside {@code [i, i + m)}, which the
     * caller's {@code wanted} keeps inside the fill.
     */
    public int pack(long[] out, int i, int m) {
        for (int j = 0; j < m; j++) {
            out[i] = candidates[j];
            i += accepted[j];
        }
        return i;
    }

    // The judging loops' verdicts as bits, without a branch: JDK 17 compiles a comparison turned
    // into an int (x < y ? 1 : 0) as a branch, which mispredicts where verdicts follow the uniforms.

    /** 1 if {@code d}'s sign bit is set (negative, -0.0, or a NaN with the bit set), else 0. */
    public static long negative(double d) {
        return Double.doubleToRawLongBits(d) >>> 63;
    }

    /** 1 if {@code u} is +0.0, else 0 ({@code u} a uniform in [0, 1), so never -0.0). */
    public static long isZero(double u) {
        long bits = Double.doubleToRawLongBits(u);
        return ((bits | -bits) >>> 63) ^ 1;
    }
}
