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
 * Libm's log1p, expm1 (glibc, fdlibm lineage) and the float functions expf, logf, powf, log1pf
 * against {@link Math} on the same inputs (the samplers' ranges: NumPy's (0,1] grid, its float32
 * grid, exponents in [-50, 50]). Each benchmark evaluates {@value #N} inputs; scores are ns per call.
 * The float baselines are {@code (float) Math.f((double) x)}, Java's nearest equivalent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class FdlibmFloatBench {

    static final int N = 1024;

    double[] negU = new double[N];   // -U, U in (0,1]: log1p(-U)
    double[] expArg = new double[N]; // [-50, 50]
    float[] uf = new float[N];       // float32 grid (0,1]
    float[] negUf = new float[N];
    float[] expArgF = new float[N];  // [-80, 80]
    float[] invA = new float[N];     // 1/a, a in [0.05, 20]

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            double u = ((r.nextLong() >>> 11) + 1) * 0x1p-53;
            negU[i] = -u;
            expArg[i] = r.nextDouble() * 100 - 50;
            float f = ((r.nextInt() >>> 8) + 1) * 0x1p-24f;
            uf[i] = f;
            negUf[i] = -f;
            expArgF[i] = (float) (r.nextDouble() * 160 - 80);
            invA[i] = (float) (1.0 / (0.05 + r.nextDouble() * 19.95));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double log1pLibm() {
        double s = 0;
        for (double x : negU) {
            s += Libm.log1p(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double log1pMath() {
        double s = 0;
        for (double x : negU) {
            s += Math.log1p(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double expm1Libm() {
        double s = 0;
        for (double x : expArg) {
            s += Libm.expm1(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double expm1Math() {
        double s = 0;
        for (double x : expArg) {
            s += Math.expm1(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float expfLibm() {
        float s = 0;
        for (float x : expArgF) {
            s += Libm.expf(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float expfMath() {
        float s = 0;
        for (float x : expArgF) {
            s += (float) Math.exp(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float logfLibm() {
        float s = 0;
        for (float x : uf) {
            s += Libm.logf(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float logfMath() {
        float s = 0;
        for (float x : uf) {
            s += (float) Math.log(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float powfLibm() {
        float s = 0;
        for (int i = 0; i < N; i++) {
            s += Libm.powf(uf[i], invA[i]);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float powfMath() {
        float s = 0;
        for (int i = 0; i < N; i++) {
            s += (float) Math.pow(uf[i], invA[i]);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float log1pfLibm() {
        float s = 0;
        for (float x : negUf) {
            s += Libm.log1pf(x);
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public float log1pfMath() {
        float s = 0;
        for (float x : negUf) {
            s += (float) Math.log1p(x);
        }
        return s;
    }
}
