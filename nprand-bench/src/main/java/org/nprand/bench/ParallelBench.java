package org.nprand.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.nprand.parallel.ParallelFill;
import org.nprand.parallel.StreamSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ParallelFill} on 1 and 2 threads, in ns per element: wall time (JMH's score) and, with
 * {@code -prof org.nprand.bench.CpuTimeProfiler}, the CPU time of the whole process
 * ({@code cpu.process}, the pool's threads included). The seek methods ({@code random},
 * {@code uniform}, float32 {@code random}, power-of-two {@code integers}, {@code bytes}) cut the
 * array into pieces each thread writes in place; the scan method ({@code standard_normal}) parses
 * regions speculatively and joins them in order. One operation fills 2^24 elements of
 * {@code Generator(PCG64(12345)).method(..., size=2**24)} on a pool made once per trial; the
 * threads=1 row is the plain sequential stream.
 *
 * <p>Run {@code nprand-bench/parallel-speedup.sh}: it builds the jar, runs this benchmark and
 * prints the medians over the measured iterations, the speed-ups and the load average.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@State(Scope.Benchmark)
public class ParallelBench {

    static final int N = 1 << 24;

    @Param({"random", "uniform", "random_float32", "integers_pow2", "bytes", "standard_normal"})
    public String method;

    @Param({"1", "2"})
    public int threads;

    private StreamSpec spec;
    private ExecutorService pool;
    private double[] doubles;
    private float[] floats;
    private long[] longs;
    private byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() {
        StreamSpec pcg = StreamSpec.of("PCG64", 12345);
        switch (method) {
            case "random" -> spec = pcg.random();
            case "uniform" -> spec = pcg.uniform(-1, 1);
            case "random_float32" -> spec = pcg.randomFloat();
            case "integers_pow2" -> spec = pcg.integers(0, 1 << 20);
            case "bytes" -> spec = pcg.bytes();
            case "standard_normal" -> spec = pcg.standardNormal();
            default -> throw new IllegalArgumentException(method);
        }
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parallel-bench");
            t.setDaemon(true);
            return t;
        });
        switch (spec.valueType()) {
            case FLOAT64 -> doubles = new double[N];
            case FLOAT32 -> floats = new float[N];
            case INT64 -> longs = new long[N];
            default -> bytes = new byte[N];
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object fill() {
        if (doubles != null) {
            return ParallelFill.fill(spec, doubles, pool, threads);
        }
        if (floats != null) {
            return ParallelFill.fill(spec, floats, pool, threads);
        }
        if (longs != null) {
            return ParallelFill.fill(spec, longs, pool, threads);
        }
        return ParallelFill.fill(spec, bytes, pool, threads);
    }
}
