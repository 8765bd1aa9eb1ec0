package org.nprand.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.Test;
import org.nprand.errors.ValueError;
import org.nprand.numpy.Generator;

/**
 * {@code choice} with replacement (with and without {@code p}) and
 * {@code multivariate_hypergeometric} (both methods) in the plans: the sequential Java call equals
 * NumPy 2.4.6 (SHA-256 from {@code src/test/python/parallel_choice_mvhg_vectors.py}), and chunks
 * in random order, 2 and 3 threads, tiny scan regions (re-parses) and a reader read in random
 * sizes all give it back, bit for bit; the urn of {@code method='count'} refuses seek and scan.
 */
class ChoiceAndUrnSpecTest {

    private static final long[] COLORS = {5, 10, 20, 3};

    /** name -> (spec without its block size, the mode it must plan in). */
    private static final Map<String, Object[]> CASES = new LinkedHashMap<>();

    static {
        CASES.put("choice-pow2", new Object[] {StreamSpec.of("PCG64", 31).choice(1024), Mode.SEEK});
        CASES.put("choice-lemire-philox", new Object[] {StreamSpec.of("Philox", 31).choice(7), Mode.SCAN});
        CASES.put("choice-one", new Object[] {StreamSpec.of("PCG64", 31).choice(1), Mode.SEEK});
        CASES.put("choice-p-dxsm", new Object[] {
            StreamSpec.of("PCG64DXSM", 32).choice(4, new double[] {0.1, 0.2, 0.3, 0.4}), Mode.SEEK});
        CASES.put("choice-p-zeros-philox", new Object[] {
            StreamSpec.of("Philox", 32).choice(5, new double[] {0.0, 0.5, 0.0, 0.5, 0.0}), Mode.SEEK});
        CASES.put("choice-p-blocked-mt", new Object[] {
            StreamSpec.of("MT19937", 33).choice(3, new double[] {0.5, 0.25, 0.25}), Mode.BLOCKED});
        CASES.put("choice-blocked-sfc", new Object[] {StreamSpec.of("SFC64", 33).choice(10), Mode.BLOCKED});
        CASES.put("mvhg-marginals", new Object[] {
            StreamSpec.of("PCG64", 11).multivariateHypergeometric(COLORS, 7, "marginals"), Mode.SCAN});
        CASES.put("mvhg-marginals-complement-philox", new Object[] {
            StreamSpec.of("Philox", 12).multivariateHypergeometric(COLORS, 33, "marginals"), Mode.SCAN});
        CASES.put("mvhg-marginals-large-blocked", new Object[] {
            StreamSpec.of("PCG64", 16).multivariateHypergeometric(new long[] {50, 60, 70}, 40, "marginals"),
            Mode.BLOCKED});
        CASES.put("mvhg-marginals-blocked-mt", new Object[] {
            StreamSpec.of("MT19937", 13).multivariateHypergeometric(new long[] {4, 4, 4}, 5, "marginals"),
            Mode.BLOCKED});
        CASES.put("mvhg-count-blocked", new Object[] {
            StreamSpec.of("PCG64", 14).multivariateHypergeometric(COLORS, 12, "count"), Mode.BLOCKED});
        CASES.put("mvhg-count-blocked-complement-dxsm", new Object[] {
            StreamSpec.of("PCG64DXSM", 15).multivariateHypergeometric(new long[] {6, 2, 9}, 12, "count"),
            Mode.BLOCKED});
    }

    /** name -> {bitgen, seed, n, block, sha256}. */
    private static Map<String, String[]> golden() throws Exception {
        Map<String, String[]> m = new LinkedHashMap<>();
        try (InputStream in = ChoiceAndUrnSpecTest.class.getResourceAsStream(
                "/org/nprand/parallel/parallel_choice_mvhg_vectors.txt")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null;) {
                String[] t = line.split(" ");
                m.put(t[0], Arrays.copyOfRange(t, 1, t.length));
            }
        }
        return m;
    }

    /** Elements (indices, or rows of counts) as one flat long[]. */
    private static long[] flat(Object elements) {
        if (elements instanceof long[]) {
            return (long[]) elements;
        }
        List<Long> out = new ArrayList<>();
        for (Object row : (Object[]) elements) {
            for (long v : (long[]) row) {
                out.add(v);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** The public Generator call (flat), or for blocked mode the concatenation of the blocks' calls. */
    private static long[] sequential(StreamSpec spec, int n) {
        if (spec.blockSize() == 0) {
            return (long[]) spec.method().reference(new Generator(spec.fresh()), n);
        }
        List<Long> out = new ArrayList<>();
        for (long b = 0; b * spec.blockSize() < n; b++) {
            int len = (int) Math.min(spec.blockSize(), n - b * spec.blockSize());
            for (long v : (long[]) spec.method().reference(new Generator(spec.freshBlock(b)), len)) {
                out.add(v);
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static void assertSame(long[] want, long[] got, String what) {
        assertEquals(want.length, got.length, what + ": length");
        for (int i = 0; i < want.length; i++) {
            if (want[i] != got[i]) {
                fail(what + ": first difference at flat index " + i + ": " + got[i] + ", NumPy's " + want[i]);
            }
        }
    }

    @Test
    void everyLayoutGivesNumpysCall() throws Exception {
        Map<String, String[]> golden = golden();
        assertEquals(CASES.keySet(), golden.keySet(), "the Java cases are the python script's");
        ExecutorService pool = ParallelFill.newPool(3);
        try {
            for (Map.Entry<String, Object[]> c : CASES.entrySet()) {
                String name = c.getKey();
                String[] g = golden.get(name);
                int n = Integer.parseInt(g[2]);
                StreamSpec spec = ((StreamSpec) c.getValue()[0]).blocked(Long.parseLong(g[3]));
                assertEquals(c.getValue()[1], spec.mode(), name + ": mode");
                long[] want = sequential(spec, n);
                assertEquals(g[4], MultivariateNormalSpecTest.shaBits(want), name + ": the sequential Java call is NumPy's");
                boolean rows = spec.valueType() == ValueType.ROWS_INT64;

                // chunks of an indexed stream, made in random order
                IndexedStream s = IndexedStream.of(spec, n, 2);
                Random rnd = new Random(name.hashCode());
                long[] cuts = ParallelChunksTest.randomCuts(rnd, n, 9);
                Object got = rows ? new Object[n] : new long[n];
                Integer[] order = new Integer[cuts.length - 1];
                Arrays.setAll(order, i -> i);
                Collections.shuffle(Arrays.asList(order), rnd);
                for (int i : order) {
                    Object part = rows ? s.rows(cuts[i], cuts[i + 1]) : s.longs(cuts[i], cuts[i + 1]);
                    System.arraycopy(part, 0, got, (int) cuts[i], (int) (cuts[i + 1] - cuts[i]));
                }
                assertSame(want, flat(got), name + " chunks " + Arrays.toString(cuts));

                for (int threads : new int[] {2, 3}) {
                    Object out = rows ? ParallelFill.fill(spec, new Object[n], threads)
                            : ParallelFill.fill(spec, new long[n], threads);
                    assertSame(want, flat(out), name + " " + threads + " threads");
                }
                if (spec.mode() == Mode.SCAN) {
                    for (int region : new int[] {16, 257}) {
                        Object out = rows ? new Object[2000] : new long[2000];
                        ParallelFill.scan(spec, out, 2000, pool, 3, region);
                        int k = want.length / n;
                        assertSame(Arrays.copyOf(want, 2000 * k), flat(out), name + " regions of " + region);
                    }
                }
                try (ParallelReader r = new ParallelReader(spec, n, pool, false, 3, 64)) {
                    Object all = rows ? new Object[n] : new long[n];
                    int at = 0;
                    while (at < n) {
                        int len = Math.min(n - at, 1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 3000));
                        int read = rows ? r.read((Object[]) all, at, len) : r.read((long[]) all, at, len);
                        assertEquals(len, read);
                        at += len;
                    }
                    assertSame(want, flat(all), name + " reader");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCountUrnAndMixedDrawsAreBlockedOnly() {
        for (StreamSpec s : new StreamSpec[] {
            StreamSpec.of("PCG64", 14).multivariateHypergeometric(COLORS, 12, "count"),
            StreamSpec.of("PCG64", 14).multivariateHypergeometric(COLORS, 10, "marginals"),
            StreamSpec.of("PCG64", 14).multivariateHypergeometric(COLORS, 28, "marginals")}) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, s::mode);
            assertTrue(e.getMessage().contains("only blocked mode"), e.getMessage());
            assertEquals(Mode.BLOCKED, s.blocked(10).mode());
        }
        assertEquals(Mode.SCAN, StreamSpec.of("PCG64", 14).multivariateHypergeometric(COLORS, 29, "marginals").mode());
    }

    @Test
    void badArgumentsRaiseNumpysErrors() {
        StreamSpec s = StreamSpec.of("PCG64", 1);
        assertEquals("a must be a positive integer unless no samples are taken",
                assertThrows(ValueError.class, () -> s.choice(0)).getMessage());
        assertEquals("a and p must have same size",
                assertThrows(ValueError.class, () -> s.choice(3, new double[] {0.5, 0.5})).getMessage());
        assertEquals("Probabilities contain NaN",
                assertThrows(ValueError.class, () -> s.choice(2, new double[] {Double.NaN, 0.5})).getMessage());
        assertEquals("Probabilities are not non-negative",
                assertThrows(ValueError.class, () -> s.choice(2, new double[] {-0.5, 1.5})).getMessage());
        assertEquals("Probabilities do not sum to 1. See Notes section of docstring for more information.",
                assertThrows(ValueError.class, () -> s.choice(2, new double[] {0.5, 0.4})).getMessage());
        assertEquals("method must be \"count\" or \"marginals\".",
                assertThrows(ValueError.class, () -> s.multivariateHypergeometric(COLORS, 3, "urn")).getMessage());
        assertEquals("nsample > sum(colors)",
                assertThrows(ValueError.class, () -> s.multivariateHypergeometric(COLORS, 39, "marginals")).getMessage());
        assertEquals("nsample must be nonnegative.",
                assertThrows(ValueError.class, () -> s.multivariateHypergeometric(COLORS, -1, "count")).getMessage());
    }

    @Test
    void numpyCodeIsTheCall() {
        assertEquals("np.random.Generator(np.random.PCG64(32)).choice(4, p=[0.1, 0.2, 0.3, 0.4], size=10)",
                StreamSpec.of("PCG64", 32).choice(4, new double[] {0.1, 0.2, 0.3, 0.4}).numpyCode(10));
        assertEquals("np.random.Generator(np.random.PCG64(11)).multivariate_hypergeometric([5, 10, 20, 3], 7, "
                + "method='marginals', size=10)",
                StreamSpec.of("PCG64", 11).multivariateHypergeometric(COLORS, 7, "marginals").numpyCode(10));
    }
}
