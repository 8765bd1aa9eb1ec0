package org.nprand.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nprand.errors.OverflowError;
import org.nprand.errors.PythonError;
import org.nprand.errors.ValueError;

/**
 * {@link PyMath#lgamma} against CPython 3.13's {@code math.lgamma} on 20,053 inputs (written by
 * tools/libm/vectors_lgamma.py under {@code PYENV_VERSION=3.13.0}, once per glibc variant:
 * positive, negative, tiny, huge, near the poles, integers; each line the input bits and either the
 * result bits or the exception). The variant checked is the one {@link Libm#FMA} selects.
 */
class PyMathTest {

    /** The vectors of the glibc variant {@link Libm} reproduces in this JVM. */
    static List<String[]> vectors() {
        String path = "/pymath/" + (Libm.FMA ? "fma" : "nofma") + "/lgamma.txt.gz";
        List<String[]> out = new ArrayList<>();
        try (InputStream raw = PyMathTest.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("missing " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.split(" ", 2));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static double input(String[] v) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(v[0], 16));
    }

    private static String run(double x) {
        try {
            return String.format("%016x", Double.doubleToRawLongBits(PyMath.lgamma(x)));
        } catch (ValueError | OverflowError e) {
            return ((PythonError) e).pythonType() + ":" + e.getMessage();
        }
    }

    /** Exceptions (class and message) and the results that need no libm call, always exact. */
    @Test
    void errorsAndExactCases() {
        int checked = 0;
        for (String[] v : vectors()) {
            double x = input(v);
            boolean noLibm = v[1].contains(":") || Double.isNaN(x) || Double.isInfinite(x)
                    || (x == Math.floor(x) && x <= 2.0);
            if (noLibm) {
                String got = run(x);
                if (Double.isNaN(x)) {
                    assertTrue(Double.isNaN(PyMath.lgamma(x)));
                } else if (!got.equals(v[1])) {
                    fail("lgamma(" + x + "): CPython " + v[1] + ", java " + got);
                }
                checked++;
            }
        }
        assertTrue(checked > 1800, "too few error/exact cases: " + checked);
        assertEquals("math domain error", assertThrows(ValueError.class, () -> PyMath.lgamma(-0.0)).getMessage());
        assertEquals("math range error", assertThrows(OverflowError.class, () -> PyMath.lgamma(1e306)).getMessage());
    }

    /**
     * Every result bit for bit. Needs glibc's exact sin and cos, which only nprand-libm-lgpl
     * provides: skipped here in nprand-core's own tests, and run for real by that module's
     * {@code PyMathExactTest} (on the same vectors).
     */
    @Test
    void everyBitWithExactLibm() {
        Assumptions.assumeTrue(Libm.trigIsExact(),
                "glibc's sin/cos need nprand-libm-lgpl on the class path (see PyMathExactTest there)");
        everyBit();
    }

    /** Fails unless every vector's result is CPython's, bit for bit. */
    static void everyBit() {
        int bad = 0;
        int n = 0;
        StringBuilder sb = new StringBuilder();
        for (String[] v : vectors()) {
            double x = input(v);
            String got = run(x);
            boolean ok = got.equals(v[1]) || (Double.isNaN(x) && got.startsWith("7ff8"));
            if (!ok) {
                if (bad < 8) {
                    sb.append(String.format("%n  lgamma(%s) [0x%s]: CPython %s, java %s", x, v[0], v[1], got));
                }
                bad++;
            }
            n++;
        }
        if (bad > 0) {
            fail(bad + " of " + n + " differ; first:" + sb);
        }
    }
}
