package org.nprand.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.MT19937;
import org.nprand.numpy.Generator;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a per-call lock costs the scalar calls of issue 14's targets, uncontended (one thread), in
 * ns per call: each op three ways,
 * <ul>
 *   <li>{@code *Plain}: the call as the API makes it (every public method holds the instance's
 *       {@code CallLock}: one compare-and-set to take it, a release store to give it back);</li>
 *   <li>{@code *Sync}: the call inside a {@code synchronized (instance)} block, a monitor around
 *       the API's own lock: {@code Sync} minus {@code Plain} is what a {@code synchronized}
 *       method costs (the mechanism issue 13 used: a compare-and-set in and one out);</li>
 *   <li>{@code *Reentrant}: the call inside a {@link ReentrantLock} (a compare-and-set in, a
 *       volatile store out).</li>
 * </ul>
 *
 * <p>The {@code *Unlocked} rows are the lock-free baseline: the same draws made straight on a
 * bit generator of the same kind and seed (which no lock covers), as the locked call makes them:
 * {@code rand()} and {@code random()} are the bit generator's {@code next_double};
 * {@code randint(1, 100)} is the legacy masked rejection on 32-bit words
 * ({@code nextMaskedUInt32}, MT19937's two-candidates-at-a-time loop); {@code integers(0, 10)}
 * is Lemire's bounded draw on a 32-bit word; {@code PyRandom.random()} is MT19937's
 * {@code next_double}, the same two-word formula as CPython's {@code random()}. {@code Plain}
 * minus {@code Unlocked} bounds what the lock, the argument checks and the dispatch cost together.
 *
 * <p>{@code compareAndSetAlone} minus {@code lcgStepAlone} is the atomic instruction itself, as the
 * lock makes it (a compare-and-set in, a release store out), on this host.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Thread)
public class LockCostBench {

    RandomState rs;
    Generator rng;
    PyRandom py;
    BitGenerator rsBits;
    BitGenerator rngBits;
    BitGenerator pyBits;
    final ReentrantLock lock = new ReentrantLock();

    @Setup
    public void setUp() {
        rs = new RandomState(12345);
        rng = Generator.defaultRng(12345);
        py = new PyRandom(12345);
        rsBits = new RandomState(12345).bitGenerator(); // MT19937, as rs's, drawn from directly
        rngBits = Generator.defaultRng(12345).bitGenerator(); // PCG64, as rng's
        pyBits = new MT19937(12345);
    }

    @Benchmark
    public double rsRandUnlocked() {
        return rsBits.nextDouble();
    }

    @Benchmark
    public long rsRandintUnlocked() {
        // randint(1, 100): rng = 99, mask = 127, masked rejection on 32-bit words, through the
        // bit generator's own loop as the locked call draws it (MT19937's: two candidates a time)
        return 1 + (rsBits.nextMaskedUInt32(127, 99) & 0xFFFFFFFFL);
    }

    @Benchmark
    public double rngRandomUnlocked() {
        return rngBits.nextDouble();
    }

    @Benchmark
    public long rngIntegersUnlocked() {
        // integers(0, 10): Lemire's method on a 32-bit word, range 10
        long m = (rngBits.nextUInt32() & 0xFFFFFFFFL) * 10L;
        long leftover = m & 0xFFFFFFFFL;
        if (leftover < 10L) {
            long threshold = (0x100000000L - 10L) % 10L;
            while (leftover < threshold) {
                m = (rngBits.nextUInt32() & 0xFFFFFFFFL) * 10L;
                leftover = m & 0xFFFFFFFFL;
            }
        }
        return m >>> 32;
    }

    @Benchmark
    public double pyRandomUnlocked() {
        return pyBits.nextDouble();
    }

    @Benchmark
    public double rsRandPlain() {
        return rs.rand();
    }

    @Benchmark
    public double rsRandSync() {
        synchronized (rs) {
            return rs.rand();
        }
    }

    @Benchmark
    public double rsRandReentrant() {
        lock.lock();
        try {
            return rs.rand();
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public long rsRandintPlain() {
        return rs.randint(1, 100);
    }

    @Benchmark
    public long rsRandintSync() {
        synchronized (rs) {
            return rs.randint(1, 100);
        }
    }

    @Benchmark
    public long rsRandintReentrant() {
        lock.lock();
        try {
            return rs.randint(1, 100);
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public double rngRandomPlain() {
        return rng.random();
    }

    @Benchmark
    public double rngRandomSync() {
        synchronized (rng) {
            return rng.random();
        }
    }

    @Benchmark
    public double rngRandomReentrant() {
        lock.lock();
        try {
            return rng.random();
        } finally {
            lock.unlock();
        }
    }

    @Benchmark
    public long rngIntegersPlain() {
        return rng.integers(0, 10);
    }

    @Benchmark
    public long rngIntegersSync() {
        synchronized (rng) {
            return rng.integers(0, 10);
        }
    }

    @Benchmark
    public double rngStandardNormalPlain() {
        return rng.standardNormal();
    }

    @Benchmark
    public double rngStandardNormalSync() {
        synchronized (rng) {
            return rng.standardNormal();
        }
    }

    @Benchmark
    public double pyRandomPlain() {
        return py.random();
    }

    @Benchmark
    public double pyRandomSync() {
        synchronized (py) {
            return py.random();
        }
    }

    @Benchmark
    public long pyRandintPlain() {
        return py.randint(1, 100);
    }

    @Benchmark
    public long pyRandintSync() {
        synchronized (py) {
            return py.randint(1, 100);
        }
    }

    /** A flag for {@link #compareAndSetAlone}: FREE 0, taken 1. */
    volatile int flag;
    long word;
    private static final VarHandle FLAG;

    static {
        try {
            FLAG = MethodHandles.lookup().findVarHandle(LockCostBench.class, "flag", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The atomic instruction alone, as the API's lock makes it: a compare-and-set in, a release
     * store out, around one step of a 64-bit LCG (what the host charges for the compare-and-set,
     * beside {@link #lcgStepAlone}).
     */
    @Benchmark
    public long compareAndSetAlone() {
        if (!FLAG.compareAndSet(this, 0, 1)) {
            throw new IllegalStateException("taken");
        }
        long x = word * 6364136223846793005L + 1442695040888963407L;
        word = x;
        FLAG.setRelease(this, 0);
        return x;
    }

    /** {@link #compareAndSetAlone} without the compare-and-set and the release store. */
    @Benchmark
    public long lcgStepAlone() {
        long x = word * 6364136223846793005L + 1442695040888963407L;
        word = x;
        return x;
    }
}
