package org.nprand.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
}
