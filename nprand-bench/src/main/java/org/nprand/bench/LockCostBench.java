package org.nprand.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 *   <li>{@code *Plain}: the call as the API makes it (since issue 13 the API's own methods are
 *       {@code synchronized}, so this row is the locked API);</li>
 *   <li>{@code *Sync}: the call inside one more {@code synchronized (instance)} block (the lock
 *       taken again, as {@code NpRandom}'s module functions do around their global instance);</li>
 *   <li>{@code *Reentrant}: the call inside a {@link ReentrantLock} (the alternative to a
 *       monitor).</li>
 * </ul>
 * Before issue 13's change the {@code Plain} rows were unlocked and {@code Sync} minus
 * {@code Plain} was the cost of the lock; after it, {@code Plain} includes the API's lock and
 * {@code Sync} shows that a nested lock of the same monitor costs next to nothing.
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
    final ReentrantLock lock = new ReentrantLock();

    @Setup
    public void setUp() {
        rs = new RandomState(12345);
        rng = Generator.defaultRng(12345);
        py = new PyRandom(12345);
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
}
