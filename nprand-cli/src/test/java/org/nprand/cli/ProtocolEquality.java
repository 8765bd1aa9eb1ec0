package org.nprand.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The replay protocol's equality ("When two answers agree" in PROTOCOL.md), a port of
 * the steering repository's {@code shared/conformance/compare.py}: same structure; same dtype and shape for arrays; integers
 * equal at any size; floats equal bit for bit (as float32 inside a {@code float32} array,
 * {@code 0.0} and {@code -0.0} differ, NaN equals NaN); booleans are not integers; an error agrees
 * with an error of the same class. Error messages are compared apart: every error pair compared
 * is counted, and the first pair whose messages differ is kept, because this project also promises
 * identical messages.
 *
 * <p>One instance compares one answer (it keeps that answer's message findings).
 */
final class ProtocolEquality {

    /** Where two values first differ: a path like {@code results[2].data[17]} and both values. */
    record Difference(String path, String expected, String actual) {
        @Override
        public String toString() {
            return "at " + path + ": expected " + expected + ", actual " + actual;
        }
    }

    private static final int SHOWN_CHARS = 240;

    private int messagesCompared;
    private int messagesIdentical;
    private Difference firstMessageDifference;

    /** How many error values were compared (each has a message). */
    int messagesCompared() {
        return messagesCompared;
    }

    /** How many of the compared error values had identical messages. */
    int messagesIdentical() {
        return messagesIdentical;
    }

    /** The first error value whose class agreed or not but whose message differed, or null. */
    Difference firstMessageDifference() {
        return firstMessageDifference;
    }

    /**
     * The first place where {@code actual} does not agree with {@code expected}, or null when they agree.
     *
     * @param path the name of this value in the failure message
     */
    Difference firstDifference(JsonNode expected, JsonNode actual, String path) {
        return diff(expected, actual, false, path);
    }

    private Difference diff(JsonNode e, JsonNode a, boolean float32, String path) {
        if (a == null || a.isMissingNode()) {
            return difference(path, e, a);
        }
        if (isFloat(e)) {
            if (!isFloat(a)) {
                return difference(path, e, a);
            }
            return bits(e, float32) == bits(a, float32) ? null : difference(path, e, a);
        }
        if (e.isBoolean() || a.isBoolean()) {
            return e.isBoolean() && a.isBoolean() && e.booleanValue() == a.booleanValue()
                    ? null : difference(path, e, a);
        }
        if (e.isIntegralNumber()) {
            return a.isIntegralNumber() && e.bigIntegerValue().equals(a.bigIntegerValue())
                    ? null : difference(path, e, a);
        }
        if (e.isTextual()) {
            return a.isTextual() && e.textValue().equals(a.textValue()) ? null : difference(path, e, a);
        }
        if (e.isNull()) {
            return a.isNull() ? null : difference(path, e, a);
        }
        if (e.isArray()) {
            return diffArrays(e, a, float32, path);
        }
        if (e.isObject()) {
            if (!a.isObject()) {
                return difference(path, e, a);
            }
            if (isError(e)) {
                return diffErrors(e, a, path);
            }
            if (isNdarray(e)) {
                return diffNdarrays(e, a, path);
            }
            return diffObjects(e, a, float32, path);
        }
        return difference(path, e, a); // a JSON node the protocol never produces
    }

    private Difference diffArrays(JsonNode e, JsonNode a, boolean float32, String path) {
        if (!a.isArray()) {
            return difference(path, e, a);
        }
        int common = Math.min(e.size(), a.size());
        for (int i = 0; i < common; i++) {
            Difference d = diff(e.get(i), a.get(i), float32, path + "[" + i + "]");
            if (d != null) {
                return d;
            }
        }
        if (e.size() != a.size()) {
            return new Difference(path + ".length", Integer.toString(e.size()), Integer.toString(a.size()));
        }
        return null;
    }

    /** Errors agree on class; the message is a second score, recorded here. */
    private Difference diffErrors(JsonNode e, JsonNode a, String path) {
        if (!a.has("error")) {
            return difference(path, e, a);
        }
        JsonNode expectedClass = e.get("error");
        JsonNode actualClass = a.get("error");
        if (expectedClass.isObject()) {
            // a case-level error: {"error": {"error": class, "message": str}}
            return diff(expectedClass, actualClass, false, path + ".error");
        }
        messagesCompared++;
        JsonNode expectedMessage = e.path("message");
        JsonNode actualMessage = a.path("message");
        if (expectedMessage.equals(actualMessage)) {
            messagesIdentical++;
        } else if (firstMessageDifference == null) {
            firstMessageDifference = difference(path + ".message", expectedMessage, actualMessage);
        }
        return expectedClass.equals(actualClass) ? null : difference(path + ".error", expectedClass, actualClass);
    }

    private Difference diffNdarrays(JsonNode e, JsonNode a, String path) {
        if (!e.get("dtype").equals(a.get("dtype"))) {
            return difference(path + ".dtype", e.get("dtype"), a.get("dtype"));
        }
        Difference shape = diff(e.get("shape"), a.get("shape"), false, path + ".shape");
        if (shape != null) {
            return shape;
        }
        return diff(e.get("data"), a.get("data"), "float32".equals(e.get("dtype").asText()), path + ".data");
    }

    private Difference diffObjects(JsonNode e, JsonNode a, boolean float32, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (!a.has(key)) {
                return new Difference(path + "." + key, show(field.getValue()), "(missing)");
            }
            Difference d = diff(field.getValue(), a.get(key), float32, path + "." + key);
            if (d != null) {
                return d;
            }
        }
        for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!e.has(key)) {
                return new Difference(path + "." + key, "(missing)", show(a.get(key)));
            }
        }
        return null;
    }

    /** A float: a JSON number with a fraction or exponent, or {"float": "nan" | "inf" | "-inf"}. */
    static boolean isFloat(JsonNode x) {
        return x.isFloatingPointNumber() || (x.isObject() && x.size() == 1 && x.has("float"));
    }

    /** An error value (compare.py: "error" in e and set(e) <= {"error", "message"}). */
    static boolean isError(JsonNode x) {
        if (!x.has("error")) {
            return false;
        }
        for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("error") && !key.equals("message")) {
                return false;
            }
        }
        return true;
    }

    /** An ndarray value: exactly the keys dtype, shape, data. */
    static boolean isNdarray(JsonNode x) {
        return x.size() == 3 && x.has("dtype") && x.has("shape") && x.has("data");
    }

    /** The bits of a float value, as float32 when asked (NaN canonical, so NaN equals NaN). */
    static long bits(JsonNode x, boolean float32) {
        double d = x.isObject() ? nonFinite(x.get("float").asText()) : x.doubleValue();
        return float32 ? Float.floatToIntBits((float) d) : Double.doubleToLongBits(d);
    }

    private static double nonFinite(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "+inf":
            case "infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(text); // as Python's float(text); throws on garbage
        }
    }

    private static Difference difference(String path, JsonNode e, JsonNode a) {
        return new Difference(path, show(e), show(a));
    }

    private static String show(JsonNode x) {
        if (x == null || x.isMissingNode()) {
            return "(missing)";
        }
        String text = x.toString();
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }
}
