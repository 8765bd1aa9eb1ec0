package org.nprand.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nprand.errors.IndexError;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.PythonError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * PyRandom against CPython 3.13.0 ({@code PYENV_VERSION=3.13.0 python3}); the numbers live in
 * {@code cpython313-random-vectors.tsv}, written by a script that only calls CPython.
 */
class PyRandomTest {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static List<String[]> vectors(String kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = PyRandomTest.class.getResourceAsStream("cpython313-random-vectors.tsv")) {
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

    /** The seed of a vector line: {@code int:N}, {@code str:hex-utf8}, {@code bytes:hex}, {@code float:hex-bits}. */
    private static Object seedValue(String spec) {
        int colon = spec.indexOf(':');
        String kind = spec.substring(0, colon);
        String v = spec.substring(colon + 1);
        switch (kind) {
            case "int":
                return new BigInteger(v);
            case "str":
                return new String(HexFormat.of().parseHex(v), StandardCharsets.UTF_8);
            case "bytes":
                return HexFormat.of().parseHex(v);
            case "float":
                return Double.longBitsToDouble(Long.parseUnsignedLong(v, 16));
            default:
                throw new AssertionError(spec);
        }
    }

    /** A generator seeded through the typed constructor (long where the int fits). */
    private static PyRandom seeded(String spec) {
        Object s = seedValue(spec);
        if (s instanceof BigInteger) {
            BigInteger b = (BigInteger) s;
            return b.bitLength() <= 63 ? new PyRandom(b.longValue()) : new PyRandom(b);
        }
        if (s instanceof String) {
            return new PyRandom((String) s);
        }
        if (s instanceof byte[]) {
            return new PyRandom((byte[]) s);
        }
        return new PyRandom((Double) s);
    }

    /** The same seed through {@code seed(Object)} on a used generator. */
    private static PyRandom reseeded(String spec) {
        PyRandom r = new PyRandom(424242L);
        r.random();
        r.seed(seedValue(spec));
        return r;
    }

    private static void assertSameDouble(double expected, double actual, String what) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            fail(what + ": got " + actual + ", CPython " + expected);
        }
    }

    private static void assertRandoms(String what, PyRandom r, String expected) {
        String[] e = expected.split(" ");
        for (int i = 0; i < e.length; i++) {
            assertSameDouble(Double.parseDouble(e[i]), r.random(), what + " random() #" + i);
        }
    }

    @Test
    void seedingAndRandomMatchCpython() throws IOException {
        for (String[] v : vectors("random")) {
            assertRandoms("Random(" + v[1] + ")", seeded(v[1]), v[2]);
            assertRandoms("seed(Object " + v[1] + ")", reseeded(v[1]), v[2]);
        }
    }

    @Test
    void getstateAfterSeedingMatchesCpython() throws IOException {
        for (String[] v : vectors("state")) {
            String[] words = v[2].split(" ");
            assertEquals(625, words.length);
            long[] actual = seeded(v[1]).getstate().internalState();
            for (int i = 0; i < 625; i++) {
                if (actual[i] != Long.parseLong(words[i], 16)) {
                    fail("getstate of Random(" + v[1] + "): word " + i + " = " + Long.toHexString(actual[i])
                            + ", CPython " + words[i]);
                }
            }
        }
        for (String[] v : vectors("statesig")) {
            long[] st = seeded(v[1]).getstate().internalState();
            long sig = 0;
            for (int i = 0; i < st.length; i++) {
                sig += st[i] * (i + 1);
            }
            assertEquals(Long.parseUnsignedLong(v[2]), sig, "state signature of Random(" + v[1] + ")");
        }
    }

    @Test
    void getstateShapeAndRoundTrip() {
        PyRandom r = new PyRandom(2024L);
        PyRandomState fresh = r.getstate();
        assertEquals(624, fresh.index());
        assertEquals(0x80000000, fresh.key()[0]);
        assertNull(fresh.gaussNext());
        List<Object> tuple = fresh.toList();
        assertEquals(3L, tuple.get(0));
        assertEquals(625, ((List<?>) tuple.get(1)).size());
        assertNull(tuple.get(2));
        r.random();
        PyRandomState mid = r.getstate();
        assertEquals(2, mid.index());
        double next = r.random();
        PyRandom other = new PyRandom(1L);
        other.setstate(mid.toList());
        assertSameDouble(next, other.random(), "setstate(list) continuation");
        other.setstate(mid);
        assertSameDouble(next, other.random(), "setstate(state) continuation");
    }

    @Test
    void reseedMidStream() throws IOException {
        String[] v = vectors("reseed").get(0);
        PyRandom r = seeded(v[1]);
        r.random();
        r.seed((String) seedValue(v[2]));
        assertRandoms("reseed", r, v[3]);
    }

    @Test
    void seedVersion1MatchesCpython() {
        // CPython 3.13: r = random.Random(); r.seed(a, version=1); r.random(), r.random()
        Object[][] cases = {
            {"hello", 0.8180391270568783, 0.4954944300274843},
            {new byte[] {(byte) 0xff, 0, 'a', 'b', 'c'}, 0.8769461964853313, 0.29341634001235073},
            {"", 0.8444218515250481, 0.7579544029403025},
            {"\u00e9\u20ac\ud83d\ude00", 0.7571439828730265, 0.6367446601798982},
            {5L, 0.6229016948897019, 0.7417869892607294},
            {2.5, 0.41877545666909954, 0.9404475600150654},
            {"x".repeat(100), 0.706551921737602, 0.7912134538407326},
        };
        for (Object[] c : cases) {
            PyRandom r = new PyRandom();
            r.seed(c[0], 1);
            assertSameDouble((double) c[1], r.random(), "seed(" + c[0] + ", version=1) #0");
            assertSameDouble((double) c[2], r.random(), "seed(" + c[0] + ", version=1) #1");
        }
        assertThrows(NotImplementedError.class, () -> new PyRandom(1L).seed("abc", 3));
    }

    @Test
    void getrandbitsMatchesCpython() throws IOException {
        String[] v = vectors("getrandbits").get(0);
        String[] ks = v[2].split(" ");
        String[] expected = v[3].split(" ");
        PyRandom big = seeded(v[1]);
        PyRandom small = seeded(v[1]);
        for (int i = 0; i < ks.length; i++) {
            int k = Integer.parseInt(ks[i]);
            assertEquals(new BigInteger(expected[i]), big.getrandbits(k), "getrandbits(" + k + ")");
            if (k <= 64) {
                assertEquals(new BigInteger(expected[i]), new BigInteger(Long.toUnsignedString(small.getrandbitsLong(k))),
                        "getrandbitsLong(" + k + ")");
            } else {
                small.getrandbits(k);
            }
        }
        assertSameDouble(Double.parseDouble(v[4]), big.random(), "random() after getrandbits");
        assertSameDouble(Double.parseDouble(v[4]), small.random(), "random() after getrandbitsLong");
    }

    @Test
    void randbytesMatchesCpython() throws IOException {
        String[] v = vectors("randbytes").get(0);
        String[] ns = v[2].split(" ");
        String[] expected = v[3].split(" ");
        PyRandom r = seeded(v[1]);
        for (int i = 0; i < ns.length; i++) {
            int n = Integer.parseInt(ns[i]);
            String hex = expected[i].equals("-") ? "" : expected[i];
            assertEquals(hex, HexFormat.of().formatHex(r.randbytes(n)), "randbytes(" + n + ")");
        }
        assertSameDouble(Double.parseDouble(v[4]), r.random(), "random() after randbytes");
    }

    private static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }

    private static BigInteger[] args(String call) {
        String[] p = call.split(" ");
        BigInteger[] a = new BigInteger[p.length - 1];
        for (int i = 1; i < p.length; i++) {
            a[i - 1] = new BigInteger(p[i]);
        }
        return a;
    }

    /** One vector call through the BigInteger overloads. */
    private static BigInteger callBig(PyRandom r, String call) {
        BigInteger[] a = args(call);
        if (call.startsWith("randint ")) {
            return r.randint(a[0], a[1]);
        } else if (a.length == 1) {
            return r.randrange(a[0]);
        } else if (a.length == 2) {
            return r.randrange(a[0], a[1]);
        }
        return r.randrange(a[0], a[1], a[2]);
    }

    /** One vector call through the long overloads, or null when an argument does not fit a long. */
    private static Long callLong(PyRandom r, String call) {
        BigInteger[] big = args(call);
        long[] a = new long[big.length];
        for (int i = 0; i < a.length; i++) {
            if (!fitsLong(big[i])) {
                return null;
            }
            a[i] = big[i].longValue();
        }
        if (call.startsWith("randint ")) {
            return r.randint(a[0], a[1]);
        } else if (a.length == 1) {
            return r.randrange(a[0]);
        } else if (a.length == 2) {
            return r.randrange(a[0], a[1]);
        }
        return r.randrange(a[0], a[1], a[2]);
    }

    /** Runs one vector call through the BigInteger API, and through the long API when it fits. */
    private static void runCall(PyRandom viaBig, PyRandom viaLong, String call, BigInteger expected) {
        assertEquals(expected, callBig(viaBig, call), call + " (BigInteger)");
        Long l = callLong(viaLong, call);
        if (l != null) {
            assertEquals(expected, BigInteger.valueOf(l), call + " (long)");
        } else {
            assertEquals(expected, callBig(viaLong, call), call + " (BigInteger, second generator)");
        }
    }

    @Test
    void randrangeAndRandintMatchCpython() throws IOException {
        for (String[] v : vectors("calls")) {
            String[] calls = v[2].split(";");
            String[] expected = v[3].split(" ");
            PyRandom viaBig = seeded(v[1]);
            PyRandom viaLong = seeded(v[1]);
            for (int i = 0; i < calls.length; i++) {
                runCall(viaBig, viaLong, calls[i], new BigInteger(expected[i]));
            }
            assertSameDouble(Double.parseDouble(v[4]), viaBig.random(), "random() after " + v[2]);
            assertSameDouble(Double.parseDouble(v[4]), viaLong.random(), "random() after (long) " + v[2]);
        }
    }

    @Test
    void shuffleMatchesCpython() throws IOException {
        for (String[] v : vectors("shuffle")) {
            int n = Integer.parseInt(v[2]);
            int[] expected = v[3].equals("-") ? new int[0] : Arrays.stream(v[3].split(" ")).mapToInt(Integer::parseInt).toArray();
            List<Consumer<PyRandom>> forms = new ArrayList<>();
            List<Function<Object, int[]>> readBack = new ArrayList<>();
            PyRandom r1 = seeded(v[1]);
            int[] ints = new int[n];
            Arrays.setAll(ints, i -> i);
            r1.shuffle(ints);
            assertArrayEquals(expected, ints, "shuffle(int[" + n + "]) seed " + v[1]);
            assertSameDouble(Double.parseDouble(v[4]), r1.random(), "random() after shuffle");

            PyRandom r2 = seeded(v[1]);
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(i);
            }
            r2.shuffle(list);
            assertArrayEquals(expected, list.stream().mapToInt(Integer::intValue).toArray(), "shuffle(List) seed " + v[1]);

            PyRandom r3 = seeded(v[1]);
            long[] longs = new long[n];
            Arrays.setAll(longs, i -> i);
            r3.shuffle(longs);
            assertArrayEquals(Arrays.stream(expected).asLongStream().toArray(), longs, "shuffle(long[])");

            PyRandom r4 = seeded(v[1]);
            double[] doubles = new double[n];
            Arrays.setAll(doubles, i -> i);
            r4.shuffle(doubles);
            assertArrayEquals(Arrays.stream(expected).asDoubleStream().toArray(), doubles, "shuffle(double[])");

            PyRandom r5 = seeded(v[1]);
            Integer[] boxed = list.toArray(new Integer[0]);
            Arrays.setAll(boxed, i -> i);
            r5.shuffle((Object[]) boxed);
            assertArrayEquals(Arrays.stream(expected).boxed().toArray(), boxed, "shuffle(Object[])");
        }
    }

    @Test
    void floatHashMatchesCpython() throws IOException {
        String[] v = vectors("hash").get(0);
        String[] bits = v[1].split(" ");
        String[] hashes = v[2].split(" ");
        for (int i = 0; i < bits.length; i++) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits[i], 16));
            assertEquals(Long.parseLong(hashes[i]), PyHash.hashDouble(d), "hash(" + d + ")");
        }
    }

    private static void assertPyError(Class<? extends RuntimeException> type, String message, Runnable call) {
        RuntimeException e = assertThrows(type, call::run);
        assertEquals(message, e.getMessage());
        assertEquals(type.getSimpleName(), ((PythonError) e).pythonType());
    }

    @Test
    void badArgumentsRaiseCpythonErrorsAndDrawNothing() throws IOException {
        for (String[] v : vectors("error")) {
            String[] p = v[1].split(" ");
            PyRandom r = new PyRandom(31337L);
            RuntimeException e = assertThrows(RuntimeException.class, () -> {
                switch (p[0]) {
                    case "getrandbits":
                        r.getrandbits(Integer.parseInt(p[1]));
                        break;
                    case "randbytes":
                        r.randbytes(Integer.parseInt(p[1]));
                        break;
                    default:
                        callBig(r, v[1]);
                }
            }, v[1]);
            assertEquals(v[2], ((PythonError) e).pythonType(), v[1]);
            assertEquals(v[3], e.getMessage(), v[1]);
            assertSameDouble(Double.parseDouble(v[4]), r.random(), "random() after failed " + v[1]);

            // the long overloads, where the arguments fit
            boolean fits = true;
            long[] a = new long[p.length - 1];
            for (int i = 1; i < p.length; i++) {
                BigInteger b = new BigInteger(p[i]);
                fits &= fitsLong(b);
                a[i - 1] = b.longValue();
            }
            if (fits && (p[0].equals("randrange") || p[0].equals("randint"))) {
                PyRandom rl = new PyRandom(31337L);
                RuntimeException el = assertThrows(RuntimeException.class, () -> {
                    if (p[0].equals("randint")) {
                        rl.randint(a[0], a[1]);
                    } else if (a.length == 1) {
                        rl.randrange(a[0]);
                    } else if (a.length == 2) {
                        rl.randrange(a[0], a[1]);
                    } else {
                        rl.randrange(a[0], a[1], a[2]);
                    }
                });
                assertEquals(v[3], el.getMessage(), v[1] + " (long)");
                assertSameDouble(Double.parseDouble(v[4]), rl.random(), "random() after failed (long) " + v[1]);
            }
        }
    }

    @Test
    void seedTypeAndStateErrorsMatchCpython() {
        PyRandom r = new PyRandom(1L);
        PyRandomState before = r.getstate();
        assertPyError(TypeError.class, "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.",
                () -> r.seed((Object) List.of(1)));
        assertPyError(TypeError.class, "Missing a non-None stop argument",
                () -> r.randrange(BigInteger.valueOf(5), null, BigInteger.TWO));
        assertPyError(ValueError.class,
                "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed",
                () -> r.seed("\ud800"));
        assertPyError(ValueError.class,
                "'utf-8' codec can't encode character '\\udc00' in position 2: surrogates not allowed",
                () -> r.seed("a\ud83d\ude00\udc00"));
        assertThrows(NotImplementedError.class, () -> r.seed(Double.NaN));
        assertEquals(before, r.getstate());

        List<Object> good = before.toList();
        List<?> words = (List<?>) good.get(1);
        assertPyError(ValueError.class, "state with version 4 passed to Random.setstate() of version 3",
                () -> r.setstate(Arrays.asList(4L, words, null)));
        assertPyError(ValueError.class, "not enough values to unpack (expected 3, got 2)",
                () -> r.setstate(Arrays.asList(3L, words)));
        assertPyError(ValueError.class, "too many values to unpack (expected 3)",
                () -> r.setstate(Arrays.asList(3L, words, null, 5L)));
        assertPyError(TypeError.class, "state vector must be a tuple", () -> r.setstate(Arrays.asList(3L, 7L, null)));
        assertPyError(ValueError.class, "state vector is the wrong size",
                () -> r.setstate(Arrays.asList(3L, words.subList(0, 5), null)));
        assertPyError(OverflowError.class, "can't convert negative value to unsigned int",
                () -> r.setstate(Arrays.asList(3L, with(words, 0, -1L), null)));
        assertPyError(OverflowError.class, "Python int too large to convert to C unsigned long",
                () -> r.setstate(Arrays.asList(3L, with(words, 0, BigInteger.ONE.shiftLeft(64)), null)));
        assertPyError(TypeError.class, "an integer is required",
                () -> r.setstate(Arrays.asList(3L, with(words, 0, 1.5), null)));
        assertPyError(ValueError.class, "invalid state",
                () -> r.setstate(Arrays.asList(3L, with(words, 624, 625L), null)));
        assertPyError(ValueError.class, "invalid state",
                () -> r.setstate(Arrays.asList(3L, with(words, 624, -1L), null)));
        assertPyError(OverflowError.class, "Python int too large to convert to C long",
                () -> r.setstate(Arrays.asList(3L, with(words, 624, BigInteger.ONE.shiftLeft(63)), null)));
        assertPyError(TypeError.class, "an integer is required",
                () -> r.setstate(Arrays.asList(2L, with(words, 0, 1.5), null)));
        assertPyError(IndexError.class, "tuple index out of range", () -> r.setstate(List.of()));
        assertEquals(before, r.getstate(), "failed setstate calls must leave the words alone");

        // accepted by CPython: a word of 2**32 truncates to 0; version 2 reduces words mod 2**32
        r.setstate(Arrays.asList(3L, with(words, 5, 1L << 32), null));
        assertEquals(0, r.getstate().key()[5]);
        r.setstate(Arrays.asList(2L, with(words, 5, -1L), 0.25));
        assertEquals(-1, r.getstate().key()[5]);
        assertEquals(0.25, r.getstate().gaussNext());

        // CPython assigns gauss_next before checking the internal state
        PyRandom g = new PyRandom(1L);
        assertThrows(OverflowError.class, () -> g.setstate(Arrays.asList(3L, with(words, 0, -1L), 0.25)));
        assertEquals(0.25, g.getstate().gaussNext());
    }

    @Test
    void setstateTakesAnyNumberAsGaussNext() {
        // CPython 3.13: r = random.Random(7); st = r.getstate(); r.setstate((3, st[1], 'x'));
        // r.getstate()[2] == 'x'; r.random() == 0.32383276483316237; then gauss_next 5 -> 5,
        // True -> True, 2**70 -> 2**70; r.setstate((3, st[1][:5], 'x')) raises
        // ValueError("state vector is the wrong size") (with gauss_next already 'x')
        PyRandom r = new PyRandom(7L);
        List<Object> st = r.getstate().toList();
        List<?> words = (List<?>) st.get(1);
        r.random();
        r.setstate(Arrays.asList(3L, words, 5L));
        assertEquals(5L, r.getstate().gaussNextValue()); // the int itself, as CPython keeps it
        assertEquals(5.0, r.getstate().gaussNext());
        assertSameDouble(0.32383276483316237, r.random(), "random() after setstate with gauss_next 5");
        r.setstate(Arrays.asList(3L, words, Boolean.TRUE));
        assertEquals(Boolean.TRUE, r.getstate().gaussNextValue());
        r.setstate(Arrays.asList(3L, words, BigInteger.ONE.shiftLeft(70)));
        assertEquals(BigInteger.ONE.shiftLeft(70), r.getstate().gaussNextValue()); // not 1.18e21
        assertSameDouble(0x1p70 * 2.0 + 1.0, r.gauss(1.0, 2.0), "gauss(1, 2) with gauss_next 2**70: mu + z * sigma");
        assertNull(r.getstate().gaussNextValue());
        r.setstate(Arrays.asList(2L, words, 2.5));
        assertEquals(2.5, r.getstate().gaussNextValue());

        // any object: kept, and gauss() fails on it as CPython's arithmetic does, the value consumed
        r.setstate(Arrays.asList(3L, words, "x"));
        assertEquals("x", r.getstate().gaussNextValue());
        assertEquals("(3, (" + ((List<?>) words).get(0) + ", ..., 624), 'x')", r.getstate().toString());
        assertPyError(TypeError.class, "can't multiply sequence by non-int of type 'float'", () -> r.gauss(0.0, 1.0));
        assertNull(r.getstate().gaussNextValue());
        // a bad internal state raises CPython's error, with gauss_next already assigned
        assertPyError(ValueError.class, "state vector is the wrong size",
                () -> r.setstate(Arrays.asList(3L, words.subList(0, 5), "y")));
        assertEquals("y", r.getstate().gaussNextValue());
    }

    @Test
    void getrandbits64AboveLongMaxMatchesCpython() {
        // CPython 3.13: r = random.Random(5); [r.getrandbits(64) for _ in range(4)]; r.random()
        PyRandom r = new PyRandom(5L);
        String[] expected = {"4712128852136459333", "6613812840851947673", "12736496262939004471", "15523137368101252074"};
        for (String e : expected) {
            assertEquals(new BigInteger(e), r.getrandbits(64), "getrandbits(64)");
        }
        assertSameDouble(0.7398985747399307, r.random(), "random() after getrandbits(64)");
    }

    @Test
    void fromSeedMatchesCpython() {
        // CPython 3.13: random.Random(123).random(); Random('abc', version=1) is seed('abc', 1)
        assertSameDouble(0.052363598850944326, PyRandom.fromSeed(123L).random(), "fromSeed(123)");
        assertSameDouble(0.052363598850944326, PyRandom.fromSeed(BigInteger.valueOf(123)).random(), "fromSeed(big 123)");
        assertEquals(new PyRandom("abc").getstate(), PyRandom.fromSeed("abc").getstate());
        assertPyError(TypeError.class, "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.",
                () -> PyRandom.fromSeed(List.of()));
    }

    private static List<Object> with(List<?> words, int index, Object value) {
        List<Object> copy = new ArrayList<>(words);
        copy.set(index, value);
        return copy;
    }

    @Test
    void conformanceExamples() {
        // /work/shared/conformance/examples.expected.jsonl (CPython 3.13): doc-py-1, py-randint-1
        PyRandom r = new PyRandom(101L);
        long[] got = new long[5];
        for (int i = 0; i < 5; i++) {
            got[i] = r.randint(1, 100);
        }
        assertArrayEquals(new long[] {75, 25, 70, 46, 60}, got);
        assertSameDouble(0.048520987208713895, r.random(), "doc-py-1 random");
        int[] x = {1, 2, 3, 4, 5};
        r.shuffle(x);
        assertArrayEquals(new int[] {4, 1, 3, 2, 5}, x);

        PyRandom b = new PyRandom(HexFormat.of().parseHex("f4406de43e3eb46a2d9a01b6"));
        for (long e : new long[] {601, 601, 601, 601, 602}) {
            assertEquals(e, b.randint(601, 602));
        }
        assertSameDouble(0.5445844189295619, b.random(), "py-randint-1 random");
    }

    @Test
    void osSeededGeneratorsDiffer() {
        PyRandom a = new PyRandom();
        PyRandom b = new PyRandom();
        assertFalse(Arrays.equals(a.getstate().key(), b.getstate().key()));
        assertEquals(624, a.getstate().index());
        assertTrue(a.random() < 1.0);
    }
}
