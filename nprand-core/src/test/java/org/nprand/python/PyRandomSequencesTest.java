package org.nprand.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nprand.errors.PythonError;

/**
 * choice, choices, sample, uniform and triangular against CPython 3.13.0; the numbers live in
 * {@code cpython313-random-sequences.tsv}, written by a script that only calls CPython.
 */
class PyRandomSequencesTest {

    private static List<String[]> vectors(String kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PyRandomSequencesTest.class.getResourceAsStream("cpython313-random-sequences.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                if (f[0].equals(kind)) {
                    out.add(f);
                }
            }
        }
        if (out.isEmpty()) {
            fail("no vectors of kind " + kind);
        }
        return out;
    }

    private static PyRandom seeded(String seed) {
        return new PyRandom(new BigInteger(seed));
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    private static String joined(List<?> values) {
        return values.isEmpty() ? "-" : values.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static void assertAfter(String expected, PyRandom r, String what) {
        double e = Double.parseDouble(expected);
        double a = r.random();
        if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a)) {
            fail(what + ": random() afterwards = " + a + ", CPython " + e);
        }
    }

    @Test
    void choiceMatchesCpython() throws IOException {
        for (String[] v : vectors("choice")) {
            PyRandom r = seeded(v[1]);
            List<Integer> pop = range(Integer.parseInt(v[2]));
            String[] expected = v[3].split(" ");
            List<Integer> got = new ArrayList<>();
            for (int i = 0; i < expected.length; i++) {
                got.add(i % 2 == 0 ? r.choice(pop) : r.choice(pop.toArray(new Integer[0])));
            }
            assertEquals(v[3], joined(got), "choice seed " + v[1]);
            assertAfter(v[4], r, "choice seed " + v[1]);
        }
    }

    @Test
    void choicesMatchesCpython() throws IOException {
        for (String[] v : vectors("choices")) {
            PyRandom r = seeded(v[1]);
            List<Integer> pop = range(Integer.parseInt(v[2]));
            int k = Integer.parseInt(v[3]);
            List<Integer> got;
            switch (v[4]) {
                case "none":
                    got = r.choices(pop, k);
                    break;
                case "weights":
                    got = r.choices(pop, doubles(v[5]), null, k);
                    break;
                case "cum_weights":
                    got = r.choices(pop, null, doubles(v[5]), k);
                    break;
                case "int_weights":
                    got = r.choices(pop, longs(v[5]), null, k);
                    break;
                case "int_cum_weights":
                    got = r.choices(pop, null, longs(v[5]), k);
                    break;
                default:
                    throw new AssertionError(v[4]);
            }
            String what = "choices seed " + v[1] + " " + v[4];
            assertEquals(v[6], joined(got), what);
            assertAfter(v[7], r, what);
        }
    }

    private static double[] doubles(String s) {
        return Arrays.stream(s.split(" ")).mapToDouble(PyRandomSequencesTest::pyFloat).toArray();
    }

    /** Python's repr of a float back to the double ({@code inf}, {@code -inf}, {@code nan} included). */
    private static double pyFloat(String s) {
        switch (s) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: return Double.parseDouble(s);
        }
    }

    private static long[] longs(String s) {
        return Arrays.stream(s.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    @Test
    void sampleMatchesCpython() throws IOException {
        for (String[] v : vectors("sample")) {
            long n = Long.parseLong(v[2]);
            int k = Integer.parseInt(v[3]);
            String what = "sample(range(" + n + "), " + k + ") seed " + v[1];
            PyRandom r = seeded(v[1]);
            long[] got = r.sample(n, k);
            assertEquals(v[4], joined(Arrays.stream(got).boxed().collect(Collectors.toList())), what);
            assertAfter(v[5], r, what);
            if (n <= PyRandom.sampleSetsize(k)) {
                // the pool method again, with the sparse pool used beyond array size forced on
                PyRandom rs = seeded(v[1]);
                long[] sparse = rs.sampleIndices(n, k, 0);
                assertEquals(v[4], joined(Arrays.stream(sparse).boxed().collect(Collectors.toList())), what + " (sparse pool)");
                assertAfter(v[5], rs, what + " (sparse pool)");
            }
            if (n <= 100_000) {
                PyRandom rl = seeded(v[1]);
                assertEquals(v[4], joined(rl.sample(range((int) n), k)), what + " (List)");
                assertAfter(v[5], rl, what + " (List)");
            }
        }
        for (String[] v : vectors("sample_counts")) {
            long[] counts = longs(v[2]);
            int k = Integer.parseInt(v[3]);
            PyRandom r = seeded(v[1]);
            String what = "sample counts " + v[2] + " seed " + v[1];
            assertEquals(v[4], joined(r.sample(range(counts.length), k, counts)), what);
            assertAfter(v[5], r, what);
        }
    }

    @Test
    void sampleSetsizeMatchesCpython() {
        // CPython 3.13: setsize = 21; if k > 5: setsize += 4 ** math.ceil(math.log(k * 3, 4)),
        // at both sides of every power-of-four boundary of 3k and at the largest int k
        long[][] cases = {
            {0, 21L}, {5, 21L}, {6, 85L}, {7, 85L}, {20, 85L}, {21, 85L}, {22, 277L}, {84, 277L}, {85, 277L},
            {86, 1045L}, {341, 1045L}, {342, 4117L}, {1365, 4117L}, {1366, 16405L}, {5461, 16405L},
            {5462, 65557L}, {21845, 65557L}, {21846, 262165L}, {87381, 262165L}, {87382, 1048597L},
            {349525, 1048597L}, {349526, 4194325L}, {1398101, 4194325L}, {1398102, 16777237L},
            {5592405, 16777237L}, {5592406, 67108885L}, {22369621, 67108885L}, {22369622, 268435477L},
            {89478485, 268435477L}, {89478486, 1073741845L}, {357913941, 1073741845L},
            {357913942, 4294967317L}, {1431655765, 4294967317L}, {1431655766, 17179869205L},
            {2147483647, 17179869205L},
        };
        for (long[] c : cases) {
            assertEquals(c[1], PyRandom.sampleSetsize((int) c[0]), "setsize for k = " + c[0]);
        }
    }

    @Test
    void longOpenTableIsASetAndAMap() {
        LongOpenTable set = new LongOpenTable(100, false);
        java.util.Set<Long> reference = new java.util.HashSet<>();
        PyRandom r = new PyRandom(9L);
        for (int i = 0; i < 100; i++) {
            long key = r.randrange(1L << 62) >> (i % 2 == 0 ? 56 : 0); // small keys collide, large ones spread
            assertEquals(reference.add(key), set.add(key), "add(" + key + ")");
            assertTrue(set.contains(key));
        }
        assertFalse(set.contains(Long.MAX_VALUE - 1));
        LongOpenTable map = new LongOpenTable(3, true);
        assertEquals(-5L, map.get(7, -5L));
        map.put(7, 70);
        map.put(0, 1);
        map.put(7, 71);
        assertEquals(71L, map.get(7, -5L));
        assertEquals(1L, map.get(0, -5L));
        assertThrows(OutOfMemoryError.class, () -> new LongOpenTable(1L << 30, false));
    }

    @Test
    void uniformMatchesCpython() throws IOException {
        String[] v = vectors("uniform").get(0);
        PyRandom r = seeded(v[1]);
        String[] pairs = v[2].split(";");
        String[] expected = v[3].split(" ");
        for (int i = 0; i < pairs.length; i++) {
            double[] ab = doubles(pairs[i]);
            double got = r.uniform(ab[0], ab[1]);
            assertEquals(Double.doubleToRawLongBits(pyFloat(expected[i])), Double.doubleToRawLongBits(got),
                    "uniform(" + pairs[i] + ") = " + got + ", CPython " + expected[i]);
        }
        assertAfter(v[4], r, "uniform");
    }

    @Test
    void triangularMatchesCpython() throws IOException {
        String[] v = vectors("triangular").get(0);
        PyRandom r = seeded(v[1]);
        String[] calls = v[2].split(";");
        String[] expected = v[3].split(" ");
        for (int i = 0; i < calls.length; i++) {
            String[] p = calls[i].split(" ");
            double low = Double.parseDouble(p[0]);
            double high = Double.parseDouble(p[1]);
            double got = p[2].equals("None") ? r.triangular(low, high) : r.triangular(low, high, Double.parseDouble(p[2]));
            assertEquals(Double.doubleToRawLongBits(pyFloat(expected[i])), Double.doubleToRawLongBits(got),
                    "triangular(" + calls[i] + ") = " + got + ", CPython " + expected[i]);
        }
        assertAfter(v[4], r, "triangular");
        PyRandom a = new PyRandom(41L);
        PyRandom b = new PyRandom(41L);
        assertEquals(a.triangular(), b.triangular(0.0, 1.0));
    }

    @Test
    void errorsMatchCpython() throws IOException {
        List<Integer> empty = List.of();
        List<Integer> one2 = List.of(1, 2);
        List<Integer> one23 = List.of(1, 2, 3);
        for (String[] v : vectors("error2")) {
            PyRandom r = new PyRandom(77L);
            Runnable call;
            switch (v[1]) {
                case "choice_empty": call = () -> r.choice(empty); break;
                case "choices_empty_plain": call = () -> r.choices(empty, 2); break;
                case "choices_empty_weights": call = () -> r.choices(empty, new double[0], null, 2); break;
                case "choices_len": call = () -> r.choices(one2, new double[] {1.0}, null, 1); break;
                case "choices_both": call = () -> r.choices(one2, new double[] {1.0, 1.0}, new double[] {1.0, 2.0}, 1); break;
                case "choices_zero": call = () -> r.choices(one2, new double[] {0.0, 0.0}, null, 1); break;
                case "choices_neg": call = () -> r.choices(one2, new double[] {1.0, -3.0}, null, 1); break;
                case "choices_inf": call = () -> r.choices(one2, new double[] {1.0, Double.POSITIVE_INFINITY}, null, 1); break;
                case "choices_nan": call = () -> r.choices(one2, new double[] {1.0, Double.NaN}, null, 1); break;
                case "choices_int_zero": call = () -> r.choices(one2, new long[] {0, 0}, null, 1); break;
                case "sample_big": call = () -> r.sample(one23, 4); break;
                case "sample_neg": call = () -> r.sample(one23, -1); break;
                case "sample_counts_len": call = () -> r.sample(one23, 2, new long[] {1, 2}); break;
                case "sample_counts_zero": call = () -> r.sample(one2, 1, new long[] {0, 0}); break;
                case "sample_counts_big": call = () -> r.sample(one2, 4, new long[] {1, 2}); break;
                case "sample_counts_empty": call = () -> r.sample(empty, 0, new long[0]); break;
                default: throw new AssertionError(v[1]);
            }
            RuntimeException e = assertThrows(RuntimeException.class, call::run, v[1]);
            assertEquals(v[2], ((PythonError) e).pythonType(), v[1]);
            assertEquals(v[3], e.getMessage(), v[1]);
            assertAfter(v[4], r, "after " + v[1]);
        }
    }

    @Test
    void exactIntFloatComparison() {
        // Python: 9007199254740993 > 9007199254740992.0 is True, although float(9007199254740993) == 2**53
        assertEquals(-1, PyRandom.compareExact(9007199254740992.0, 9007199254740993L));
        assertEquals(0, PyRandom.compareExact(5.0, 5L));
        assertEquals(1, PyRandom.compareExact(5.5, 5L));
        assertEquals(-1, PyRandom.compareExact(-5.5, -5L));
        assertEquals(1, PyRandom.compareExact(0x1p63, Long.MAX_VALUE));
        assertEquals(-1, PyRandom.compareExact(-0x1p63 - 4096, Long.MIN_VALUE));
        assertEquals(0, PyRandom.compareExact(-0x1p63, Long.MIN_VALUE));
    }
}
