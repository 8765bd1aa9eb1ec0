package org.nprand.internal.parallel;

import java.util.Arrays;

/**
 * The element start positions a speculative parse of a segment records, for the fix-up to find
 * where the true parse meets it: every element among the first {@value #DENSE}, then about
 * {@code 2^SPARSE_SHIFT} per doubling of the index (indices {@code 64, 72, 80, ..., 128, 144,
 * ...}), so a whole segment costs a few hundred entries. Once the true parse lands on one of the
 * speculative parse's starts the two coincide for good, so meeting any later logged start proves
 * synchronisation; the sparse tail only delays the proof a little.
 *
 * <p>Indices and positions are stored relative to the segment (element index within the
 * segment, units from its start), as ints.
 */
public final class StartLog {

    /** Every start below this index is logged. */
    public static final int DENSE = 64;
    /** After {@link #DENSE}, the gap is {@code highestOneBit(index) >> SPARSE_SHIFT}. */
    public static final int SPARSE_SHIFT = 3;

    private final long origin;
    /** The next segment index to log (compared with {@code base + k} by the fill loops). */
    long next;
    private int[] idx = new int[32];
    private int[] pos = new int[32];
    private int n;

    /** A log for a segment starting at raw position {@code origin}. */
    public StartLog(long origin) {
        this.origin = origin;
    }

    void add(long index, long position) {
        if (n == idx.length) {
            idx = Arrays.copyOf(idx, 2 * n);
            pos = Arrays.copyOf(pos, 2 * n);
        }
        idx[n] = Math.toIntExact(index);
        pos[n] = Math.toIntExact(position - origin);
        n++;
        next = index < DENSE ? index + 1 : index + Math.max(1, Long.highestOneBit(index) >>> SPARSE_SHIFT);
    }

    /** The logged element indices (within the segment). */
    public int[] indices() {
        return Arrays.copyOf(idx, n);
    }

    /** The logged start positions, in units from the segment start. */
    public int[] offsets() {
        return Arrays.copyOf(pos, n);
    }
}
