package org.nprand.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link NumpyPrint} against NumPy 2.4.6's {@code str(array)}, read from resources that python3
 * wrote (values as exact bits, then NumPy's text). Arrays that NumPy prints in scientific format
 * are outside NumpyPrint's scope and skipped.
 */
class NumpyPrintTest {

    @Test
    void floatArraysPrintAsNumPy() throws IOException {
        int checked = 0;
        try (BufferedReader r = resource("/org/nprand/cli/numpy-array-str.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                String expected = line.substring(bar + 1).replace("\\n", "\n");
                if (expected.contains("e+") || expected.contains("e-")) {
                    continue;
                }
                String[] hex = line.substring(0, bar).split(",");
                double[] v = new double[hex.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.longBitsToDouble(Long.parseUnsignedLong(hex[i], 16));
                }
                assertEquals(expected, NumpyPrint.str(v), "str of " + line.substring(0, bar));
                checked++;
            }
        }
        assertTrue(checked >= 20, "checked " + checked);
    }

    @Test
    void intArraysPrintAsNumPy() throws IOException {
        int checked = 0;
        try (BufferedReader r = resource("/org/nprand/cli/numpy-int-array-str.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf('|');
                String[] s = line.substring(0, bar).split(",");
                long[] v = new long[s.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Long.parseLong(s[i]);
                }
                assertEquals(line.substring(bar + 1).replace("\\n", "\n"), NumpyPrint.str(v));
                checked++;
            }
        }
        assertEquals(18, checked);
    }

    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(NumpyPrintTest.class.getResourceAsStream(name), StandardCharsets.UTF_8));
    }
}
