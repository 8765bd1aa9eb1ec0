package org.nprand.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nprand.errors.PythonError;
import org.nprand.errors.TypeError;

/**
 * The typed fill forms {@code Generator.integers(low, high, dtype, endpoint, out)} and
 * {@code RandomState.randint(low, high, dtype, out)} against NumPy 2.4.6: every line of
 * {@code integer_fill_vectors.txt.gz} (written by {@code src/test/python/integer_fill_vectors.py}
 * from {@code default_rng(12345).integers(low, high, n, dtype, endpoint)} and
 * {@code RandomState(12345).randint(low, high, n, dtype)}) fills an array of the dtype's width
 * and compares every value, then the next {@code integers(0, 2**62)} / {@code randint(0, 2**62)}
 * (the state after the call); bad bounds raise NumPy's exception and draw nothing. The
 * allocating {@code long[]} form is checked on the same lines, so both forms draw alike.
 */
class IntegerFillTest {

    private static final String VECTORS = "/org/nprand/numpy/integer_fill_vectors.txt.gz";

    @TestFactory
    Stream<DynamicTest> againstNumpy() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = IntegerFillTest.class.getResourceAsStream(VECTORS);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String l = line;
                tests.add(DynamicTest.dynamicTest(l.length() > 60 ? l.substring(0, 60) : l, () -> check(l)));
            }
        }
        if (tests.size() < 700) {
            fail("only " + tests.size() + " vector lines");
        }
        return tests.stream();
    }

    private static void check(String line) {
        String[] parts = line.split(" \\| ", -1);
        String[] head = parts[0].split(" ");
        boolean gen = head[0].equals("gen");
        DType dtype = DType.valueOf(head[1].toUpperCase());
        long low = Long.parseLong(head[2]);
        long high = Long.parseLong(head[3]);
        boolean endpoint = Boolean.parseBoolean(head[4].toLowerCase());
        int n = Integer.parseInt(head[5]);
        Generator g = Generator.defaultRng(12345);
        RandomState rs = new RandomState(12345);
        Function<Object, long[]> fill = out -> widen(dtype, gen
                ? fillGen(g, low, high, dtype, endpoint, out) : fillRs(rs, low, high, dtype, out));
        if (parts.length == 2) {
            // NumPy raised: the same class and message, nothing drawn
            RuntimeException e = assertThrows(RuntimeException.class, () -> fill.apply(array(dtype, n)), line);
            if (!(e instanceof PythonError p)) {
                throw e;
            }
            assertEquals(parts[1], p.pythonType() + ": " + e.getMessage(), line);
            long fresh = gen ? Generator.defaultRng(12345).integers(0, 1L << 62)
                    : new RandomState(12345).randint(0, 1L << 62);
            assertEquals(fresh, next(gen, g, rs), line + ": nothing drawn");
            return;
        }
        long[] expected = parseValues(parts[2]);
        assertValues(line, expected, fill.apply(array(dtype, n)));
        assertEquals(Long.parseLong(parts[1]), next(gen, g, rs), line + ": the state after the fill");
        // the allocating form on the same line: the same values and state
        Generator g2 = Generator.defaultRng(12345);
        RandomState rs2 = new RandomState(12345);
        long[] alloc = gen
                ? g2.integers(java.math.BigInteger.valueOf(low), java.math.BigInteger.valueOf(high), new int[] {n},
                        dtype, endpoint)
                : rs2.randint(low, high, new int[] {n}, dtype);
        assertValues(line + " (allocating form)", expected, alloc);
        assertEquals(Long.parseLong(parts[1]), next(gen, g2, rs2), line + ": the state after the allocating form");
    }

    private static long next(boolean gen, Generator g, RandomState rs) {
        return gen ? g.integers(0, 1L << 62) : rs.randint(0, 1L << 62);
    }

    private static Object fillGen(Generator g, long low, long high, DType dtype, boolean endpoint, Object out) {
        if (out instanceof byte[] b) {
            return g.integers(low, high, dtype, endpoint, b);
        } else if (out instanceof short[] s) {
            return g.integers(low, high, dtype, endpoint, s);
        } else if (out instanceof int[] i) {
            return g.integers(low, high, dtype, endpoint, i);
        } else if (out instanceof long[] l) {
            return g.integers(low, high, dtype, endpoint, l);
        }
        return g.integers(low, high, dtype, endpoint, (boolean[]) out);
    }

    private static Object fillRs(RandomState rs, long low, long high, DType dtype, Object out) {
        if (out instanceof byte[] b) {
            return rs.randint(low, high, dtype, b);
        } else if (out instanceof short[] s) {
            return rs.randint(low, high, dtype, s);
        } else if (out instanceof int[] i) {
            return rs.randint(low, high, dtype, i);
        } else if (out instanceof long[] l) {
            return rs.randint(low, high, dtype, l);
        }
        return rs.randint(low, high, dtype, (boolean[]) out);
    }

    /** An array of the dtype's width. */
    private static Object array(DType dtype, int n) {
        switch (dtype.bits()) {
            case 8: return new byte[n];
            case 16: return new short[n];
            case 32: return new int[n];
            case 64: return new long[n];
            default: return new boolean[n];
        }
    }

    /** The filled array's values as NumPy prints them (uint64 as its bit pattern). */
    private static long[] widen(DType dtype, Object out) {
        boolean signed = dtype.isSigned();
        if (out instanceof byte[] b) {
            long[] v = new long[b.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = signed ? b[i] : b[i] & 0xFF;
            }
            return v;
        } else if (out instanceof short[] s) {
            long[] v = new long[s.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = signed ? s[i] : s[i] & 0xFFFF;
            }
            return v;
        } else if (out instanceof int[] a) {
            long[] v = new long[a.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = signed ? a[i] : a[i] & 0xFFFF_FFFFL;
            }
            return v;
        } else if (out instanceof long[] l) {
            return l;
        }
        boolean[] z = (boolean[]) out;
        long[] v = new long[z.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = z[i] ? 1 : 0;
        }
        return v;
    }

    private static long[] parseValues(String s) {
        if (s.isEmpty()) {
            return new long[0];
        }
        String[] p = s.split(",");
        long[] v = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = Long.parseUnsignedLong(p[i].startsWith("-") ? p[i].substring(1) : p[i]);
            if (p[i].startsWith("-")) {
                v[i] = -v[i];
            }
        }
        return v;
    }

    private static void assertValues(String line, long[] expected, long[] actual) {
        assertEquals(expected.length, actual.length, line + ": length");
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[i]) {
                fail(line.substring(0, Math.min(line.length(), 80)) + ": first difference at [" + i + "]: expected "
                        + expected[i] + ", got " + actual[i]);
            }
        }
    }

    @Test
    void arrayWidthMustBeTheDtypes() {
        Generator g = Generator.defaultRng(12345);
        RandomState rs = new RandomState(12345);
        TypeError e = assertThrows(TypeError.class, () -> g.integers(0, 100, DType.INT16, false, new byte[4]));
        assertEquals("Supplied output array has the wrong type. Expected int16, got an array of 8-bit integers",
                e.getMessage());
        e = assertThrows(TypeError.class, () -> g.integers(0, 100, DType.INT8, false, new long[4]));
        assertEquals("Supplied output array has the wrong type. Expected int8, got an array of 64-bit integers",
                e.getMessage());
        e = assertThrows(TypeError.class, () -> rs.randint(0, 2, DType.BOOL, new byte[4]));
        assertEquals("Supplied output array has the wrong type. Expected bool, got an array of 8-bit integers",
                e.getMessage());
        e = assertThrows(TypeError.class, () -> rs.randint(0, 2, DType.UINT32, new boolean[4]));
        assertEquals("Supplied output array has the wrong type. Expected uint32, got an array of bools",
                e.getMessage());
        e = assertThrows(TypeError.class, () -> rs.randint(0, 2, DType.INT64, new int[0]));
        assertEquals("Supplied output array has the wrong type. Expected int64, got an array of 32-bit integers",
                e.getMessage(), "checked before the empty-array shortcut");
        e = assertThrows(TypeError.class, () -> g.integers(0, 2, null, false, new int[4]));
        assertEquals("dtype must not be null", e.getMessage());
        e = assertThrows(TypeError.class, () -> rs.randint(0, 2, DType.INT32, (int[]) null));
        assertEquals("out must not be null", e.getMessage());
        // nothing drawn
        assertEquals(Generator.defaultRng(12345).integers(0, 1L << 62), g.integers(0, 1L << 62));
        assertEquals(new RandomState(12345).randint(0, 1L << 62), rs.randint(0, 1L << 62));
    }
}
