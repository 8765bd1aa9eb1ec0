package org.nprand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nprand.bitgen.MT19937;
import org.nprand.bitgen.PCG64;
import org.nprand.bitgen.PCG64DXSM;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SFC64;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NpRandom;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;
import org.nprand.python.PyRandomModule;

/**
 * Shared instances (issue 13): several threads making the same call on one {@link RandomState},
 * {@link Generator}, {@link PyRandom}, and through the module functions ({@link NpRandom},
 * {@link PyRandomModule}), give the sequential stream's results: the multiset of the calls'
 * answers (each answer whole, an array compared as one value) equals that of the same number of
 * calls made one after the other on a fresh instance, and no thread sees an exception. The calls
 * chosen draw a fixed or a varying number of words (rejection sampling), keep state between calls
 * (the legacy Gaussian's cached second value, the Generator's buffered 32-bit half), or fill arrays.
 */
class ConcurrencyTest {

    private static final int THREADS = 6;

    /** Runs {@code calls} calls of {@code call} on {@code THREADS} threads; their answers, keyed. */
    private static <T> Map<String, Integer> concurrently(T shared, Function<T, Object> call, int calls) {
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        int perThread = calls / THREADS;
        for (int t = 0; t < THREADS; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    List<String> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(key(call.apply(shared)));
                    }
                    answers.addAll(mine);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : threads) {
            try {
                th.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(failures.isEmpty(), () -> "a thread failed: " + failures.peek());
        return count(answers);
    }

    /** The same number of calls, one after the other. */
    private static <T> Map<String, Integer> sequentially(T fresh, Function<T, Object> call, int calls) {
        List<String> answers = new ArrayList<>(calls);
        for (int i = 0; i < (calls / THREADS) * THREADS; i++) {
            answers.add(key(call.apply(fresh)));
        }
        return count(answers);
    }

    private static <T> void sameStream(String what, Supplier<T> make, Function<T, Object> call, int calls) {
        Map<String, Integer> expected = sequentially(make.get(), call, calls);
        Map<String, Integer> actual = concurrently(make.get(), call, calls);
        assertEquals(expected.values().stream().mapToInt(Integer::intValue).sum(),
                actual.values().stream().mapToInt(Integer::intValue).sum(), what + ": answers");
        assertTrue(expected.equals(actual), what + ": the shared instance's answers are not the sequential stream's");
    }

    /** An answer as a value: arrays by content, so a call's draws are compared together. */
    private static String key(Object v) {
        if (v instanceof double[]) {
            long[] bits = new long[((double[]) v).length];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = Double.doubleToRawLongBits(((double[]) v)[i]);
            }
            return Arrays.toString(bits);
        }
        if (v instanceof Double) {
            return Long.toString(Double.doubleToRawLongBits((Double) v));
        }
        if (v instanceof long[]) {
            return Arrays.toString((long[]) v);
        }
        if (v instanceof byte[]) {
            return Arrays.toString((byte[]) v);
        }
        return String.valueOf(v);
    }

    private static Map<String, Integer> count(Iterable<String> keys) {
        Map<String, Integer> m = new HashMap<>();
        for (String k : keys) {
            m.merge(k, 1, Integer::sum);
        }
        return m;
    }

    @Test
    void aSharedRandomStateGivesTheSequentialStream() {
        Supplier<RandomState> rs = () -> new RandomState(12345);
        sameStream("RandomState.randomSample()", rs, RandomState::randomSample, 240_000);
        sameStream("RandomState.standardNormal() (Gaussian cache)", rs, RandomState::standardNormal, 120_000);
        sameStream("RandomState.randint(1, 100)", rs, r -> r.randint(1, 100), 120_000);
        sameStream("RandomState.normal(0, 1, 7)", rs, r -> r.normal(0, 1, 7), 30_000);
        sameStream("RandomState.standardGamma(0.5, 9) (rejection)", rs, r -> r.standardGamma(0.5, 9), 30_000);
        sameStream("RandomState.randint(0, 1000, 11)", rs, r -> r.randint(0, 1000, 11), 30_000);
        sameStream("RandomState.poisson(40, 5)", rs, r -> r.poisson(40, 5), 30_000);
        sameStream("RandomState.bytes(13)", rs, r -> r.bytes(13), 30_000);
        sameStream("RandomState.permutation(20)", rs, r -> r.permutation(20), 12_000);
    }

    @Test
    void aSharedGeneratorGivesTheSequentialStreamOnEveryBitGenerator() {
        List<Supplier<Generator>> makers = List.of(
                () -> new Generator(new PCG64(7)), () -> new Generator(new MT19937(7)),
                () -> new Generator(new PCG64DXSM(7)), () -> new Generator(new Philox(7)),
                () -> new Generator(new SFC64(7)));
        for (Supplier<Generator> g : makers) {
            String name = g.get().bitGenerator().name();
            sameStream(name + " random()", g, Generator::random, 120_000);
            sameStream(name + " integers(0, 10) (buffered 32-bit half)", g, r -> r.integers(0, 10), 120_000);
            sameStream(name + " standardNormal()", g, Generator::standardNormal, 60_000);
            sameStream(name + " normal(0, 1, 5)", g, r -> r.normal(0, 1, 5), 12_000);
            sameStream(name + " gamma(0.3, 1, 6) (rejection)", g, r -> r.gamma(0.3, 1, 6), 12_000);
        }
    }

    @Test
    void aSharedPyRandomGivesTheSequentialStream() {
        Supplier<PyRandom> py = () -> new PyRandom(2024);
        sameStream("PyRandom.random()", py, PyRandom::random, 240_000);
        sameStream("PyRandom.randint(1, 100)", py, r -> r.randint(1, 100), 120_000);
        sameStream("PyRandom.gauss() (gauss_next)", py, PyRandom::gauss, 120_000);
        sameStream("PyRandom.getrandbits(200)", py, r -> r.getrandbits(200), 60_000);
        sameStream("PyRandom.sample(range(50), 5)", py, r -> Arrays.toString(r.sample(50, 5)), 30_000);
    }

    @Test
    void theModuleFunctionsGiveTheSequentialStream() {
        // NpRandom and PyRandomModule hold one global instance each: seeded, then shared.
        NpRandom.seed(99);
        Map<String, Integer> np = concurrently(null, x -> NpRandom.normal(0, 1, 3), 60_000);
        RandomState fresh = new RandomState(99);
        assertEquals(sequentially(fresh, r -> r.normal(0, 1, 3), 60_000), np, "NpRandom.normal(0, 1, 3)");
        NpRandom.seed(99);
        Map<String, Integer> npScalar = concurrently(null, x -> NpRandom.standardNormal(), 60_000);
        assertEquals(sequentially(new RandomState(99), RandomState::standardNormal, 60_000), npScalar,
                "NpRandom.standardNormal()");

        PyRandomModule.seed(5);
        Map<String, Integer> py = concurrently(null, x -> PyRandomModule.random(), 120_000);
        assertEquals(sequentially(new PyRandom(5), PyRandom::random, 120_000), py, "PyRandomModule.random()");
        PyRandomModule.seed(5);
        Map<String, Integer> pyGauss = concurrently(null, x -> PyRandomModule.gauss(0, 1), 60_000);
        assertEquals(sequentially(new PyRandom(5), r -> r.gauss(0, 1), 60_000), pyGauss, "PyRandomModule.gauss(0, 1)");
    }

    /**
     * Threads that each draw blocks of scalar calls inside a hold, beside threads that make
     * single calls: the multiset of the blocks (each a run of the sequential stream, as the
     * hold makes it atomic) and of the single calls is the sequential stream's.
     */
    @Test
    void callsInsideAHoldAreOneAtomicBlock() {
        int block = 50;
        Function<RandomState, Object> rsBlock = heldBlock(RandomState::hold, r -> r.randint(1, 100), block);
        sameStream("RandomState: 50 randint(1, 100) in a hold", () -> new RandomState(12345), rsBlock, 12_000);
        sameStream("Generator: 50 standardNormal() in a hold", () -> Generator.defaultRng(12345),
                heldBlock(Generator::hold, Generator::standardNormal, block), 12_000);
        sameStream("PyRandom: 50 gauss(0, 1) in a hold", () -> new PyRandom(2024),
                heldBlock(PyRandom::hold, p -> p.gauss(0, 1), block), 12_000);
        // a hold's block is the same as the one call that draws the block (RandomState.randint(1, 100, 50))
        RandomState a = new RandomState(101);
        RandomState b = new RandomState(101);
        double[] oneCall = Arrays.stream(b.randint(1, 100, block)).asDoubleStream().toArray();
        assertTrue(Arrays.equals((double[]) rsBlock.apply(a), oneCall),
                "randint(1, 100) 50 times in a hold is not randint(1, 100, 50)");
        // the module functions' holds: NumPy's documented first draws after seed(101)
        NpRandom.seed(101);
        long[] first = new long[5];
        try (org.nprand.concurrent.Hold h = NpRandom.hold()) {
            for (int i = 0; i < 5; i++) {
                first[i] = NpRandom.randint(1, 100);
            }
        }
        assertTrue(Arrays.equals(new long[] {96, 12, 82, 71, 64}, first), Arrays.toString(first));
        PyRandomModule.seed(5);
        double[] py = new double[3];
        try (org.nprand.concurrent.Hold h = PyRandomModule.hold()) {
            for (int i = 0; i < 3; i++) {
                py[i] = PyRandomModule.random();
            }
        }
        PyRandom fresh = new PyRandom(5);
        assertTrue(Arrays.equals(new double[] {fresh.random(), fresh.random(), fresh.random()}, py));
    }

    /** {@code count} calls of {@code call} inside one hold of the instance's lock, as one answer. */
    private static <T> Function<T, Object> heldBlock(Function<T, org.nprand.concurrent.Hold> hold,
                                                     java.util.function.ToDoubleFunction<T> call, int count) {
        return x -> {
            double[] v = new double[count];
            try (org.nprand.concurrent.Hold h = hold.apply(x)) {
                for (int i = 0; i < count; i++) {
                    v[i] = call.applyAsDouble(x);
                }
            }
            return v;
        };
    }

    /**
     * Different calls on one instance at once: no exception, and every thread's answers are
     * valid draws (the streams interleave by whole calls, so exact values depend on the order).
     */
    @Test
    void mixedCallsOnASharedInstanceNeverFail() throws Exception {
        RandomState rs = new RandomState(3);
        Generator g = Generator.defaultRng(3);
        PyRandom py = new PyRandom(3);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < THREADS; t++) {
            int kind = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 3000; i++) {
                        switch (kind % 3) {
                            case 0:
                                check(rs.randomSample() < 1.0);
                                check(rs.randint(0, 10, 5).length == 5);
                                rs.getState();
                                check(g.integers(0, 10) < 10);
                                check(py.random() < 1.0);
                                break;
                            case 1:
                                check(!Double.isNaN(rs.standardNormal()));
                                check(rs.normal(0, 1, 4).length == 4);
                                check(g.random(6).length == 6);
                                check(!Double.isNaN(py.gauss(0, 1)));
                                break;
                            default:
                                rs.setState(rs.getState());
                                check(rs.permutation(10).length == 10);
                                check(g.standardNormal(3).length == 3);
                                py.setstate(py.getstate());
                                check(py.randint(1, 6) <= 6);
                                break;
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }
        assertTrue(failures.isEmpty(), () -> "a thread failed: " + failures.peek());
    }

    private static void check(boolean ok) {
        if (!ok) {
            throw new AssertionError("an impossible draw");
        }
    }

    /**
     * The guarantee rests on every public instance method holding the instance's lock for its
     * whole call: a method added later without it would draw unlocked. The lock is a
     * {@link org.nprand.internal.sync.CallLock} field, not the monitor, so this reads the source:
     * every public instance method's body must be exactly {@code Thread held = callLock.lock();
     * try { ... } finally { callLock.unlock(held); }}, and the methods so declared must be all of
     * the class's public instance methods (by reflection: none hidden from the source scan).
     * Names the first offender.
     */
    @Test
    void everyPublicInstanceMethodTakesTheInstancesLock() throws java.io.IOException {
        List<String> unlocked = new ArrayList<>();
        for (Class<?> type : List.of(RandomState.class, Generator.class, PyRandom.class)) {
            int declared = 0;
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (java.lang.reflect.Modifier.isPublic(mod) && !java.lang.reflect.Modifier.isStatic(mod)
                        && !m.isSynthetic() && !List.of("equals", "hashCode", "toString").contains(m.getName())) {
                    declared++;
                    if (java.lang.reflect.Modifier.isSynchronized(mod)) {
                        unlocked.add(type.getSimpleName() + "." + m.getName() + " is synchronized (a second lock)");
                    }
                }
            }
            java.nio.file.Path src = java.nio.file.Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
            List<String> lines = java.nio.file.Files.readAllLines(src);
            int locked = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.startsWith("    public ") || line.startsWith("    public static ")
                        || line.matches("    public (final )?(class|enum|interface|record) .*")
                        || line.startsWith("    public " + type.getSimpleName() + "(")
                        || line.matches("    public String toString\\(\\) \\{")) {
                    continue;
                }
                int open = i;
                while (!lines.get(open).endsWith("{")) {
                    open++;
                }
                int close = open + 1;
                while (!lines.get(close).equals("    }")) {
                    close++;
                }
                // hold(): the lock itself, taken until the hold is closed
                boolean hold = close - open == 2 && line.equals("    public Hold hold() {")
                        && lines.get(open + 1).equals("        return callLock.hold();");
                boolean ok = hold || close - open >= 5
                        && lines.get(open + 1).equals("        Thread held = callLock.lock();")
                        && lines.get(open + 2).equals("        try {")
                        && lines.get(close - 3).equals("        } finally {")
                        && lines.get(close - 2).equals("            callLock.unlock(held);")
                        && lines.get(close - 1).equals("        }");
                if (ok) {
                    locked++;
                } else {
                    unlocked.add(type.getSimpleName() + " line " + (i + 1) + ": " + line.trim());
                }
                i = close;
            }
            assertEquals(declared, locked, type.getSimpleName()
                    + ": public instance methods by reflection vs locked bodies in the source " + unlocked);
        }
        assertTrue(unlocked.isEmpty(), "public methods without the instance's lock (wrap the body as CallLock's javadoc shows; not synchronized): " + unlocked);
    }
}
