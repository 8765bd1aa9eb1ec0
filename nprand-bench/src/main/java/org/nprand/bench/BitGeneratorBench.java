package org.nprand.bench;

import java.util.concurrent.TimeUnit;
import org.nprand.bitgen.SeedSequence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Seeding cost: SeedSequence construction and state generation (NumPy's default seeding path). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class BitGeneratorBench {

    @Benchmark
    public long[] seedSequenceGenerateState4x64() {
        return new SeedSequence(12345L).generateState64(4);
    }
}
