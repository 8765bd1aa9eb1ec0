package org.nprand.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SFC64;
import org.nprand.numpy.DType;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;
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
 * The raw streams and what is built directly on them, in ns per value (scalar rows: per call;
 * seeding and jump rows: per call): the bit generators' {@code random_raw}, uniform doubles in
 * the allocating and fill forms, bounded integers ({@code randint}/{@code integers}, small and
 * 64-bit ranges, several dtypes), {@code bytes}, shuffles and permutations, MT19937's
 * {@code jumped}, CPython's {@code random.Random} (seeding from a long str and a long int,
 * list shuffle, scalar calls) and the scalar calls of RandomState and Generator.
 *
 * <p>Op names match {@code nprand-bench/python/numpy_side.py}, which times the same calls in
 * NumPy and CPython; {@code nprand-bench/run-side-by-side.sh} runs both. Seeds: RandomState(12345)
 * (legacy MT19937), {@code default_rng(12345)} (PCG64), each bit generator {@code X(12345)},
 * {@code random.Random(12345)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Thread)
public class StreamsBench {

    /** Values per bulk call. */
    static final int N = 100_000;
    /** Elements of the shuffled lists (CPython's and RandomState's list shuffles). */
    static final int LIST_N = 1_000_000;
    /** Characters of the str seed, and bits / 8 of the int seed. */
    static final int SEED_LEN = 1_000_000;

    RandomState rs;
    Generator rng;
    Generator mtRng;
    MT19937 mt;
    PCG64 pcg64;
    PCG64DXSM pcg64dxsm;
    Philox philox;
    SFC64 sfc64;
    PyRandom py;
    double[] out;
    double[] shuffled;
    List<Long> list;
    String strSeed;
    BigInteger intSeed;

    @Setup
    public void setup() {
        rs = new RandomState(12345L);
        rng = Generator.defaultRng(12345L);
        mtRng = new Generator(new MT19937(12345L));
        mt = new MT19937(12345L);
        pcg64 = new PCG64(12345L);
        pcg64dxsm = new PCG64DXSM(12345L);
        philox = new Philox(12345L);
        sfc64 = new SFC64(12345L);
        py = new PyRandom(12345L);
        out = new double[N];
        shuffled = new double[N];
        for (int i = 0; i < N; i++) {
            shuffled[i] = i;
        }
        list = new ArrayList<>(LIST_N);
        for (long i = 0; i < LIST_N; i++) {
            list.add(i);
        }
        // Python: "".join(chr(97 + i % 26) for i in range(SEED_LEN)); (2**(8*SEED_LEN) - 1) // 3
        StringBuilder sb = new StringBuilder(SEED_LEN);
        for (int i = 0; i < SEED_LEN; i++) {
            sb.append((char) ('a' + i % 26));
        }
        strSeed = sb.toString();
        intSeed = BigInteger.ONE.shiftLeft(8 * SEED_LEN).subtract(BigInteger.ONE).divide(BigInteger.valueOf(3));
    }

    // ---- raw streams ----------------------------------------------------------------------------

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] mt19937RawBulk() {
        return mt.randomRaw(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] pcg64RawBulk() {
        return pcg64.randomRaw(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] pcg64dxsmRawBulk() {
        return pcg64dxsm.randomRaw(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] philoxRawBulk() {
        return philox.randomRaw(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] sfc64RawBulk() {
        return sfc64.randomRaw(N);
    }

    // ---- uniform doubles --------------------------------------------------------------------

    /** {@code rs.rand(N)}'s fill form; NumPy has no out= here (its allocating call stands in). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double[] randomSampleFill() {
        return rs.randomSample(out);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] generatorRandomBulk() {
        return rng.random(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] generatorRandomFill() {
        return rng.random(out);
    }

    /** {@code Generator(MT19937(12345)).random(out=out)}: MT19937's bulk doubles. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double[] mt19937RandomFill() {
        return mtRng.random(out);
    }

    // ---- bounded integers -------------------------------------------------------------------

    /** {@code rs.randint(0, 2**62, N)}: masked rejection over 64-bit words. */
    @Benchmark
    @OperationsPerInvocation(N)
    public long[] randint64Bulk() {
        return rs.randint(0L, 1L << 62, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] randintInt32Bulk() {
        return rs.randint(1L, 100L, new int[] {N}, DType.INT32);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] randintInt16Bulk() {
        return rs.randint(1L, 100L, new int[] {N}, DType.INT16);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] randintUint8Bulk() {
        return rs.randint(1L, 100L, new int[] {N}, DType.UINT8);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] randintBoolBulk() {
        return rs.randint(0L, 2L, new int[] {N}, DType.BOOL);
    }

    /** {@code rng.integers(0, 100, N)}: Lemire over 32-bit words. */
    @Benchmark
    @OperationsPerInvocation(N)
    public long[] integersBulk() {
        return rng.integers(0L, 100L, N);
    }

    /** {@code rng.integers(0, 2**62, N)}: Lemire over 64-bit words. */
    @Benchmark
    @OperationsPerInvocation(N)
    public long[] integers64Bulk() {
        return rng.integers(0L, 1L << 62, N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] integersInt32Bulk() {
        return rng.integers(BigInteger.ZERO, BigInteger.valueOf(100), new int[] {N}, DType.INT32, false);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] integersUint8Bulk() {
        return rng.integers(BigInteger.ZERO, BigInteger.valueOf(100), new int[] {N}, DType.UINT8, false);
    }

    /** {@code rs.bytes(4 * N)}, per byte. */
    @Benchmark
    @OperationsPerInvocation(4 * N)
    public byte[] bytesBulk() {
        return rs.bytes(4L * N);
    }

    // ---- shuffles ---------------------------------------------------------------------------

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] permutationBulk() {
        return rs.permutation(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] shuffleBulk() {
        rs.shuffle(shuffled);
        return shuffled;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long[] generatorPermutationBulk() {
        return rng.permutation(N);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double[] generatorShuffleBulk() {
        rng.shuffle(shuffled);
        return shuffled;
    }

    /** {@code rs.shuffle(lst)} for a Python list of 10**6 ints. */
    @Benchmark
    @OperationsPerInvocation(LIST_N)
    public List<Long> shuffleListBulk() {
        rs.shuffle(list);
        return list;
    }

    // ---- MT19937.jumped ------------------------------------------------------------------------

    /** {@code MT19937(12345).jumped()}, per call. */
    @Benchmark
    public MT19937 mt19937Jumped() {
        return mt.jumped();
    }

    // ---- CPython's random.Random -------------------------------------------------------------

    /** {@code r.seed(s)} for a str of 10**6 characters, per call. */
    @Benchmark
    public PyRandom pySeedStr() {
        py.seed(strSeed);
        return py;
    }

    /** {@code r.seed(n)} for an int of 8 * 10**6 bits, per call. */
    @Benchmark
    public PyRandom pySeedInt() {
        py.seed(intSeed);
        return py;
    }

    /** {@code r.shuffle(lst)} for a list of 10**6 ints. */
    @Benchmark
    @OperationsPerInvocation(LIST_N)
    public List<Long> pyShuffleListBulk() {
        py.shuffle(list);
        return list;
    }

    @Benchmark
    public double pyRandomScalar() {
        return py.random();
    }

    @Benchmark
    public long pyRandintScalar() {
        return py.randint(1L, 100L);
    }

    @Benchmark
    public double pyGaussScalar() {
        return py.gauss();
    }

    // ---- scalar calls ---------------------------------------------------------------------------

    @Benchmark
    public double randScalar() {
        return rs.rand();
    }

    @Benchmark
    public long randint64Scalar() {
        return rs.randint(0L, 1L << 62);
    }

    @Benchmark
    public long npRandomRandintScalar() {
        return NpRandom.randint(1L, 100L);
    }

    @Benchmark
    public double generatorRandomScalar() {
        return rng.random();
    }

    @Benchmark
    public long integersScalar() {
        return rng.integers(0L, 10L);
    }

    @Benchmark
    public double generatorStandardNormalScalar() {
        return rng.standardNormal();
    }
}
