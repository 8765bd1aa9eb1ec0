package org.nprand.bench.sbs;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One bulk call per measurement ({@code SingleShotTime}): {@code op} at size {@code n}, in ns
 * per call; the runner ({@code nprand-bench/compare.sh}) divides by the values per call and
 * reads CPU time from {@code org.nprand.bench.CpuTimeProfiler}. A call of 10^7 values runs for
 * milliseconds, so a single shot is long enough to time, and warm-up shots get the loops
 * compiled. Run through the script, which passes {@code -p op=...} and {@code -p n=...}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(3)
@State(Scope.Thread)
public class SideBySideBulk {

    @Param("rsRand")
    public String op;

    @Param("10000000")
    public int n;

    private Supplier<Object> call;

    @Setup
    public void setup() {
        call = BulkOps.create(op, n);
        warmHeap();
    }

    /** Calls at most this many times in {@link #warmHeap()}. */
    private static final int MAX_HEAP_WARMING_CALLS = 64;

    /**
     * An allocating op's first calls get fresh heap from the collector, and the first touch of
     * each fresh page (a page fault) costs more than the call itself: 58 ms per call of
     * {@code rng.integers(0, 100, INT16, false, new short[n])} before the first collection,
     * 13 ms after it. A long-running program allocates from memory the collector has freed, so
     * an op that allocates (more than 1 MB a call) is called here until a collection has run,
     * and the measured shots see the heap as such a program's calls do. A fill op allocates
     * nothing and is left alone.
     */
    private void warmHeap() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        call.get();
        if (threads.getCurrentThreadAllocatedBytes() - before < (1L << 20)) {
            return;
        }
        long collections = collections();
        for (int i = 0; i < MAX_HEAP_WARMING_CALLS && collections() == collections; i++) {
            call.get();
        }
    }

    private static long collections() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    @Benchmark
    public Object bulk() {
        return call.get();
    }
}
