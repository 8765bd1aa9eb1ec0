package org.nprand.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The module facade: CPython 3.13 numbers through the static functions. */
class PyRandomModuleTest {

    @Test
    void moduleFunctionsFollowCpython() {
        // CPython 3.13: random.seed(101); [random.randint(1, 100) for _ in range(5)]; random.random();
        // x = [1, 2, 3, 4, 5]; random.shuffle(x)   (conformance case doc-py-1)
        PyRandomModule.seed(101L);
        long[] got = new long[5];
        for (int i = 0; i < 5; i++) {
            got[i] = PyRandomModule.randint(1, 100);
        }
        assertArrayEquals(new long[] {75, 25, 70, 46, 60}, got);
        assertEquals(0.048520987208713895, PyRandomModule.random());
        List<Integer> x = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        PyRandomModule.shuffle(x);
        assertEquals(List.of(4, 1, 3, 2, 5), x);

        // getstate/setstate replay the same draws
        PyRandomState st = PyRandomModule.getstate();
        BigInteger bits = PyRandomModule.getrandbits(100);
        PyRandomModule.setstate(st);
        assertEquals(bits, PyRandomModule.getrandbits(100));
        PyRandomModule.setstate(st.toList());
        assertEquals(bits, PyRandomModule.getrandbits(100));
    }

    @Test
    void concurrentCallsDrawEachWordOnce() throws InterruptedException {
        // 4 threads x 1000 getrandbits(32) from one seeded module consume exactly 4000 words
        PyRandomModule.seed(7L);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    PyRandomModule.getrandbits(32);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        PyRandom reference = new PyRandom(7L);
        for (int i = 0; i < 4000; i++) {
            reference.getrandbits(32);
        }
        assertEquals(reference.random(), PyRandomModule.random());
    }

    @Test
    void everyOverloadThroughTheModuleFollowsCpython() {
        // CPython 3.13: random.seed(2024); random.randrange(10**30); random.randrange(-10**25, 10**25);
        // random.getrandbits(64); shuffle(list(range(7))); shuffle(list(range(5))); shuffle(list(range(6)));
        // choice('abcde' as a list); choice(list(range(100, 110))); choice([0.5, 1.5, 2.5]);
        // random.seed('abc', version=1); random.random(); random.seed(b'abc', version=1); random.random();
        // random.random()
        PyRandomModule.seed(2024L);
        assertEquals(new BigInteger("770752504441053971907964558726"),
                PyRandomModule.randrange(BigInteger.TEN.pow(30)));
        assertEquals(new BigInteger("260259068671282786863715"),
                PyRandomModule.randrange(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)));
        assertEquals(4522526442432398336L, PyRandomModule.getrandbitsLong(64));
        Integer[] objects = {0, 1, 2, 3, 4, 5, 6};
        PyRandomModule.shuffle((Object[]) objects);
        assertArrayEquals(new Integer[] {4, 0, 1, 2, 3, 6, 5}, objects);
        long[] longs = {0, 1, 2, 3, 4};
        PyRandomModule.shuffle(longs);
        assertArrayEquals(new long[] {1, 0, 3, 4, 2}, longs);
        double[] doubles = {0, 1, 2, 3, 4, 5};
        PyRandomModule.shuffle(doubles);
        assertArrayEquals(new double[] {4, 0, 2, 3, 1, 5}, doubles);
        assertEquals("e", PyRandomModule.choice(new String[] {"a", "b", "c", "d", "e"}));
        assertEquals(103, PyRandomModule.choice(new int[] {100, 101, 102, 103, 104, 105, 106, 107, 108, 109}));
        assertEquals(1.5, PyRandomModule.choice(new double[] {0.5, 1.5, 2.5}));
        PyRandomModule.seed("abc", 1);
        assertEquals(0.09639374978773074, PyRandomModule.random());
        PyRandomModule.seed(new byte[] {'a', 'b', 'c'}, 1);
        assertEquals(0.09639374978773074, PyRandomModule.random());
        assertEquals(0.5713805557815966, PyRandomModule.random());
    }

    @Test
    void distributionsThroughTheModuleDrawAsTheInstance() {
        // CPython 3.13: random.seed(7); random.expovariate(); random.binomialvariate(100, 0.3);
        // random.gammavariate(0.5, 2.0); random.paretovariate(3.0)  (no trig: exact without nprand-libm-lgpl)
        PyRandomModule.seed(7L);
        assertEquals(0.3913148442348043, PyRandomModule.expovariate());
        assertEquals(24, PyRandomModule.binomialvariate(100, 0.3));
        assertEquals(0.014709622778078668, PyRandomModule.gammavariate(0.5, 2.0));
        assertEquals(1.1638559560077857, PyRandomModule.paretovariate(3.0));
        PyRandom r = new PyRandom(8L);
        PyRandomModule.seed(8L);
        assertEquals(r.gauss(), PyRandomModule.gauss());
        assertEquals(r.getstate(), PyRandomModule.getstate()); // gauss_next included
        assertEquals(r.gauss(1, 2), PyRandomModule.gauss(1, 2));
        assertEquals(r.normalvariate(), PyRandomModule.normalvariate());
        assertEquals(r.normalvariate(1, 2), PyRandomModule.normalvariate(1, 2));
        assertEquals(r.lognormvariate(0, 1), PyRandomModule.lognormvariate(0, 1));
        assertEquals(r.expovariate(3), PyRandomModule.expovariate(3));
        assertEquals(r.vonmisesvariate(1, 2), PyRandomModule.vonmisesvariate(1, 2));
        assertEquals(r.betavariate(2, 3), PyRandomModule.betavariate(2, 3));
        assertEquals(r.weibullvariate(1, 2), PyRandomModule.weibullvariate(1, 2));
        assertEquals(r.binomialvariate(), PyRandomModule.binomialvariate());
        assertEquals(r.binomialvariate(9), PyRandomModule.binomialvariate(9));
        assertEquals(r.getstate(), PyRandomModule.getstate());
    }

    /**
     * The facade cannot drift from {@link PyRandom}: every public instance method of PyRandom has
     * a public static method of PyRandomModule with the same name, generic parameter types and
     * generic return type, and the module has nothing else.
     *
     * <p>Excluded, and why: the methods PyRandom inherits from {@link Object} (equals, hashCode,
     * toString, getClass, wait, notify, notifyAll), which are not part of {@code random.Random};
     * PyRandom's constructors and its static factory {@code fromSeed}, which make new instances,
     * meaningless for the one module-level instance (CPython's module has no {@code Random(x)}
     * function either). No other method is excluded.
     */
    @Test
    void moduleHasEveryPublicMethodOfPyRandom() {
        Set<String> instance = new TreeSet<>();
        for (Method m : PyRandom.class.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
                instance.add(signature(m));
            }
        }
        Set<String> module = new TreeSet<>();
        for (Method m : PyRandomModule.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == PyRandomModule.class) {
                module.add(signature(m));
            }
        }
        Set<String> missing = new TreeSet<>(instance);
        missing.removeAll(module);
        Set<String> extra = new TreeSet<>(module);
        extra.removeAll(instance);
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                "PyRandomModule lacks " + missing + "; has no PyRandom counterpart for " + extra);
        assertTrue(instance.size() >= 44, "reflection found only " + instance.size() + " PyRandom methods");
    }

    /** {@code <T> java.util.List<T> name(java.util.List<T>, int)}: name, generic parameter and return types. */
    private static String signature(Method m) {
        StringBuilder sb = new StringBuilder();
        if (m.getTypeParameters().length > 0) {
            sb.append(Arrays.toString(m.getTypeParameters())).append(' ');
        }
        sb.append(m.getGenericReturnType().getTypeName()).append(' ').append(m.getName()).append('(');
        Type[] params = m.getGenericParameterTypes();
        for (int i = 0; i < params.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(params[i].getTypeName());
        }
        return sb.append(')').toString();
    }
}
