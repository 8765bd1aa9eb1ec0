package org.nprand.parallel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.nprand.internal.parallel.Method;
import org.nprand.internal.parallel.Scanner;
import org.nprand.internal.py.Py;

/**
 * Where each block's true elements begin, for a scan-mode spec and a size: the outcome of the
 * two first steps of the scan.
 *
 * <ol>
 *   <li><b>Pass 1</b> ({@link #summarize}, one pure task per block): block {@code b} is the raw
 *       units {@code [b W, (b + 1) W)}, {@code W} = {@link #BLOCK_UNITS}; it is parsed as if an
 *       element began at its start, recording its element count, its end (the first start at or
 *       after {@code (b + 1) W}) and a log of start positions.</li>
 *   <li><b>Fix-up</b> ({@link Builder}, sequential, cheap): block 0's true entry is unit 0; block
 *       {@code b + 1}'s is block {@code b}'s true end. When a block's entry is one of its logged
 *       starts, its parse is already the true one from there on; otherwise the block is re-parsed
 *       from its entry until the re-parse meets the logged starts, or to its end when it never
 *       does (the fallback: gamma's two-word iterations, for one, often keep a wrong parse out of
 *       step for dozens of elements). Prefix sums give each block's first element index.</li>
 * </ol>
 * The plan (two longs per block) then lets any chunk be generated alone
 * ({@link IndexedStream#fill}): position the bit generator at the entry of the chunk's block,
 * skip to the chunk's first element, generate.
 *
 * <p>The block size is a constant of the library, never of the cluster or thread count. The
 * elements do not depend on it in any case (every block's entry is the true one), but plans
 * and summaries made anywhere agree, so they can be cached and shared. A smaller size is
 * accepted for tests ({@link #builder(StreamSpec, long, int)}).
 */
public final class ScanPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The library's block size, in units of the method (64-bit words, or 32-bit halves). */
    public static final int BLOCK_UNITS = 1 << 18;

    private final String spec;
    private final long size;
    private final int blockUnits;
    /** Entry unit of each block, and (one more) the stop of the last. */
    private final long[] entry;
    /** First element index of each block, and (one more) the elements through the last block. */
    private final long[] first;
    private final int reparsed;
    private final int fullFallbacks;

    private ScanPlan(String spec, long size, int blockUnits, long[] entry, long[] first, int reparsed,
                     int fullFallbacks) {
        this.spec = spec;
        this.size = size;
        this.blockUnits = blockUnits;
        this.entry = entry;
        this.first = first;
        this.reparsed = reparsed;
        this.fullFallbacks = fullFallbacks;
    }

    // ---- making plans ------------------------------------------------------------------------------

    /** Pass 1 for block {@code block} with the library's block size. */
    public static BlockSummary summarize(StreamSpec spec, long block) {
        Py.notNull(spec, "spec");
        return summarize(spec, block, BLOCK_UNITS);
    }

    /** Pass 1 for block {@code block} of {@code blockUnits} units (a pure function). */
    public static BlockSummary summarize(StreamSpec spec, long block, int blockUnits) {
        Py.notNull(spec, "spec");
        requireScan(spec);
        spec.checkRuntime();
        Method m = spec.method().forChunk();
        long start = Math.multiplyExact(block, (long) blockUnits);
        Scanner.Segment seg = Scanner.parse(m, spec::freshSeekable, start, start + blockUnits, null,
                spec.unitsPerElement());
        return new BlockSummary(block, blockUnits, spec.toString(), seg);
    }

    /** A plan for the first {@code size} elements, all on the calling thread. */
    public static ScanPlan build(StreamSpec spec, long size) {
        Py.notNull(spec, "spec");
        Builder b = builder(spec, size);
        while (!b.done()) {
            for (long block : b.nextBlocks()) {
                b.add(summarize(spec, block, b.blockUnits));
            }
        }
        return b.build();
    }

    /** A plan for the first {@code size} elements, pass 1 on {@code executor}. */
    public static ScanPlan build(StreamSpec spec, long size, ExecutorService executor) {
        Py.notNull(spec, "spec");
        Py.notNull(executor, "executor");
        Builder b = builder(spec, size);
        try {
            while (!b.done()) {
                List<Future<BlockSummary>> parts = new ArrayList<>();
                for (long block : b.nextBlocks()) {
                    parts.add(executor.submit(() -> summarize(spec, block, b.blockUnits)));
                }
                for (Future<BlockSummary> f : parts) {
                    b.add(f.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw ParallelFill.unwrap(e);
        }
        return b.build();
    }

    /** A plan for the first {@code size} elements, pass 1 on {@code threads} threads. */
    public static ScanPlan build(StreamSpec spec, long size, int threads) {
        Py.notNull(spec, "spec");
        if (threads <= 1) {
            return build(spec, size);
        }
        ExecutorService ex = ParallelFill.newPool(threads);
        try {
            return build(spec, size, ex);
        } finally {
            ex.shutdownNow();
        }
    }

    /** The fix-up for {@code size} elements with the library's block size. */
    public static Builder builder(StreamSpec spec, long size) {
        Py.notNull(spec, "spec");
        return builder(spec, size, BLOCK_UNITS);
    }

    /**
     * The fix-up with another block size: the elements are the same for any size; tests use tiny
     * blocks to force many re-parses.
     */
    public static Builder builder(StreamSpec spec, long size, int blockUnits) {
        Py.notNull(spec, "spec");
        return new Builder(spec, size, blockUnits);
    }

    private static void requireScan(StreamSpec spec) {
        if (spec.mode() != Mode.SCAN) {
            throw new IllegalArgumentException(spec + " is a " + spec.mode() + "-mode spec; scan plans are for "
                    + "variable-consumption methods");
        }
    }

    /**
     * The driver side of a scan: hands out the block numbers to summarize, takes the summaries (in
     * any order, any number of times), fixes blocks up in order as their summaries arrive, and
     * stops when the blocks fixed up hold {@code size} elements. A distributed driver loops:
     * <pre>{@code
     * ScanPlan.Builder b = ScanPlan.builder(spec, n);
     * while (!b.done()) {
     *     long[] blocks = b.nextBlocks();
     *     // on the cluster: summaries = map(block -> ScanPlan.summarize(spec, block))
     *     summaries.forEach(b::add);
     * }
     * ScanPlan plan = b.build();
     * }</pre>
     * Usually one round: the first estimate asks for slightly more blocks than needed.
     */
    public static final class Builder {
        private final StreamSpec spec;
        private final long size;
        final int blockUnits;
        private final Method method;
        private final double rate;
        private final TreeMap<Long, BlockSummary> pending = new TreeMap<>();
        private final List<Long> entries = new ArrayList<>();
        private final List<Long> firsts = new ArrayList<>();
        private long nextToFix;
        private long entry;
        private long count;
        private long handedOut;
        private int reparsed;
        private int fullFallbacks;

        private Builder(StreamSpec spec, long size, int blockUnits) {
            requireScan(spec);
            if (size < 0) {
                throw new IllegalArgumentException("negative size " + size);
            }
            if (blockUnits < 1) {
                throw new IllegalArgumentException("blockUnits must be positive, got " + blockUnits);
            }
            spec.checkRuntime();
            this.spec = spec;
            this.size = size;
            this.blockUnits = blockUnits;
            this.method = spec.method();
            this.rate = spec.unitsPerElement();
        }

        /** Whether the blocks fixed up so far hold {@code size} elements. */
        public boolean done() {
            return count >= size;
        }

        /**
         * The next blocks to summarize: from the first not yet handed out to an estimate (2%
         * above the mean consumption, plus a block) of where element {@code size} lies. Empty
         * when done.
         */
        public long[] nextBlocks() {
            if (done()) {
                return new long[0];
            }
            long from = Math.max(handedOut, nextToFix);
            double units = (size - count) * rate * 1.02 + blockUnits;
            long to = Math.max(from + 1, (long) Math.ceil((entry + units) / blockUnits));
            to = Math.max(to, nextToFix + 1);
            long[] out = new long[(int) Math.min(to - from, 1 << 20)];
            for (int i = 0; i < out.length; i++) {
                out[i] = from + i;
            }
            handedOut = from + out.length;
            return out;
        }

        /** Takes a block's summary; fixes up every block that now can be. */
        public void add(BlockSummary s) {
            if (!s.spec().equals(spec.toString()) || s.blockUnits() != blockUnits) {
                throw new IllegalArgumentException("summary of " + s.spec() + " with blocks of " + s.blockUnits()
                        + " units, not of " + spec + " with blocks of " + blockUnits);
            }
            if (s.block() < nextToFix || done()) {
                return;
            }
            pending.put(s.block(), s);
            while (!done() && pending.containsKey(nextToFix)) {
                BlockSummary b = pending.remove(nextToFix);
                Scanner.Resolution r = Scanner.resolve(method.forChunk(), spec::freshSeekable, b.segment, entry,
                        null, 0, Long.MAX_VALUE);
                entries.add(entry);
                firsts.add(count);
                if (r.reparsed && r.count > 0) {
                    reparsed++;
                }
                if (r.fullFallback) {
                    fullFallbacks++;
                }
                count += r.count;
                entry = r.stop;
                nextToFix++;
            }
            if (done()) {
                pending.clear();
            }
        }

        /** The plan. @throws IllegalStateException unless {@link #done()} */
        public ScanPlan build() {
            if (!done()) {
                throw new IllegalStateException("the blocks fixed up hold " + count + " of " + size
                        + " elements: summarize nextBlocks() first");
            }
            int n = entries.size();
            long[] e = new long[n + 1];
            long[] f = new long[n + 1];
            for (int i = 0; i < n; i++) {
                e[i] = entries.get(i);
                f[i] = firsts.get(i);
            }
            e[n] = entry;
            f[n] = count;
            return new ScanPlan(spec.toString(), size, blockUnits, e, f, reparsed, fullFallbacks);
        }
    }

    // ---- reading plans --------------------------------------------------------------------------------

    /** The number of elements the plan covers (at least; the last block may hold more). */
    public long size() {
        return size;
    }

    /** The block size, in units. */
    public int blockUnits() {
        return blockUnits;
    }

    /** The number of blocks fixed up. */
    public int blocks() {
        return entry.length - 1;
    }

    /** Where block {@code b}'s first true element starts (units from the start of the stream). */
    public long entryUnit(int b) {
        return entry[b];
    }

    /** The index of block {@code b}'s first true element. */
    public long firstIndex(int b) {
        return first[b];
    }

    /** The block holding element {@code index}. */
    public int blockOf(long index) {
        if (index < 0 || index >= first[first.length - 1]) {
            throw new IndexOutOfBoundsException("element " + index + " is not in the plan's " + first[first.length - 1]);
        }
        // the last block whose first index is <= index (empty blocks share their successor's)
        int lo = 0;
        int hi = first.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (first[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Blocks (with elements) whose entry was not their start, so that needed a re-parse. */
    public int reparsedBlocks() {
        return reparsed;
    }

    /** Blocks whose re-parse never met the speculative parse (re-parsed to their end). */
    public int fullFallbacks() {
        return fullFallbacks;
    }

    /** Whether the plan was made for {@code spec}. */
    boolean isFor(StreamSpec spec) {
        return this.spec.equals(spec.toString());
    }

    @Override
    public String toString() {
        return "ScanPlan[" + spec + ", size " + size + ", " + blocks() + " blocks of " + blockUnits + " units, "
                + reparsed + " re-parsed, " + fullFallbacks + " full fallbacks]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScanPlan)) {
            return false;
        }
        ScanPlan p = (ScanPlan) o;
        return spec.equals(p.spec) && size == p.size && blockUnits == p.blockUnits && Arrays.equals(entry, p.entry)
                && Arrays.equals(first, p.first);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entry) * 31 + Long.hashCode(size);
    }
}
