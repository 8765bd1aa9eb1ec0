package org.nprand.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.nprand.internal.parallel.Method;
import org.nprand.internal.py.Py;

/**
 * All cores of one machine: fills an array with the first {@code out.length} elements of a spec's
 * call using several threads, bit-identical to the one-thread result (and to NumPy's
 * {@code Generator(BG(seed)).method(*params, size=out.length)}).
 *
 * <pre>{@code
 * double[] out = new double[50_000_000];
 * ParallelFill.fill(StreamSpec.of("PCG64", 12345).standardNormal(), out, 4);
 * // == np.random.Generator(np.random.PCG64(12345)).standard_normal(50_000_000)
 * }</pre>
 *
 * <ul>
 *   <li><b>Seek mode</b>: the array is cut into chunks; each thread positions its own generator at
 *       its chunk and writes in place.</li>
 *   <li><b>Blocked mode</b>: each thread takes whole blocks.</li>
 *   <li><b>Scan mode</b>: the raw stream is cut into regions of equal size; threads parse regions
 *       speculatively (as if an element began at the region's start) into region buffers, while
 *       the calling thread joins them in order: the first region's entry is the stream's start,
 *       each next region's is the previous one's true end; a region whose entry is not one of its
 *       logged starts is re-parsed from its entry until the two parses meet (or to its end), and
 *       the region's true elements are copied into place. One pass of generation plus a copy:
 *       about 15-40% more CPU time than one thread in total (measured with
 *       {@code ParallelFillSpeedup} in nprand-bench), against none for the seek and blocked
 *       modes.</li>
 * </ul>
 * The {@code threads} forms start a pool for the call and stop it afterwards; the
 * {@link ExecutorService} forms use the caller's.
 */
public final class ParallelFill {

    /** Below this many elements, a fill runs on the calling thread. */
    static final int SEQUENTIAL_BELOW = 1 << 14;
    /** Smallest and largest scan region, in units. */
    static final int MIN_REGION = 1 << 14;
    static final int MAX_REGION = 1 << 20;

    private ParallelFill() {
    }

    /** Fills {@code out} with elements {@code [0, out.length)} of a float64 spec on {@code threads} threads. */
    public static double[] fill(StreamSpec spec, double[] out, int threads) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        run(spec, out, threads);
        return out;
    }

    /** Fills {@code out} with elements {@code [0, out.length)} of a float32 spec. */
    public static float[] fill(StreamSpec spec, float[] out, int threads) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        run(spec, out, threads);
        return out;
    }

    /** Fills {@code out} with elements {@code [0, out.length)} of an integer spec. */
    public static long[] fill(StreamSpec spec, long[] out, int threads) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        run(spec, out, threads);
        return out;
    }

    /** Fills {@code out} with elements {@code [0, out.length)} of a {@code bytes} spec. */
    public static byte[] fill(StreamSpec spec, byte[] out, int threads) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        run(spec, out, threads);
        return out;
    }

    /** Fills {@code out} with elements {@code [0, out.length)} of a vector spec (one row each). */
    public static Object[] fill(StreamSpec spec, Object[] out, int threads) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        run(spec, out, threads);
        return out;
    }

    /** Fills {@code out} on the caller's executor, with up to {@code parallelism} tasks at a time. */
    public static double[] fill(StreamSpec spec, double[] out, ExecutorService executor, int parallelism) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        Py.notNull(executor, "executor");
        fillOn(spec, out, executor, parallelism);
        return out;
    }

    /** Fills {@code out} on the caller's executor. */
    public static float[] fill(StreamSpec spec, float[] out, ExecutorService executor, int parallelism) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        Py.notNull(executor, "executor");
        fillOn(spec, out, executor, parallelism);
        return out;
    }

    /** Fills {@code out} on the caller's executor. */
    public static long[] fill(StreamSpec spec, long[] out, ExecutorService executor, int parallelism) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        Py.notNull(executor, "executor");
        fillOn(spec, out, executor, parallelism);
        return out;
    }

    /** Fills {@code out} on the caller's executor. */
    public static byte[] fill(StreamSpec spec, byte[] out, ExecutorService executor, int parallelism) {
        Py.notNull(spec, "spec");
        Py.notNull(out, "out");
        Py.notNull(executor, "executor");
        fillOn(spec, out, executor, parallelism);
        return out;
    }

    private static void run(StreamSpec spec, Object out, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        int n = java.lang.reflect.Array.getLength(out);
        if (threads == 1 || n < SEQUENTIAL_BELOW) {
            Chunks.checkType(spec, out);
            Mode mode = spec.mode();
            spec.checkRuntime();
            sequential(spec, mode, out, n);
            return;
        }
        ExecutorService ex = newPool(threads);
        try {
            fillOn(spec, out, ex, threads);
        } finally {
            ex.shutdownNow();
        }
    }

    private static void sequential(StreamSpec spec, Mode mode, Object out, int n) {
        switch (mode) {
            case SEEK:
                Chunks.seek(spec, 0, out, 0, n);
                break;
            case BLOCKED:
                Chunks.blocked(spec, 0, out, 0, n);
                break;
            default:
                // one region covering everything: the plain sequential stream
                Method m = spec.method().forChunk();
                m.fill(spec.fresh(), out, 0, n);
                break;
        }
    }

    private static void fillOn(StreamSpec spec, Object out, ExecutorService ex, int parallelism) {
        Chunks.checkType(spec, out);
        Mode mode = spec.mode();
        spec.checkRuntime();
        int n = java.lang.reflect.Array.getLength(out);
        if (parallelism <= 1 || n < SEQUENTIAL_BELOW) {
            sequential(spec, mode, out, n);
            return;
        }
        try {
            if (mode == Mode.SCAN) {
                scan(spec, out, n, ex, parallelism, regionUnits(spec, n, parallelism));
            } else {
                split(spec, mode, 0, out, 0, n, parallelism * 4, ex);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /**
     * Seek and blocked modes: elements {@code [from, from + n)} written in place at
     * {@code out[off..]}, as {@code tasks} independent pieces (any cut gives the same elements).
     */
    static void split(StreamSpec spec, Mode mode, long from, Object out, int off, int n, int tasks,
            ExecutorService ex) throws InterruptedException, ExecutionException {
        long[] cuts = new long[tasks + 1];
        for (int t = 0; t <= tasks; t++) {
            long c = from + (long) n * t / tasks;
            if (mode == Mode.BLOCKED && t > 0 && t < tasks) {
                // whole blocks per task (any cut is correct, but a task that starts inside a block
                // draws the block's prefix again: cutting a block into P pieces costs about P / 2
                // blocks of draws, more than it saves); blocks larger than a task's share leave
                // some tasks empty
                long b = spec.blockSize();
                c = Math.max(cuts[t - 1], c / b * b);
            }
            cuts[t] = c;
        }
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            long a = cuts[t];
            int at = off + (int) (a - from);
            int len = (int) (cuts[t + 1] - a);
            if (len <= 0) {
                continue;
            }
            parts.add(ex.submit(() -> {
                if (mode == Mode.SEEK) {
                    Chunks.seek(spec, a, out, at, len);
                } else {
                    Chunks.blocked(spec, a, out, at, len);
                }
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
    }

    /** About 8 regions per thread, within [MIN_REGION, MAX_REGION]. */
    static int regionUnits(StreamSpec spec, int n, int parallelism) {
        long want = (long) Math.ceil(n * spec.unitsPerElement() / (parallelism * 8.0));
        return (int) Math.max(MIN_REGION, Math.min(MAX_REGION, want));
    }

    /**
     * Scan mode: speculative regions in parallel, joined in order on the calling thread (a
     * {@link ParallelReader} read once). Regions are {@code region} units (any sizes give the same
     * elements); near where element {@code n} should lie they shrink so that the last ones finish
     * together and little is drawn past it.
     */
    static void scan(StreamSpec spec, Object out, int n, ExecutorService ex, int parallelism, int region)
            throws InterruptedException, ExecutionException {
        try (ParallelReader r = new ParallelReader(spec, n, ex, false, parallelism, region)) {
            r.readAny(out, 0, n);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    static ExecutorService newPool(int threads) {
        AtomicInteger id = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "nprand-parallel-" + id.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(threads, tf);
    }

    static RuntimeException unwrap(ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof RuntimeException) {
            return (RuntimeException) c;
        }
        if (c instanceof Error) {
            throw (Error) c;
        }
        return new IllegalStateException(c);
    }
}
