package org.nprand.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.nprand.numpy.DType;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RandomState}'s distributions through each API path of the generic engine
 * ({@code org.nprand.internal.nd.Distribution}), in ns per value drawn:
 * <ul>
 *   <li>{@code *Scalar}: one {@code size=None} call ({@code rs.normal(0, 1)});</li>
 *   <li>{@code *Bulk}: the allocating sized call ({@code rs.normal(0, 1, 100_000)}), per value;</li>
 *   <li>{@code *Fill}: the same into a preallocated array ({@code rs.normal(0, 1, out)}), for
 *       the float64 methods that have that form;</li>
 *   <li>{@code *Broadcast}: the n-d path, one parameter a 1,000-element array broadcast against
 *       {@code size=(100, 1000)}, per value. The array is constant (e.g. every shape 0.5) so
 *       the kernel takes the same branch as in the scalar-parameter rows and the difference is
 *       the broadcast machinery (BTPE/inversion keep their cached set-up, as in NumPy);</li>
 *   <li>{@code npRandomNormalScalar}: {@link NpRandom#normal(double, double)}, the module function
 *       through its lock (uncontended);</li>
 *   <li>{@code randomSampleBulk}: {@code random_sample(100_000)}, a baseline: MT19937's bulk
 *       doubles with no kernel call in between;</li>
 *   <li>{@code *Polluted}: normal's and uniform's scalar/bulk/broadcast paths after the same fork has also
 *       run uniform, gamma, beta and normal through them, so the engine's shared call sites
 *       ({@code Kernel.D2.sample} in {@code Distribution}) see several kernels, as in an
 *       application using more than one distribution (each unpolluted row runs in its own fork
 *       and sees one kernel only, the best case).</li>
 * </ul>
 * Op names match {@code nprand-bench/python/numpy_side.py}; {@code nprand-bench/run-side-by-side.sh}
 * runs both. Seeded {@code RandomState(12345)} (MT19937, legacy seeding), as the Python side.
 * Use {@code -prof org.nprand.bench.CpuTimeProfiler} for CPU time per op next to JMH's wall time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RandomStateDistributionsBench {

    /** Values per bulk, fill and broadcast call. */
    static final int N = 100_000;
    /** The broadcast rows' output shape: 100 rows of the 1,000-element parameter. */
    static final int[] SIZE_2D = {100, 1000};
    static final int P = 1000;

    RandomState rs;
    double[] out;

    NdArray locArr;      // normal: loc linspace(-1, 1, 1000), scale 1
    NdArray zero;
    NdArray one;
    NdArray shape05Arr;  // gamma shape arrays, scale 1
    NdArray shape1Arr;
    NdArray shape35Arr;
    NdArray lam3Arr;     // poisson
    NdArray lam50Arr;
    NdArray n20;         // binomial: n scalar (int64), p array
    NdArray n1000;
    NdArray p03Arr;
    NdArray p04Arr;
    NdArray a05Arr;      // beta: a array, b scalar
    NdArray b05;
    NdArray a2Arr;
    NdArray b3;
    NdArray lowArr;      // uniform: low linspace(0, 1, 1000), high 2
    NdArray two;
    NdArray randintLow;  // randint: low 1, high an array of 1000 x 100
    NdArray randintHighArr;

    @Setup
    public void setup() {
        rs = new RandomState(12345L);
        out = new double[N];
        locArr = NdArray.of(linspace(-1, 1));
        zero = NdArray.of(0.0);
        one = NdArray.of(1.0);
        shape05Arr = full(0.5);
        shape1Arr = full(1.0);
        shape35Arr = full(3.5);
        lam3Arr = full(3.0);
        lam50Arr = full(50.0);
        n20 = NdArray.ofInt(20);
        n1000 = NdArray.ofInt(1000);
        p03Arr = full(0.3);
        p04Arr = full(0.4);
        a05Arr = full(0.5);
        b05 = NdArray.of(0.5);
        a2Arr = full(2.0);
        b3 = NdArray.of(3.0);
        lowArr = NdArray.of(linspace(0, 1));
        two = NdArray.of(2.0);
        randintLow = NdArray.ofInt(1);
        long[] highs = new long[P];
        Arrays.fill(highs, 100);
        randintHighArr = NdArray.ofInts(highs);
    }

    static NdArray full(double v) {
        double[] a = new double[P];
        Arrays.fill(a, v);
        return NdArray.of(a);
    }

    /** {@code np.linspace(lo, hi, 1000)}. */
    static double[] linspace(double lo, double hi) {
        double[] a = new double[P];
        double step = (hi - lo) / (P - 1);
        for (int i = 0; i < P; i++) {
            a[i] = lo + i * step;
        }
        a[P - 1] = hi;
        return a;
    }

    // ---- normal ----------------------------------------------------------------------------

    @Benchmark
    public double normalScalar() {
        return rs.normal(0.0, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] normalBulk() {
        return rs.normal(0.0, 1.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] normalFill() {
        return rs.normal(0.0, 1.0, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray normalBroadcast() {
        return rs.normal(locArr, one, SIZE_2D);
    }

    @Benchmark
    public double npRandomNormalScalar() {
        return NpRandom.normal(0.0, 1.0);
    }

    // ---- normal with the engine's call sites shared by several kernels ----------------------

    /** Runs uniform, gamma, beta and normal through every path before the measurement. */
    @State(Scope.Thread)
    public static class Polluted {
        @Setup(Level.Trial)
        public void pollute() {
            RandomState r = new RandomState(1L);
            NdArray one = NdArray.of(1.0);
            double[] buf = new double[N];
            double sink = 0;
            for (int round = 0; round < 40; round++) {
                sink += r.uniform(0.0, 1.0, N)[0] + r.gamma(2.0, 1.0, N)[0] + r.beta(2.0, 3.0, N)[0]
                        + r.normal(0.0, 1.0, N)[0];
                sink += r.uniform(0.0, 1.0, buf)[1] + r.gamma(2.0, 1.0, buf)[1] + r.beta(2.0, 3.0, buf)[1]
                        + r.normal(0.0, 1.0, buf)[1];
                for (int i = 0; i < 5_000; i++) {
                    sink += r.uniform(0.0, 1.0) + r.gamma(2.0, 1.0) + r.beta(2.0, 3.0) + r.normal(0.0, 1.0);
                }
                if (round % 4 == 0) {
                    sink += r.uniform(NdArray.of(linspace(0, 1)), NdArray.of(2.0), SIZE_2D).doubles()[0]
                            + r.gamma(full(3.5), one, SIZE_2D).doubles()[0]
                            + r.beta(full(2.0), NdArray.of(3.0), SIZE_2D).doubles()[0]
                            + r.normal(NdArray.of(linspace(-1, 1)), one, SIZE_2D).doubles()[0];
                }
            }
            if (sink == 42.0) {
                System.out.println(sink);
            }
        }
    }

    @Benchmark
    public double normalScalarPolluted(Polluted p) {
        return rs.normal(0.0, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] normalBulkPolluted(Polluted p) {
        return rs.normal(0.0, 1.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray normalBroadcastPolluted(Polluted p) {
        return rs.normal(locArr, one, SIZE_2D);
    }

    // ---- gamma: shape 0.5 (rejection), 1 (exponential), 3.5 (Marsaglia-Tsang) ----------------

    @Benchmark
    public double gamma05Scalar() {
        return rs.gamma(0.5, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] gamma05Bulk() {
        return rs.gamma(0.5, 1.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] gamma05Fill() {
        return rs.gamma(0.5, 1.0, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray gamma05Broadcast() {
        return rs.gamma(shape05Arr, one, SIZE_2D);
    }

    @Benchmark
    public double gamma1Scalar() {
        return rs.gamma(1.0, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] gamma1Bulk() {
        return rs.gamma(1.0, 1.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] gamma1Fill() {
        return rs.gamma(1.0, 1.0, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray gamma1Broadcast() {
        return rs.gamma(shape1Arr, one, SIZE_2D);
    }

    @Benchmark
    public double gamma35Scalar() {
        return rs.gamma(3.5, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] gamma35Bulk() {
        return rs.gamma(3.5, 1.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] gamma35Fill() {
        return rs.gamma(3.5, 1.0, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray gamma35Broadcast() {
        return rs.gamma(shape35Arr, one, SIZE_2D);
    }

    // ---- poisson: lam 3 (multiplication), lam 50 (PTRS); int64 results, no fill form ---------

    @Benchmark
    public long poisson3Scalar() {
        return rs.poisson(3.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] poisson3Bulk() {
        return rs.poisson(3.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray poisson3Broadcast() {
        return rs.poisson(lam3Arr, SIZE_2D);
    }

    @Benchmark
    public long poisson50Scalar() {
        return rs.poisson(50.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] poisson50Bulk() {
        return rs.poisson(50.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray poisson50Broadcast() {
        return rs.poisson(lam50Arr, SIZE_2D);
    }

    // ---- binomial: inversion (n=20, p=0.3), BTPE (n=1000, p=0.4); no fill form ---------------

    @Benchmark
    public long binomialInvScalar() {
        return rs.binomial(20L, 0.3);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] binomialInvBulk() {
        return rs.binomial(20L, 0.3, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray binomialInvBroadcast() {
        return rs.binomial(n20, p03Arr, SIZE_2D);
    }

    @Benchmark
    public long binomialBtpeScalar() {
        return rs.binomial(1000L, 0.4);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] binomialBtpeBulk() {
        return rs.binomial(1000L, 0.4, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray binomialBtpeBroadcast() {
        return rs.binomial(n1000, p04Arr, SIZE_2D);
    }

    // ---- standard_normal (no parameters: no broadcast form) ---------------------------------

    @Benchmark
    public double standardNormalScalar() {
        return rs.standardNormal();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] standardNormalBulk() {
        return rs.standardNormal(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] standardNormalFill() {
        return rs.standardNormal(out);
    }

    // ---- beta: (0.5, 0.5) Johnk, (2, 3) gamma ratio -------------------------------------------

    @Benchmark
    public double betaHalfScalar() {
        return rs.beta(0.5, 0.5);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] betaHalfBulk() {
        return rs.beta(0.5, 0.5, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] betaHalfFill() {
        return rs.beta(0.5, 0.5, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray betaHalfBroadcast() {
        return rs.beta(a05Arr, b05, SIZE_2D);
    }

    @Benchmark
    public double beta23Scalar() {
        return rs.beta(2.0, 3.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] beta23Bulk() {
        return rs.beta(2.0, 3.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] beta23Fill() {
        return rs.beta(2.0, 3.0, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray beta23Broadcast() {
        return rs.beta(a2Arr, b3, SIZE_2D);
    }

    // ---- uniform ----------------------------------------------------------------------------

    @Benchmark
    public double uniformScalar() {
        return rs.uniform(0.0, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] uniformBulk() {
        return rs.uniform(0.0, 1.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] uniformFill() {
        return rs.uniform(0.0, 1.0, out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray uniformBroadcast() {
        return rs.uniform(lowArr, two, SIZE_2D);
    }

    @Benchmark
    public double uniformScalarPolluted(Polluted p) {
        return rs.uniform(0.0, 1.0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] uniformBulkPolluted(Polluted p) {
        return rs.uniform(0.0, 1.0, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray uniformBroadcastPolluted(Polluted p) {
        return rs.uniform(lowArr, two, SIZE_2D);
    }

    /** Baseline: {@code random_sample(size)}, the bit generator's bulk doubles (no kernel call). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double[] randomSampleBulk() {
        return rs.randomSample(N);
    }

    // ---- standard_exponential (no parameters: no broadcast form) ----------------------------

    @Benchmark
    public double standardExponentialScalar() {
        return rs.standardExponential();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] standardExponentialBulk() {
        return rs.standardExponential(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] standardExponentialFill() {
        return rs.standardExponential(out);
    }

    // ---- randint(1, 100): int64 results, no fill form ------------------------------------------

    @Benchmark
    public long randintScalar() {
        return rs.randint(1L, 100L);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] randintBulk() {
        return rs.randint(1L, 100L, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NdArray randintBroadcast() {
        return rs.randint(randintLow, randintHighArr, SIZE_2D, DType.INT64);
    }
}
