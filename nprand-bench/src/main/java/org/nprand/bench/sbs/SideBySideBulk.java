package org.nprand.bench.sbs;

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
        HeapWarming.untilCollected(call::get);
    }

    @Benchmark
    public Object bulk() {
        return call.get();
    }
}
