package org.nprand.kernels.legacy;

import org.nprand.bitgen.BitSource;

/**
 * A bit source that first hands out doubles a block fill has already drawn from {@code bitgen}
 * (the next doubles of its stream, in order), then draws on from {@code bitgen} itself: the
 * per-value kernel run over it continues the stream where the block fill's reading stopped.
 * Only doubles may be taken while drawn ones remain (a word would come from the wrong place in
 * the stream).
 */
final class DrawnAheadDoubles implements BitSource {

    private final BitSource bitgen;
    private final double[] drawn;
    private int next;
    private final int end;

    /** Hands out {@code drawn[next, end)}, then {@code bitgen}'s doubles. */
    DrawnAheadDoubles(BitSource bitgen, double[] drawn, int next, int end) {
        this.bitgen = bitgen;
        this.drawn = drawn;
        this.next = next;
        this.end = end;
    }

    /** Copies the drawn doubles not handed out yet to {@code drawn[0, n)}; returns {@code n}. */
    int moveRestToFront() {
        int n = end - next;
        System.arraycopy(drawn, next, drawn, 0, n);
        next = end;
        return n;
    }

    @Override
    public double nextDouble() {
        return next < end ? drawn[next++] : bitgen.nextDouble();
    }

    @Override
    public long nextUInt64() {
        requireNoneAhead();
        return bitgen.nextUInt64();
    }

    @Override
    public int nextUInt32() {
        requireNoneAhead();
        return bitgen.nextUInt32();
    }

    private void requireNoneAhead() {
        if (next < end) {
            throw new IllegalStateException("a word drawn while drawn doubles remain");
        }
    }
}
