package org.nprand.parallel;

import java.io.Serializable;

import org.nprand.internal.parallel.Scanner;

/**
 * Pass 1 of a scan for one block of the raw stream: what parsing block {@code b} (units
 * {@code [b W, (b + 1) W)}) as if an element began at its start found. A pure function of the
 * spec, the block and the block size ({@link ScanPlan#summarize}); small (a few hundred logged
 * start positions) and serializable, so cluster tasks can compute summaries and send them to the
 * driver for the fix-up ({@link ScanPlan.Builder}).
 */
public final class BlockSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long block;
    private final int blockUnits;
    private final String spec;
    final Scanner.Segment segment;

    BlockSummary(long block, int blockUnits, String spec, Scanner.Segment segment) {
        this.block = block;
        this.blockUnits = blockUnits;
        this.spec = spec;
        this.segment = segment;
    }

    /** The block number. */
    public long block() {
        return block;
    }

    /** The block size in units (64-bit words, or 32-bit halves for 32-bit methods). */
    public int blockUnits() {
        return blockUnits;
    }

    /** Elements the speculative parse found in the block. */
    public long count() {
        return segment.count;
    }

    /** Where the speculative parse stopped (the first start at or after the block's end). */
    public long stop() {
        return segment.stop;
    }

    /** The spec, as text (checked when the summary is added to a builder). */
    String spec() {
        return spec;
    }

    @Override
    public String toString() {
        return "BlockSummary[" + block + ": " + segment + "]";
    }
}
