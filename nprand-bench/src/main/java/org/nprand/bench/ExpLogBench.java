package org.nprand.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nprand.math.Libm;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * nprand's exact glibc log, exp, pow and log2 ({@link Libm}, the variant chosen by
 * {@code -Dnprand.libm}, FMA by default) against {@link Math} on the same inputs, in ns per call.
 * Inputs are what the samplers pass: NumPy's (0,1] grid for log/log2/pow's base, pow exponents
 * 1/a with a in [0.05, 20], exp arguments over [-745, 710].
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ExpLogBench {

    private static final int N = 1024;

    private final double[] unit = new double[N];
    private final double[] expArg = new double[N];
    private final double[] powY = new double[N];

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            unit[i] = ((r.nextLong() >>> 11) + 1) * 0x1p-53;
            expArg[i] = -745 + 1455 * ((r.nextLong() >>> 11) * 0x1p-53);
            powY[i] = 1.0 / (0.05 + 19.95 * ((r.nextLong() >>> 11) * 0x1p-53));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double logLibm() {
        double s = 0;
        for (double x : unit) {
            s += Libm.log(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double logMath() {
        double s = 0;
        for (double x : unit) {
            s += Math.log(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double expLibm() {
        double s = 0;
        for (double x : expArg) {
            s += Libm.exp(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double expMath() {
        double s = 0;
        for (double x : expArg) {
            s += Math.exp(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double powLibm() {
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += Libm.pow(unit[i], powY[i]);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double powMath() {
        double s = 0;
        for (int i = 0; i < N; i++) {
            s += Math.pow(unit[i], powY[i]);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double log2Libm() {
        double s = 0;
        for (double x : unit) {
            s += Libm.log2(x);
        }
        return s;
    }

    /** Java has no log2: Math.log(x) / ln 2 is the usual stand-in (not exact). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double log2Math() {
        double s = 0;
        for (double x : unit) {
            s += Math.log(x) * 1.4426950408889634;
        }
        return s;
    }
}
