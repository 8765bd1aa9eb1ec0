package org.nprand.parallel;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.nprand.bitgen.BitGenerator;
import org.nprand.internal.parallel.Method;
import org.nprand.internal.parallel.Scanner;
import org.nprand.internal.py.Py;

/**
 * The first {@code size} elements of a spec's call read in order, in chunks of any sizes, drawn on
 * several threads: for outputs larger than memory ({@code nprand generate --threads}). The
 * concatenation of the chunks equals NumPy's {@code Generator(BG(seed)).method(*params, size=size)}
 * (or the blocked stream) bit for bit, whatever the chunk sizes and the number of threads.
 *
 * <pre>{@code
 * try (ParallelReader r = ParallelReader.open(StreamSpec.of("PCG64", 1).standardNormal(), 10_000_000_000L, 4)) {
 *     double[] buf = new double[1 << 20];
 *     for (int k; (k = r.read(buf, 0, buf.length)) > 0;) {
 *         write(buf, k);
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>Seek and blocked modes</b>: each read is cut into pieces that the threads write in
 *       place, as {@link ParallelFill} does. In blocked mode the reader keeps the generator of
 *       the block its last read stopped in and continues it, so that reads smaller than a block
 *       never draw a block's prefix twice (the whole blocks of a read go to the threads).</li>
 *   <li><b>Scan mode</b>: {@link ParallelFill}'s fused scan, resumable: regions of the raw stream
 *       are parsed speculatively ahead of the reader (a window of {@code parallelism + 1}
 *       regions), and each read joins as many as it needs, in order. A region's true elements
 *       that the read has no room for wait for the next read, and a re-parse cut short by the
 *       end of a read carries its true position over, so the chunk sizes change nothing.</li>
 * </ul>
 * Memory: a scan holds {@code parallelism + 2} region buffers (at most 2^20 elements each).
 * Not thread-safe: one reader, one consumer.
 */
public final class ParallelReader implements AutoCloseable {

    private final StreamSpec spec;
    private final long size;
    private final Mode mode;
    private final ExecutorService ex;
    private final boolean ownPool;
    private final int parallelism;
    private long position;

    // ---- scan state (mode == SCAN and parallelism > 1)
    private final Method method;
    private final Method joiner;
    private final double rate;
    private final int region;
    private final int smallest;
    private final ArrayDeque<Future<Scanner.Segment>> inflight = new ArrayDeque<>();
    private final ArrayDeque<Object> buffers = new ArrayDeque<>();
    /** The next region's first unit. */
    private long nextStart;
    /** The true position of the next element not yet resolved. */
    private long entry;
    /** Elements resolved so far (emitted, or kept in {@link #current}). */
    private long resolved;
    /** A resolved region whose true elements {@code [keep, current.count)} are not yet read. */
    private Scanner.Segment current;
    private long keep;
    /** A region whose re-parse the previous read cut short: resolve it again from {@link #entry}. */
    private Scanner.Segment pending;

    // ---- one thread: the plain sequential stream, continued from read to read
    private BitGenerator sequential;
    /** Blocked mode: where the last read stopped inside a block, or null. */
    private Chunks.BlockCursor cursor;

    ParallelReader(StreamSpec spec, long size, ExecutorService ex, boolean ownPool, int parallelism, int region) {
        this.spec = spec;
        this.size = size;
        this.mode = spec.mode();
        this.ex = ex;
        this.ownPool = ownPool;
        this.parallelism = parallelism;
        this.method = spec.method().forChunk();
        this.joiner = spec.method().forChunk();
        boolean scan = mode == Mode.SCAN && parallelism > 1;
        this.rate = scan ? spec.unitsPerElement() : 1;
        this.region = region;
        this.smallest = Math.min(region, 1 << 12);
    }

    /**
     * Elements {@code [0, size)} of {@code spec}, drawn on {@code threads} threads (a pool of
     * the reader's, stopped by {@link #close}); one thread draws the plain sequential stream.
     *
     * @throws UnsupportedOperationException as {@link StreamSpec#mode()}
     */
    public static ParallelReader open(StreamSpec spec, long size, int threads) {
        Py.notNull(spec, "spec");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        check(spec, size);
        ExecutorService ex = threads > 1 ? ParallelFill.newPool(threads) : null;
        return new ParallelReader(spec, size, ex, true, threads, regionFor(spec, size, threads));
    }

    /** Elements {@code [0, size)} of {@code spec}, with up to {@code parallelism} tasks at a time on the caller's executor. */
    public static ParallelReader open(StreamSpec spec, long size, ExecutorService executor, int parallelism) {
        Py.notNull(spec, "spec");
        Py.notNull(executor, "executor");
        Objects.requireNonNull(executor, "executor");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive, got " + parallelism);
        }
        check(spec, size);
        return new ParallelReader(spec, size, executor, false, parallelism, regionFor(spec, size, parallelism));
    }

    private static void check(StreamSpec spec, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        spec.mode();
        spec.checkRuntime();
    }

    private static int regionFor(StreamSpec spec, long size, int parallelism) {
        if (parallelism <= 1 || spec.mode() != Mode.SCAN) {
            return ParallelFill.MIN_REGION;
        }
        return ParallelFill.regionUnits(spec, (int) Math.min(size, Integer.MAX_VALUE), parallelism);
    }

    /** The spec. */
    public StreamSpec spec() {
        return spec;
    }

    /** The number of elements. */
    public long size() {
        return size;
    }

    /** Elements read so far: the index of the next one. */
    public long position() {
        return position;
    }

    /** Reads the next elements of a float64 spec into {@code out[off...]}: {@code len} of them, fewer at the end; -1 when none are left. */
    public int read(double[] out, int off, int len) {
        Py.notNull(out, "out");
        return readAny(out, off, len);
    }

    /** Reads the next elements of a float32 spec. */
    public int read(float[] out, int off, int len) {
        Py.notNull(out, "out");
        return readAny(out, off, len);
    }

    /** Reads the next elements of an integer spec. */
    public int read(long[] out, int off, int len) {
        Py.notNull(out, "out");
        return readAny(out, off, len);
    }

    /** Reads the next elements of a vector spec (one row each). */
    public int read(Object[] out, int off, int len) {
        Py.notNull(out, "out");
        return readAny(out, off, len);
    }

    /** Reads the next elements of a {@code bytes} spec. */
    public int read(byte[] out, int off, int len) {
        Py.notNull(out, "out");
        return readAny(out, off, len);
    }

    int readAny(Object out, int off, int len) {
        Chunks.checkType(spec, out);
        Objects.checkFromIndexSize(off, len, java.lang.reflect.Array.getLength(out));
        if (position == size) {
            return len == 0 ? 0 : -1;
        }
        int n = (int) Math.min(len, size - position);
        if (n == 0) {
            return 0;
        }
        try {
            if (parallelism <= 1 || n < 64 && mode != Mode.SCAN) {
                readSequential(out, off, n);
            } else if (mode == Mode.SCAN) {
                readScan(out, off, n);
            } else {
                readSplit(out, off, n);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw ParallelFill.unwrap(e);
        }
        position += n;
        return n;
    }

    private void readSequential(Object out, int off, int n) {
        switch (mode) {
            case SEEK:
                Chunks.seek(spec, position, out, off, n);
                break;
            case BLOCKED:
                if (Chunks.continuable(spec)) {
                    cursor = readBlocks(cursor, position, out, off, n);
                } else {
                    Chunks.blocked(spec, position, out, off, n);
                }
                break;
            default:
                if (sequential == null) {
                    sequential = spec.fresh();
                }
                method.fill(sequential, out, off, n);
                break;
        }
    }

    /**
     * Elements {@code [from, from + n)} of a continuable blocked spec on the calling thread,
     * block by block, continuing {@code c} where it stands.
     *
     * @return the cursor after the last element
     */
    private Chunks.BlockCursor readBlocks(Chunks.BlockCursor c, long from, Object out, int off, int n) {
        long size = spec.blockSize();
        while (n > 0) {
            int take = (int) Math.min(n, size - from % size);
            c = Chunks.continueBlock(spec, c, from, out, off, take);
            from += take;
            off += take;
            n -= take;
        }
        return c;
    }

    /** Seek and blocked modes: pieces of {@code [position, position + n)} written in place. */
    private void readSplit(Object out, int off, int n) throws InterruptedException, ExecutionException {
        if (mode == Mode.BLOCKED && Chunks.continuable(spec)) {
            readBlockedSplit(out, off, n);
            return;
        }
        int tasks = (int) Math.max(1, Math.min(parallelism * 4L, n / 4096));
        ParallelFill.split(spec, mode, position, out, off, n, tasks, ex);
    }

    /**
     * Blocked mode: the rest of the block the last read stopped in continues the cursor, the
     * whole blocks are drawn in parallel, and the last partial block (on a task of its own) leaves
     * the cursor for the next read; no block's prefix is drawn twice.
     */
    private void readBlockedSplit(Object out, int off, int n) throws InterruptedException, ExecutionException {
        long size = spec.blockSize();
        long from = position;
        long end = from + n;
        int head = (int) Math.min(n, (size - from % size) % size);
        if (head > 0) {
            cursor = readBlocks(cursor, from, out, off, head);
        }
        long midStart = from + head;
        long midEnd = Math.max(midStart, end / size * size);
        int tail = (int) (end - midEnd);
        Future<Chunks.BlockCursor> last = tail == 0 ? null
                : ex.submit(() -> readBlocks(null, midEnd, out, off + (int) (midEnd - from), tail));
        int mid = (int) (midEnd - midStart);
        if (mid > 0) {
            int tasks = (int) Math.max(1, Math.min(parallelism * 4L, mid / 4096));
            ParallelFill.split(spec, mode, midStart, out, off + head, mid, tasks, ex);
        }
        if (last != null) {
            cursor = last.get();
        }
    }

    /** Scan mode: joins regions in order until {@code n} elements are in place. */
    private void readScan(Object out, int off, int n) throws InterruptedException, ExecutionException {
        int done = 0;
        while (done < n) {
            if (current != null) {
                int take = (int) Math.min(current.count - keep, n - done);
                System.arraycopy(current.values, (int) keep, out, off + done, take);
                keep += take;
                done += take;
                if (keep == current.count) {
                    buffers.add(current.values);
                    current = null;
                }
                continue;
            }
            Scanner.Segment seg = pending != null ? pending : nextSegment();
            pending = null;
            Scanner.Resolution r = Scanner.resolve(joiner, spec::freshSeekable, seg, entry, out, off + done, n - done);
            done += (int) r.prefix;
            resolved += r.prefix;
            entry = r.stop;
            if (r.capped) {
                // the read is full; the re-parse resumes from entry next time
                pending = seg;
            } else if (!r.fullFallback && r.keepFrom < seg.count) {
                current = seg;
                keep = r.keepFrom;
                resolved += seg.count - r.keepFrom;
            } else {
                buffers.add(seg.values);
            }
        }
    }

    /** Keeps the window of speculative regions full (up to where element {@code size} should lie) and takes the oldest. */
    private Scanner.Segment nextSegment() throws InterruptedException, ExecutionException {
        // where element size should lie, re-estimated at each join (1% to spare), at the rate
        // seen so far once there is one
        double perElement = resolved >= 4096 ? (double) entry / resolved : rate;
        double end = entry + (size - resolved) * perElement * 1.01;
        int window = parallelism + 1;
        while (inflight.size() < window && (inflight.isEmpty() || nextStart < end)) {
            double left = end - nextStart;
            int units = left >= (double) parallelism * region ? region
                    : left <= 0 ? Math.max(smallest, region / 4)
                    : (int) Math.max(smallest, Math.min(region, Math.ceil(left / parallelism)));
            long start = nextStart;
            nextStart += units;
            Object buf = buffers.isEmpty() ? method.newArray(region) : buffers.poll();
            Method m = spec.method();
            inflight.add(ex.submit(() -> Scanner.parse(m.forChunk(), spec::freshSeekable, start, start + units, buf,
                    rate)));
        }
        return inflight.poll().get();
    }

    /** Cancels the regions drawn ahead and stops the reader's own pool. */
    @Override
    public void close() {
        for (Future<Scanner.Segment> f : inflight) {
            f.cancel(false);
        }
        inflight.clear();
        if (ownPool && ex != null) {
            ex.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "ParallelReader[" + spec + ", " + position + " of " + size + " elements, " + mode + ", " + parallelism
                + " threads]";
    }
}
