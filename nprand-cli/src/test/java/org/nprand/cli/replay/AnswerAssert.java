package org.nprand.cli.replay;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;

/**
 * PROTOCOL.md's "when two answers agree" for tests: same structure, same dtype and shape, ints
 * equal, floats equal bit for bit (float32 arrays as float32), booleans not ints, errors of the same
 * class (and here also the same message). Fails with the path of the first difference.
 */
final class AnswerAssert {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerAssert() {
    }

    static void assertAgrees(String expectedLine, String actualLine) {
        try {
            JsonNode e = JSON.readTree(expectedLine);
            JsonNode a = JSON.readTree(actualLine);
            String diff = diff(e, a, "$", false);
            if (diff != null) {
                fail("answers differ at " + diff + "\n  expected: " + cut(expectedLine) + "\n  actual:   " + cut(actualLine));
            }
        } catch (java.io.IOException ex) {
            fail("not JSON: " + ex.getMessage() + "\n  actual: " + cut(actualLine));
        }
    }

    private static String cut(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    private static boolean isFloat(JsonNode n) {
        return n.isFloatingPointNumber() || (n.isObject() && n.size() == 1 && n.has("float"));
    }

    private static double floatValue(JsonNode n) {
        if (n.isObject()) {
            switch (n.get("float").asText()) {
                case "nan":
                    return Double.NaN;
                case "inf":
                    return Double.POSITIVE_INFINITY;
                default:
                    return Double.NEGATIVE_INFINITY;
            }
        }
        return n.doubleValue();
    }

    private static String diff(JsonNode e, JsonNode a, String path, boolean f32) {
        if (isFloat(e)) {
            if (!isFloat(a)) {
                return path + " (expected a float, got " + a + ")";
            }
            double x = floatValue(e);
            double y = floatValue(a);
            boolean same = f32
                    ? Float.floatToIntBits((float) x) == Float.floatToIntBits((float) y)
                    : Double.doubleToLongBits(x) == Double.doubleToLongBits(y);
            return same ? null : path + " (" + e + " vs " + a + ")";
        }
        if (e.isBoolean() || a.isBoolean()) {
            return e.isBoolean() && a.isBoolean() && e.booleanValue() == a.booleanValue() ? null
                    : path + " (" + e + " vs " + a + ")";
        }
        if (e.isIntegralNumber()) {
            return a.isIntegralNumber() && e.bigIntegerValue().equals(a.bigIntegerValue()) ? null
                    : path + " (" + e + " vs " + a + ")";
        }
        if (e.isArray()) {
            if (!a.isArray() || a.size() != e.size()) {
                return path + " (array sizes " + e.size() + " vs " + (a.isArray() ? a.size() : a) + ")";
            }
            for (int i = 0; i < e.size(); i++) {
                String d = diff(e.get(i), a.get(i), path + "[" + i + "]", f32);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (e.isObject()) {
            if (!a.isObject()) {
                return path + " (expected an object, got " + a + ")";
            }
            boolean array = e.size() == 3 && e.has("dtype") && e.has("shape") && e.has("data");
            if (e.size() != a.size()) {
                return path + " (keys " + e + " vs " + a + ")";
            }
            Iterator<String> names = e.fieldNames();
            while (names.hasNext()) {
                String k = names.next();
                if (!a.has(k)) {
                    return path + " (no key " + k + ")";
                }
                String d = diff(e.get(k), a.get(k), path + "." + k,
                        f32 || (array && k.equals("data") && e.get("dtype").asText().equals("float32")));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return e.equals(a) ? null : path + " (" + e + " vs " + a + ")";
    }
}
