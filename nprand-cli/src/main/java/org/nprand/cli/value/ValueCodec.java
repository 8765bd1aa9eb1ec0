package org.nprand.cli.value;

import org.nprand.numpy.NdArray;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.SeedSequence;

/**
 * The replay protocol's values (PROTOCOL.md, "Values") to and from Java values.
 *
 * <h2>Decoding (JSON argument to Java)</h2>
 * <ul>
 *   <li>{@code null} to {@code null}; {@code true}/{@code false} to {@link Boolean};</li>
 *   <li>a JSON integer to a {@link Long} when it fits in a signed 64-bit long, else a
 *       {@link BigInteger} (exact, any size);</li>
 *   <li>a JSON number with a fraction or exponent, and {@code {"float": "nan"|"inf"|"-inf"}}, to a
 *       {@link Double};</li>
 *   <li>a string to a {@link String}; an array to a {@code List<Object>};</li>
 *   <li>{@code {"dtype","shape","data"}} to an {@link NdArray}; {@code {"bytes": hex}} to a
 *       {@code byte[]}; {@code {"range": [a, b, c]}} to a {@link PyRange}; any other object to a
 *       {@code LinkedHashMap<String, Object>} (key order kept).</li>
 * </ul>
 *
 * <h2>Encoding (Java result to JSON)</h2>
 * <ul>
 *   <li>{@link Long}, {@link Integer}, {@link Short}, {@link Byte}, {@link BigInteger}: exact
 *       Python ints. An unsigned 64-bit value must arrive as a {@link BigInteger} or a 0-d
 *       {@code uint64} {@link NdArray};</li>
 *   <li>{@link Double}: a JSON number that parses back to the same double; {@link Float}: a
 *       float32 scalar, written as its exact double value (as the reference does); non-finite
 *       values as {@code {"float": ...}};</li>
 *   <li>{@link NdArray}: {@code {"dtype","shape","data"}}, or a plain scalar when 0-d;</li>
 *   <li>raw Java arrays follow the bit generator state convention ({@link BitGenerator}):
 *       {@code int[]} is a {@code uint32} array, {@code long[]} a {@code uint64} array,
 *       {@code double[]} a {@code float64} array, {@code float[]} {@code float32},
 *       {@code boolean[]} {@code bool};</li>
 *   <li>{@code byte[]} to {@code {"bytes": hex}}; {@link Map} to an object in its iteration
 *       order; {@link Collection} and {@code Object[]} to an array; {@link PyError} to
 *       {@code {"error","message"}}; {@link PyRange} to {@code {"range": [...]}};</li>
 *   <li>a {@link SeedSequence} (from {@code spawn}) to its {@code state} dict, as the reference
 *       executor does;</li>
 *   <li>anything else (a {@link BitGenerator}, ...) cannot be encoded: {@link ProtocolError}, as
 *       the reference executor answers.</li>
 * </ul>
 */
public final class ValueCodec {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ValueCodec() {
    }

    // ---- decoding ---------------------------------------------------------------------------

    /** Decodes one protocol value. */
    public static Object decode(JsonNode n) {
        switch (n.getNodeType()) {
            case NULL:
            case MISSING:
                return null;
            case BOOLEAN:
                return n.booleanValue();
            case NUMBER:
                if (n.isIntegralNumber()) {
                    if (n.canConvertToLong()) {
                        return n.longValue();
                    }
                    return n.bigIntegerValue();
                }
                return n.doubleValue();
            case STRING:
                return n.textValue();
            case ARRAY: {
                List<Object> out = new ArrayList<>(n.size());
                for (JsonNode e : n) {
                    out.add(decode(e));
                }
                return out;
            }
            case OBJECT:
                return decodeObject(n);
            default:
                throw new IllegalArgumentException("not a protocol value: " + n);
        }
    }

    private static Object decodeObject(JsonNode n) {
        int size = n.size();
        if (size == 1) {
            JsonNode f = n.get("float");
            if (f != null && f.isTextual()) {
                return nonFinite(f.textValue());
            }
            JsonNode b = n.get("bytes");
            if (b != null && b.isTextual()) {
                return hexToBytes(b.textValue());
            }
            JsonNode r = n.get("range");
            if (r != null && r.isArray()) {
                return decodeRange(r);
            }
        }
        if (size == 3 && n.has("dtype") && n.has("shape") && n.has("data")) {
            return decodeArray(n);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), decode(e.getValue()));
        }
        return out;
    }

    private static double nonFinite(String s) {
        switch (s) {
            case "nan":
                return Double.NaN;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new IllegalArgumentException("not a float: {\"float\": \"" + s + "\"}");
        }
    }

    private static PyRange decodeRange(JsonNode r) {
        if (r.size() < 1 || r.size() > 3) {
            throw new IllegalArgumentException("range expects 1 to 3 ints");
        }
        BigInteger[] v = new BigInteger[r.size()];
        for (int i = 0; i < v.length; i++) {
            if (!r.get(i).isIntegralNumber()) {
                throw new IllegalArgumentException("range bounds must be ints");
            }
            v[i] = r.get(i).bigIntegerValue();
        }
        if (v.length == 1) {
            return new PyRange(BigInteger.ZERO, v[0], BigInteger.ONE);
        }
        return new PyRange(v[0], v[1], v.length == 3 ? v[2] : BigInteger.ONE);
    }

    private static NdArray decodeArray(JsonNode n) {
        String dtype = n.get("dtype").asText();
        JsonNode shapeNode = n.get("shape");
        long[] shape = new long[shapeNode.size()]; // intp: an empty array may have an axis past an int
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).longValue();
        }
        JsonNode data = n.get("data");
        int len = data.size();
        Object flat;
        switch (NdArray.storageOf(dtype)) {
            case BOOL: {
                boolean[] a = new boolean[len];
                for (int i = 0; i < len; i++) {
                    JsonNode e = data.get(i);
                    // numbers given for a bool array are converted as NumPy does (non-zero is True)
                    a[i] = e.isNumber() ? e.doubleValue() != 0 : e.booleanValue();
                }
                flat = a;
                break;
            }
            case INT: {
                long[] a = new long[len];
                for (int i = 0; i < len; i++) {
                    JsonNode e = data.get(i);
                    if (dtype.startsWith("uint") && e.isIntegralNumber() && e.bigIntegerValue().signum() < 0) {
                        // np.array(data, dtype=uint64) refuses a negative Python int
                        throw new org.nprand.errors.OverflowError("Python integer " + e.bigIntegerValue()
                                + " out of bounds for " + dtype);
                    }
                    a[i] = e.canConvertToLong() ? e.longValue() : e.bigIntegerValue().longValue();
                }
                flat = a;
                break;
            }
            case FLOAT32: {
                float[] a = new float[len];
                for (int i = 0; i < len; i++) {
                    a[i] = (float) number(data.get(i));
                }
                flat = a;
                break;
            }
            case OBJECT: {
                Object[] a = new Object[len];
                for (int i = 0; i < len; i++) {
                    a[i] = decode(data.get(i));
                }
                flat = a;
                break;
            }
            default: {
                double[] a = new double[len];
                for (int i = 0; i < len; i++) {
                    a[i] = number(data.get(i));
                }
                flat = a;
            }
        }
        return new NdArray(dtype, shape, flat);
    }

    private static double number(JsonNode e) {
        if (e.isObject() && e.has("float")) {
            return nonFinite(e.get("float").asText());
        }
        return e.doubleValue();
    }

    /** Lower- or upper-case hex to bytes. */
    public static byte[] hexToBytes(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("odd-length hex string");
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(hex.charAt(2 * i), 16);
            int lo = Character.digit(hex.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex string: " + hex);
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** Bytes as lower-case hex. */
    public static String bytesToHex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 15];
            out[2 * i + 1] = HEX[bytes[i] & 15];
        }
        return new String(out);
    }

    /** A Python int (Long or BigInteger) from any exact integer, narrowed to Long when it fits. */
    public static Number pyInt(BigInteger v) {
        return org.nprand.internal.py.Py.intValue(v);
    }

    /** An unsigned 64-bit value as a Python int. */
    public static Number unsigned(long bits) {
        return org.nprand.internal.py.Py.unsignedValue(bits);
    }

    // ---- encoding ---------------------------------------------------------------------------

    /** Encodes one value to a JSON string. */
    public static String encode(Object v) {
        StringBuilder b = new StringBuilder();
        encode(v, b);
        return b.toString();
    }

    /** Appends one value as JSON. */
    public static void encode(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Boolean) {
            b.append(((Boolean) v).booleanValue() ? "true" : "false");
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            b.append(((Number) v).longValue());
        } else if (v instanceof BigInteger) {
            b.append(v.toString());
        } else if (v instanceof Double) {
            appendDouble((Double) v, b);
        } else if (v instanceof Float) {
            appendDouble((double) (Float) v, b);
        } else if (v instanceof String) {
            appendString((String) v, b);
        } else if (v instanceof NdArray) {
            appendNdArray((NdArray) v, b);
        } else if (v instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                appendString(String.valueOf(e.getKey()), b);
                b.append(": ");
                encode(e.getValue(), b);
            }
            b.append('}');
        } else if (v instanceof Collection) {
            b.append('[');
            boolean first = true;
            for (Object e : (Collection<?>) v) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                encode(e, b);
            }
            b.append(']');
        } else if (v instanceof Object[]) {
            encode(java.util.Arrays.asList((Object[]) v), b);
        } else if (v instanceof byte[]) {
            b.append("{\"bytes\": \"").append(bytesToHex((byte[]) v)).append("\"}");
        } else if (v instanceof int[]) {
            appendNdArray(NdArray.uint32((int[]) v), b);
        } else if (v instanceof long[]) {
            appendNdArray(NdArray.uint64((long[]) v), b);
        } else if (v instanceof double[]) {
            appendNdArray(NdArray.of((double[]) v), b);
        } else if (v instanceof float[]) {
            appendNdArray(new NdArray("float32", new int[] {((float[]) v).length}, v), b);
        } else if (v instanceof boolean[]) {
            appendNdArray(new NdArray("bool", new int[] {((boolean[]) v).length}, v), b);
        } else if (v instanceof PyError) {
            PyError e = (PyError) v;
            b.append("{\"error\": ");
            appendString(e.type(), b);
            b.append(", \"message\": ");
            appendString(e.message(), b);
            b.append('}');
        } else if (v instanceof PyRange) {
            PyRange r = (PyRange) v;
            b.append("{\"range\": [").append(r.start()).append(", ").append(r.stop()).append(", ")
                    .append(r.step()).append("]}");
        } else if (v instanceof Character) {
            appendString(v.toString(), b);
        } else if (v instanceof SeedSequence) {
            encode(((SeedSequence) v).state(), b);
        } else if (v instanceof BitGenerator) {
            throw new ProtocolError("cannot encode a " + ((BitGenerator) v).name());
        } else {
            throw new ProtocolError("cannot encode a " + org.nprand.internal.py.Py.typeName(v));
        }
    }

    /**
     * A double as a JSON number that parses back to the same double (Java's
     * {@link Double#toString} round-trips, and its {@code 1.0E10} form is valid JSON that Python's
     * {@code json} reads), or {@code {"float": ...}} when not finite.
     */
    public static void appendDouble(double d, StringBuilder b) {
        if (Double.isNaN(d)) {
            b.append("{\"float\": \"nan\"}");
        } else if (Double.isInfinite(d)) {
            b.append(d > 0 ? "{\"float\": \"inf\"}" : "{\"float\": \"-inf\"}");
        } else {
            b.append(Double.toString(d));
        }
    }

    private static void appendNdArray(NdArray a, StringBuilder b) {
        Object data = a.data();
        if (a.ndim() == 0) {
            appendElement(a, data, 0, b);
            return;
        }
        b.append("{\"dtype\": \"").append(a.dtype()).append("\", \"shape\": [");
        long[] shape = a.shape();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(shape[i]);
        }
        b.append("], \"data\": [");
        int n = a.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(", ");
            }
            appendElement(a, data, i, b);
        }
        b.append("]}");
    }

    private static void appendElement(NdArray a, Object data, int i, StringBuilder b) {
        if (data instanceof long[]) {
            long v = ((long[]) data)[i];
            if (a.dtype().equals("uint64")) {
                b.append(Long.toUnsignedString(v));
            } else {
                b.append(v);
            }
        } else if (data instanceof double[]) {
            appendDouble(((double[]) data)[i], b);
        } else if (data instanceof float[]) {
            appendDouble(((float[]) data)[i], b);
        } else if (data instanceof Object[]) {
            encode(((Object[]) data)[i], b);
        } else {
            b.append(((boolean[]) data)[i] ? "true" : "false");
        }
    }

    /** A JSON string literal, ASCII only (as Python's json.dumps writes it). */
    public static void appendString(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\b':
                    b.append("\\b");
                    break;
                case '\f':
                    b.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        b.append("\\u");
                        b.append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }
}
