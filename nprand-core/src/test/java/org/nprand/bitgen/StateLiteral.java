package org.nprand.bitgen;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The literal syntax of gen_bitgen64_vectors.py for NumPy state dicts, both ways: {@link #parse}
 * builds the Java value mapping of {@link BitGenerator} from a literal NumPy produced, and
 * {@link #format} writes a Java state in the same syntax so it can be compared with NumPy's.
 *
 * <p>{@code {'k': v}} dict (LinkedHashMap), {@code 'x'} str, {@code 12} int (Long, or BigInteger
 * when it does not fit), {@code 1.5} float (Double), {@code None}, {@code True}/{@code False},
 * {@code [..]} list (List), {@code u64[..]} uint64 ndarray (long[]), {@code u32[..]} uint32
 * ndarray (int[]).
 */
final class StateLiteral {

    private final String text;
    private int pos;

    private StateLiteral(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        StateLiteral p = new StateLiteral(text);
        Object v = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + ": " + text);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseDict(String text) {
        return (Map<String, Object>) parse(text);
    }

    private void skipSpace() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private boolean take(String s) {
        skipSpace();
        if (text.startsWith(s, pos)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!take(s)) {
            throw new IllegalArgumentException("expected " + s + " at " + pos + ": " + text);
        }
    }

    private Object value() {
        skipSpace();
        if (take("{")) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (take("}")) {
                return m;
            }
            do {
                String k = (String) value();
                expect(":");
                m.put(k, value());
            } while (take(","));
            expect("}");
            return m;
        }
        if (take("'")) {
            int end = text.indexOf('\'', pos);
            String s = text.substring(pos, end);
            pos = end + 1;
            return s;
        }
        if (take("u64[")) {
            List<Object> items = items();
            long[] out = new long[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = toBig(items.get(i)).longValue();
            }
            return out;
        }
        if (take("u32[")) {
            List<Object> items = items();
            int[] out = new int[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = toBig(items.get(i)).intValue();
            }
            return out;
        }
        if (take("[")) {
            return items();
        }
        if (take("None")) {
            return null;
        }
        if (take("True")) {
            return Boolean.TRUE;
        }
        if (take("False")) {
            return Boolean.FALSE;
        }
        int start = pos;
        while (pos < text.length() && "-+0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String num = text.substring(start, pos);
        if (num.isEmpty()) {
            throw new IllegalArgumentException("bad literal at " + start + ": " + text);
        }
        if (num.contains(".") || num.contains("e") || num.contains("E")) {
            return Double.parseDouble(num);
        }
        BigInteger v = new BigInteger(num);
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private List<Object> items() {
        List<Object> out = new ArrayList<>();
        if (take("]")) {
            return out;
        }
        do {
            out.add(value());
        } while (take(","));
        expect("]");
        return out;
    }

    private static BigInteger toBig(Object o) {
        return o instanceof BigInteger ? (BigInteger) o : BigInteger.valueOf((Long) o);
    }

    /** A Java state value in the literal syntax (NumPy's repr, arrays tagged with their dtype). */
    static String format(Object o) {
        StringBuilder b = new StringBuilder();
        format(o, b);
        return b.toString();
    }

    private static void format(Object o, StringBuilder b) {
        if (o instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                b.append('\'').append(e.getKey()).append("': ");
                format(e.getValue(), b);
            }
            b.append('}');
        } else if (o instanceof String) {
            b.append('\'').append(o).append('\'');
        } else if (o instanceof long[]) {
            b.append("u64[");
            long[] a = (long[]) o;
            for (int i = 0; i < a.length; i++) {
                b.append(i == 0 ? "" : ", ").append(Long.toUnsignedString(a[i]));
            }
            b.append(']');
        } else if (o instanceof int[]) {
            b.append("u32[");
            int[] a = (int[]) o;
            for (int i = 0; i < a.length; i++) {
                b.append(i == 0 ? "" : ", ").append(Integer.toUnsignedString(a[i]));
            }
            b.append(']');
        } else if (o instanceof List) {
            b.append('[');
            List<?> l = (List<?>) o;
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                format(l.get(i), b);
            }
            b.append(']');
        } else if (o == null) {
            b.append("None");
        } else if (o instanceof Boolean) {
            b.append((Boolean) o ? "True" : "False");
        } else {
            b.append(o);
        }
    }
}
