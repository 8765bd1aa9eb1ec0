package org.nprand.bench.sbs;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
 * One call per JMH operation ({@code AverageTime}): scalar draws and single expensive calls, in
 * ns per call. The operation is chosen once per fork, so the call site is monomorphic and the
 * JIT inlines it as it would in a caller's loop. Run through {@code nprand-bench/compare.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(3)
@State(Scope.Thread)
public class SideBySideCall {

    @Param("rsRandScalar")
    public String op;

    private LongSupplier call;

    @Setup
    public void setup() {
        call = CallOps.create(op);
    }

    @Benchmark
    public long call() {
        return call.getAsLong();
    }
}
