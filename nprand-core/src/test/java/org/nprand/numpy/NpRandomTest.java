package org.nprand.numpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.nprand.errors.ValueError;

/**
 * {@link NpRandom} (NumPy's {@code np.random.*} legacy functions) against NumPy 2.4.6 numbers
 * from {@code src/test/python/randomstate_vectors.py}. All tests touch the one global state, so
 * each reseeds first; JUnit runs them in one thread.
 */
class NpRandomTest {

    @Test
    void javadocExample() {
        NpRandom.seed(101);
        assertArrayEquals(new long[] {96, 12, 82, 71, 64}, NpRandom.randint(1, 100, 5));
    }

    @Test
    void seedDocumentExamples() {
        double[] first = {0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
            0.4236547993389047};
        NpRandom.seed(0);
        assertArrayEquals(first, NpRandom.rand(5));
        assertArrayEquals(new double[] {0.6458941130666561, 0.4375872112626925, 0.8917730007820798,
            0.9636627605010293, 0.3834415188257777}, NpRandom.rand(5));
        NpRandom.seed(0);
        assertArrayEquals(first, NpRandom.randomSample(5));
        NpRandom.seed(0);
        assertEquals(first[0], NpRandom.random());
        assertEquals(first[1], NpRandom.rand());
        assertEquals(first[2], NpRandom.randomSample());
        NpRandom.seed(4);
        assertArrayEquals(new long[] {15, 6, 2, 9, 9}, NpRandom.randint(1, 20, 5));
        NpRandom.seed(1, 2, 3);
        assertEquals(0.6098612722867289, NpRandom.rand());
    }

    @Test
    void shufflePermutationTriangular() {
        NpRandom.seed(0);
        long[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        NpRandom.shuffle(a);
        assertArrayEquals(new long[] {2, 8, 4, 9, 1, 6, 7, 3, 0, 5}, a);
        NpRandom.seed(1);
        long[][] m = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}};
        NpRandom.shuffle(m);
        assertEquals("[[0, 1, 2], [6, 7, 8], [3, 4, 5]]", Arrays.deepToString(m));
        NpRandom.seed(1);
        List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        NpRandom.shuffle(list);
        assertEquals("[8, 2, 6, 7, 1, 0, 4, 3, 5]", list.toString());
        NpRandom.seed(5);
        assertArrayEquals(new long[] {9, 5, 2, 4, 7, 1, 0, 8, 6, 3}, NpRandom.permutation(10));
        NpRandom.seed(3);
        assertEquals(20.521581382683877, NpRandom.triangular(10, 20, 30));
        assertArrayEquals(new double[] {22.35994532242216, 17.62764365860053}, NpRandom.triangular(10, 20, 30, 2));
        // NumPy: seed(9); tomaxint(3); tomaxint() (8 MT words); bytes(10). Here the 8 words go to
        // randint over [0, 2**40), whose mask equals its range, so each value takes exactly 2 words.
        NpRandom.seed(9);
        NpRandom.randint(0, 1L << 40, 3);
        NpRandom.randint(0, 1L << 40);
        assertArrayEquals(new byte[] {125, 100, 97, 36, 65, 18, 105, 3, 22, 118}, NpRandom.bytes(10));
    }

    /** LIBM-DEPENDENT (see RandomStateTest.standardExponential): fails until the glibc log lands. */
    @Test
    void standardExponential() {
        NpRandom.seed(2);
        assertArrayEquals(new double[] {0.572691988769615, 0.026268240864502333, 0.797757928205644,
            0.5715003170975149, 0.5453615181246098}, NpRandom.standardExponential(5));
    }

    @Test
    void stateRoundTripAndErrors() {
        NpRandom.seed(12345);
        NpRandom.rand(3);
        Object st = NpRandom.getState();
        assertEquals(6, ((LegacyState) st).pos());
        assertArrayEquals(new double[] {0.2045602785530397, 0.5677250290816866}, NpRandom.rand(2));
        NpRandom.setState(st);
        assertArrayEquals(new double[] {0.2045602785530397, 0.5677250290816866}, NpRandom.rand(2));
        NpRandom.setState(NpRandom.getState(false));
        Object before = NpRandom.getState();
        assertEquals("low >= high", assertThrows(ValueError.class, () -> NpRandom.randint(5, 0)).getMessage());
        assertEquals("high <= 0", assertThrows(ValueError.class, () -> NpRandom.randint(0)).getMessage());
        assertEquals("left == right", assertThrows(ValueError.class, () -> NpRandom.triangular(1, 1, 1)).getMessage());
        assertEquals("Seed must be between 0 and 2**32 - 1",
                assertThrows(ValueError.class, () -> NpRandom.seed(-1)).getMessage());
        assertEquals(before, NpRandom.getState());
    }

    /** Each call is atomic: concurrent rand(5) calls return whole, consecutive 5-blocks. */
    @Test
    void callsAreAtomicAcrossThreads() throws Exception {
        int threads = 4;
        int callsPerThread = 200;
        NpRandom.seed(0);
        double[] stream = new RandomState(0).rand(5 * threads * callsPerThread);
        Set<List<Double>> blocks = new HashSet<>();
        for (int i = 0; i < stream.length; i += 5) {
            List<Double> b = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                b.add(stream[i + k]);
            }
            blocks.add(b);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<List<Double>>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<List<Double>> got = new ArrayList<>();
                for (int c = 0; c < callsPerThread; c++) {
                    List<Double> b = new ArrayList<>();
                    for (double d : NpRandom.rand(5)) {
                        b.add(d);
                    }
                    got.add(b);
                }
                return got;
            }));
        }
        Set<List<Double>> seen = new HashSet<>();
        for (Future<List<List<Double>>> f : futures) {
            for (List<Double> b : f.get()) {
                assertTrue(blocks.contains(b), "torn call: " + b);
                assertTrue(seen.add(b), "block returned twice: " + b);
            }
        }
        pool.shutdown();
        assertEquals(threads * callsPerThread, seen.size());
    }
}
