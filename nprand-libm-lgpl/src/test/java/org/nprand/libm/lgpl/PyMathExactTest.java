package org.nprand.libm.lgpl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.nprand.errors.PythonError;
import org.nprand.math.Libm;
import org.nprand.math.PyMath;

/**
 * CPython 3.13's {@code math.lgamma} ({@link PyMath#lgamma}) bit for bit on the 20,053 vectors that
 * tools/libm/vectors_lgamma.py wrote (nprand-core/src/test/resources/pymath/): each line holds the
 * input bits and CPython's result bits or exception. lgamma calls glibc's log, sin and cos, so it is
 * exact only with this module's sin/cos provider present: that is why this check runs here
 * (nprand-core's PyMathTest checks the errors and the libm-free cases).
 */
class PyMathExactTest {

    private static final Path VECTORS = Path.of("..", "nprand-core", "src", "test", "resources", "pymath");

    @Test
    void lgammaEveryBit() throws Exception {
        assertTrue(Libm.trigIsExact(), "the LGPL TrigProvider must be found on this class path");
        Path file = VECTORS.resolve(Libm.FMA ? "fma" : "nofma").resolve("lgamma.txt.gz");
        int n = 0;
        int bad = 0;
        StringBuilder first = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] v = line.split(" ", 2);
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(v[0], 16));
                String got;
                try {
                    got = String.format("%016x", Double.doubleToRawLongBits(PyMath.lgamma(x)));
                } catch (RuntimeException e) {
                    got = ((PythonError) e).pythonType() + ":" + e.getMessage();
                }
                boolean ok = got.equals(v[1]) || (Double.isNaN(x) && got.startsWith("7ff8"));
                if (!ok && bad++ < 8) {
                    first.append(String.format("%n  lgamma(%s) [0x%s]: CPython %s, java %s", x, v[0], v[1], got));
                }
                n++;
            }
        }
        assertTrue(n > 20_000, "too few vectors: " + n);
        if (bad > 0) {
            fail(bad + " of " + n + " lgamma results differ from CPython 3.13; first:" + first);
        }
    }
}
