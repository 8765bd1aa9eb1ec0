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
 * wrote (values as exact bits, then NumPy's text), and against {@code numpy-print.jsonl}
 * ({@code tools/eval/record_numpy_print.py}: {@code str} and {@code repr} of arrays of every
 * dtype, shape, magnitude and size, summarised ones included).
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

    @Test
    void everyRecordedArrayPrintsAsNumPy() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        int checked = 0;
        java.util.List<String> failures = new java.util.ArrayList<>();
        try (BufferedReader r = resource("/org/nprand/cli/eval/numpy-print.jsonl")) {
            String line;
            while ((line = r.readLine()) != null) {
                com.fasterxml.jackson.databind.JsonNode n = m.readTree(line);
                org.nprand.numpy.NdArray a = decode(n);
                String str = NumpyPrint.str(a);
                String repr = NumpyPrint.repr(a);
                if (!str.equals(n.get("str").textValue())) {
                    failures.add("str " + n.get("dtype") + n.get("shape") + ":\n" + n.get("str").textValue() + "\n" + str);
                }
                if (!repr.equals(n.get("repr").textValue())) {
                    failures.add("repr " + n.get("dtype") + n.get("shape") + ":\n" + n.get("repr").textValue() + "\n" + repr);
                }
                checked++;
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " differ; first:\n"
                + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
        assertTrue(checked >= 250, "checked " + checked);
    }

    private static org.nprand.numpy.NdArray decode(com.fasterxml.jackson.databind.JsonNode n) {
        String dtype = n.get("dtype").textValue();
        int[] shape = new int[n.get("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = n.get("shape").get(i).intValue();
        }
        com.fasterxml.jackson.databind.JsonNode d = n.get("data");
        Object data;
        switch (dtype) {
            case "float64": {
                double[] v = new double[d.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.longBitsToDouble(Long.parseUnsignedLong(d.get(i).textValue(), 16));
                }
                data = v;
                break;
            }
            case "float32": {
                float[] v = new float[d.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(d.get(i).textValue(), 16));
                }
                data = v;
                break;
            }
            case "bool": {
                boolean[] v = new boolean[d.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = d.get(i).booleanValue();
                }
                data = v;
                break;
            }
            default: {
                long[] v = new long[d.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = new java.math.BigInteger(d.get(i).textValue()).longValue();
                }
                data = v;
            }
        }
        return new org.nprand.numpy.NdArray(dtype, shape, data);
    }

    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(NumpyPrintTest.class.getResourceAsStream(name), StandardCharsets.UTF_8));
    }
}
