package org.nprand.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nprand.libm.lgpl.GlibcTrigProvider;
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
 * sin, cos, acos: {@link Libm} (glibc's exact FMA variant through nprand-libm-lgpl), the SSE2
 * variant, and {@link Math}/{@link StrictMath}, on the same inputs: sin/cos on [0, 2 pi) (the
 * samplers' range), acos on [-1, 1]. Time per call, 1024 calls per invocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TrigBench {

    private static final int N = 1024;
    private static final GlibcTrigProvider GLIBC = new GlibcTrigProvider();

    private final double[] angles = new double[N];
    private final double[] unit = new double[N];

    @Setup
    public void setup() {
        if (!Libm.trigIsExact()) {
            throw new IllegalStateException("nprand-libm-lgpl is not on the class path");
        }
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            angles[i] = r.nextDouble() * 2 * Math.PI;
            unit[i] = r.nextDouble() * 2 - 1;
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double libmSin() {
        double s = 0;
        for (double x : angles) {
            s += Libm.sin(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double glibcSinNofma() {
        double s = 0;
        for (double x : angles) {
            s += GLIBC.sin(x, false);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double mathSin() {
        double s = 0;
        for (double x : angles) {
            s += Math.sin(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double strictMathSin() {
        double s = 0;
        for (double x : angles) {
            s += StrictMath.sin(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double libmCos() {
        double s = 0;
        for (double x : angles) {
            s += Libm.cos(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double glibcCosNofma() {
        double s = 0;
        for (double x : angles) {
            s += GLIBC.cos(x, false);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double mathCos() {
        double s = 0;
        for (double x : angles) {
            s += Math.cos(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double strictMathCos() {
        double s = 0;
        for (double x : angles) {
            s += StrictMath.cos(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double libmAcos() {
        double s = 0;
        for (double x : unit) {
            s += Libm.acos(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double glibcAcosNofma() {
        double s = 0;
        for (double x : unit) {
            s += GLIBC.acos(x, false);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double mathAcos() {
        double s = 0;
        for (double x : unit) {
            s += Math.acos(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double strictMathAcos() {
        double s = 0;
        for (double x : unit) {
            s += StrictMath.acos(x);
        }
        return s;
    }
}
