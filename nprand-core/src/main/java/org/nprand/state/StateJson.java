package org.nprand.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.bitgen.BitGenerator;
import org.nprand.errors.ValueError;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.Generator;
import org.nprand.numpy.LegacyState;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;
import org.nprand.python.PyRandomState;

/**
 * A generator's state as JSON that Python reads in one line, and back.
 *
 * <p>The JSON is the state NumPy or CPython would give, with arrays as lists and tuples as
 * lists, written as Python's {@code json.dumps} writes it (same separators, same key order,
 * floats as {@code repr}, exact integers of any size):
 *
 * <table>
 *   <caption>What each state is, and the Python that reads it</caption>
 *   <tr><th>Java</th><th>JSON</th><th>Python, to load it</th><th>Python, to write it</th></tr>
 *   <tr><td>{@link #of(Generator)}, {@link #of(BitGenerator)}</td>
 *       <td>{@code rng.bit_generator.state}</td>
 *       <td>{@code rng.bit_generator.state = json.load(f)}</td>
 *       <td>{@code json.dump(rng.bit_generator.state, f, default=lambda a: a.tolist())}</td></tr>
 *   <tr><td>{@link #of(RandomState)}</td>
 *       <td>{@code rs.get_state(legacy=False)}</td>
 *       <td>{@code np.random.set_state(json.load(f))} or {@code rs.set_state(json.load(f))}</td>
 *       <td>{@code json.dump(np.random.get_state(legacy=False), f, default=lambda a: a.tolist())}</td></tr>
 *   <tr><td>{@link #of(PyRandom)}</td>
 *       <td>{@code random.getstate()}</td>
 *       <td>{@code v, s, g = json.load(f); random.setstate((v, tuple(s), g))}</td>
 *       <td>{@code json.dump(random.getstate(), f)}</td></tr>
 * </table>
 *
 * <p>{@code restore} accepts each of these, and for a {@code RandomState} also the legacy tuple
 * ({@code np.random.get_state()} as a list); a malformed state is rejected with the exception
 * NumPy's or CPython's setter raises, before anything changes.
 */
public final class StateJson {

    private StateJson() {
    }

    // ---- writing ----

    /** {@code rng.bit_generator.state} as JSON. */
    public static String of(Generator generator) {
        org.nprand.internal.py.Py.notNull(generator, "generator");
        return of(generator.bitGenerator());
    }

    /** {@code bit_generator.state} as JSON. */
    public static String of(BitGenerator bitGenerator) {
        org.nprand.internal.py.Py.notNull(bitGenerator, "bitGenerator");
        return write(bitGenerator.getState());
    }

    /** {@code rs.get_state(legacy=False)} as JSON: the bit generator's dict plus the Gaussian cache. */
    public static String of(RandomState randomState) {
        org.nprand.internal.py.Py.notNull(randomState, "randomState");
        return write(randomState.getState(false));
    }

    /** {@code r.getstate()} as JSON: {@code [3, [625 ints], gauss_next]}. */
    public static String of(PyRandom random) {
        org.nprand.internal.py.Py.notNull(random, "random");
        return write(random.getstate().toList());
    }

    /**
     * Any state value as JSON, as Python's {@code json.dumps(v, default=lambda a: a.tolist())}
     * writes it: {@code Map} to an object, {@code List}/{@code Object[]} to an array, {@code int[]}
     * as unsigned 32-bit words and {@code long[]} as unsigned 64-bit words (NumPy's uint32 and
     * uint64 arrays), {@link NdArray}, {@link LegacyState} and {@link PyRandomState} as their
     * Python values, numbers exactly, non-finite floats as {@code NaN}/{@code Infinity}.
     */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b);
        return b.toString();
    }

    private static void write(Object v, StringBuilder b) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Boolean) {
            b.append((Boolean) v ? "true" : "false");
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            b.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : PyRepr.repr(d));
        } else if (v instanceof Number) {
            b.append(v);
        } else if (v instanceof String) {
            string((String) v, b);
        } else if (v instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                string(String.valueOf(e.getKey()), b);
                b.append(": ");
                write(e.getValue(), b);
            }
            b.append('}');
        } else if (v instanceof int[]) {
            int[] a = (int[]) v;
            List<Object> l = new ArrayList<>(a.length);
            for (int x : a) {
                l.add(x & 0xFFFFFFFFL);
            }
            write(l, b);
        } else if (v instanceof long[]) {
            long[] a = (long[]) v;
            List<Object> l = new ArrayList<>(a.length);
            for (long x : a) {
                l.add(x >= 0 ? (Object) x : new BigInteger(Long.toUnsignedString(x)));
            }
            write(l, b);
        } else if (v instanceof double[]) {
            List<Object> l = new ArrayList<>();
            for (double x : (double[]) v) {
                l.add(x);
            }
            write(l, b);
        } else if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (a.isInteger()) {
                long[] d = a.longs();
                List<Object> l = new ArrayList<>(d.length);
                for (long x : d) {
                    l.add(a.dtype().equals("uint64") && x < 0 ? new BigInteger(Long.toUnsignedString(x)) : (Object) x);
                }
                write(l, b);
            } else {
                write(a.data(), b);
            }
        } else if (v instanceof LegacyState) {
            write(((LegacyState) v).toTuple(), b);
        } else if (v instanceof PyRandomState) {
            write(((PyRandomState) v).toList(), b);
        } else if (v instanceof Object[]) {
            write(java.util.Arrays.asList((Object[]) v), b);
        } else if (v instanceof Collection) {
            b.append('[');
            boolean first = true;
            for (Object o : (Collection<?>) v) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                write(o, b);
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("not a state value: " + v.getClass().getName());
        }
    }

    /** Python's {@code json.dumps} of a str ({@code ensure_ascii=True}). */
    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    // ---- reading ----

    /** Sets {@code rng.bit_generator.state} from JSON. */
    public static void restore(Generator generator, String json) {
        org.nprand.internal.py.Py.notNull(generator, "generator");
        org.nprand.internal.py.Py.notNull(json, "json");
        restore(generator.bitGenerator(), json);
    }

    /**
     * Sets a bit generator's state from JSON ({@code bit_generator.state = json.loads(s)}).
     *
     * @throws ValueError for text that is not JSON, and NumPy's setter errors (a state for
     *     another bit generator, a missing key, ...)
     */
    @SuppressWarnings("unchecked")
    public static void restore(BitGenerator bitGenerator, String json) {
        org.nprand.internal.py.Py.notNull(bitGenerator, "bitGenerator");
        org.nprand.internal.py.Py.notNull(json, "json");
        Object v = parse(json);
        if (!(v instanceof Map)) {
            throw new org.nprand.errors.TypeError("state must be a dict");
        }
        bitGenerator.setState((Map<String, Object>) v);
    }

    /**
     * Sets a RandomState's state from JSON: the dict of {@code get_state(legacy=False)} or the
     * legacy tuple of {@code get_state()} as a list ({@code rs.set_state(json.loads(s))}).
     */
    public static void restore(RandomState randomState, String json) {
        org.nprand.internal.py.Py.notNull(randomState, "randomState");
        org.nprand.internal.py.Py.notNull(json, "json");
        randomState.setState(parse(json));
    }

    /** Sets a random.Random's state from JSON: {@code [version, [625 ints], gauss_next]}. */
    public static void restore(PyRandom random, String json) {
        org.nprand.internal.py.Py.notNull(random, "random");
        org.nprand.internal.py.Py.notNull(json, "json");
        Object v = parse(json);
        if (!(v instanceof List)) {
            throw new org.nprand.errors.TypeError("state vector must be a tuple");
        }
        random.setstate((List<?>) v);
    }

    /**
     * JSON as Python's {@code json.loads} reads it, in the Java forms the library's setters take:
     * objects as {@code LinkedHashMap<String, Object>}, arrays as {@code List<Object>}, integers
     * as {@link Long} or (past 64 bits) {@link BigInteger}, other numbers and
     * {@code NaN}/{@code Infinity} as {@link Double}.
     *
     * @throws ValueError for text that is not JSON
     */
    public static Object parse(String json) {
        org.nprand.internal.py.Py.notNull(json, "json");
        Reader r = new Reader(json);
        r.space();
        Object v = r.value();
        r.space();
        if (r.pos != json.length()) {
            throw r.error("Extra data");
        }
        return v;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        ValueError error(String what) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < Math.min(pos, s.length()); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new ValueError(what + ": line " + line + " column " + col + " (char " + pos + ")");
        }

        void space() {
            while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        Object value() {
            if (pos >= s.length()) {
                throw error("Expecting value");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                case 'N':
                    return literal("NaN", Double.NaN);
                case 'I':
                    return literal("Infinity", Double.POSITIVE_INFINITY);
                default:
                    if (c == '-' && s.startsWith("-Infinity", pos)) {
                        pos += 9;
                        return Double.NEGATIVE_INFINITY;
                    }
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("Expecting value");
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, pos)) {
                throw error("Expecting value");
            }
            pos += word.length();
            return v;
        }

        private Object number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            boolean isFloat = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c >= '0' && c <= '9') {
                    pos++;
                } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && pos > start)) {
                    isFloat = true;
                    pos++;
                } else {
                    break;
                }
            }
            String t = s.substring(start, pos);
            try {
                if (isFloat) {
                    return Double.parseDouble(t);
                }
                BigInteger b = new BigInteger(t);
                return b.bitLength() < 64 ? (Object) b.longValue() : b;
            } catch (NumberFormatException e) {
                pos = start;
                throw error("Expecting value");
            }
        }

        private String string() {
            pos++;
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw error("Unterminated string starting at");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    if (pos >= s.length()) {
                        throw error("Unterminated string starting at");
                    }
                    char e = s.charAt(pos++);
                    switch (e) {
                        case 'n': b.append('\n'); break;
                        case 't': b.append('\t'); break;
                        case 'r': b.append('\r'); break;
                        case 'b': b.append('\b'); break;
                        case 'f': b.append('\f'); break;
                        case 'u':
                            if (pos + 4 > s.length()) {
                                throw error("Invalid \\uXXXX escape");
                            }
                            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                            break;
                        default:
                            b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private List<Object> array() {
            pos++;
            List<Object> out = new ArrayList<>();
            space();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return out;
            }
            while (true) {
                space();
                out.add(value());
                space();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos < s.length() && s.charAt(pos) == ']') {
                    pos++;
                    return out;
                } else {
                    throw error("Expecting ',' delimiter");
                }
            }
        }

        private Map<String, Object> object() {
            pos++;
            Map<String, Object> out = new LinkedHashMap<>();
            space();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return out;
            }
            while (true) {
                space();
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw error("Expecting property name enclosed in double quotes");
                }
                String k = string();
                space();
                if (pos >= s.length() || s.charAt(pos) != ':') {
                    throw error("Expecting ':' delimiter");
                }
                pos++;
                space();
                out.put(k, value());
                space();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return out;
                } else {
                    throw error("Expecting ',' delimiter");
                }
            }
        }
    }
}
