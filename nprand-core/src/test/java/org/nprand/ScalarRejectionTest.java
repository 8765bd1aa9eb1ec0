package org.nprand;

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
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.nprand.errors.ValueError;
import org.nprand.numpy.DType;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The scalar rejection draws, one call at a time as a caller's loop makes them: {@code
 * RandomState.randint(low, high)} (int64 and int32) and {@code PyRandom.randint(a, b)} /
 * {@code randrange(n)}, whose MT19937 fast path reads two candidate words at once. Against NumPy
 * 2.4.6 and CPython 3.13 ({@code src/test/python/scalar_rejection_vectors.py}): every value, the
 * state after the calls, at both parities of the read position and across block boundaries, and
 * the errors (same class and message, nothing drawn).
 */
class ScalarRejectionTest {

    private static List<String> lines(String resource) throws IOException {
        InputStream in = ScalarRejectionTest.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void randomStateRandintMatchesNumpy() throws IOException {
        List<String> lines = lines("/org/nprand/numpy/scalar_rejection_vectors.txt.gz");
        assertEquals(52, lines.size());
        for (String line : lines) {
            String[] parts = line.split(" \\| ");
            String[] head = parts[0].split(" ");
            DType dtype = head[2].equals("int32") ? DType.INT32 : DType.INT64;
            long lo = Long.parseLong(head[3]);
            long hi = Long.parseLong(head[4]);
            String gap = head[5];
            RandomState rs = new RandomState(12345);
            if (parts[1].equals("error")) {
                ValueError e = assertThrows(ValueError.class, () -> rs.randint(lo, hi), parts[0]);
                assertEquals(parts[2], "ValueError: " + e.getMessage(), parts[0]);
            } else {
                String[] want = parts[2].split(",");
                for (int i = 0; i < want.length; i++) {
                    long got = dtype == DType.INT64 ? rs.randint(lo, hi) : rs.randint(lo, hi, dtype);
                    if (got != Long.parseLong(want[i])) {
                        fail(parts[0] + ": value " + i + " is " + got + ", NumPy " + want[i]);
                    }
                    if (gap.equals("double")) {
                        rs.randomSample();
                    } else if (gap.equals("word")) {
                        rs.randint(0, 1L << 32);
                    }
                }
            }
            assertEquals(Long.parseLong(parts[parts.length - 1]), rs.randint(0, 1L << 62), parts[0] + ": the state after");
        }
    }

    @Test
    void pyRandomRandintAndRandrangeMatchCpython() throws IOException {
        List<String> lines = lines("/org/nprand/python/scalar_rejection_vectors.txt.gz");
        assertEquals(33, lines.size());
        for (String line : lines) {
            String[] parts = line.split(" \\| ");
            String[] head = parts[0].split(" ");
            boolean randint = head[1].equals("randint");
            long lo = Long.parseLong(head[2]);
            long hi = Long.parseLong(head[3]);
            String gap = head[4];
            PyRandom py = new PyRandom(12345);
            if (parts[1].equals("error")) {
                ValueError e = assertThrows(ValueError.class, () -> py.randint(lo, hi), parts[0]);
                assertEquals(parts[2], "ValueError: " + e.getMessage(), parts[0]);
            } else {
                String[] want = parts[2].split(",");
                for (int i = 0; i < want.length; i++) {
                    long got = randint ? py.randint(lo, hi) : py.randrange(hi);
                    if (got != Long.parseLong(want[i])) {
                        fail(parts[0] + ": value " + i + " is " + got + ", CPython " + want[i]);
                    }
                    if (gap.equals("double")) {
                        py.random();
                    } else if (gap.equals("word")) {
                        py.getrandbitsLong(32);
                    }
                }
            }
            assertEquals(Long.parseLong(parts[parts.length - 1]), py.getrandbitsLong(62), parts[0] + ": the state after");
        }
    }
}
