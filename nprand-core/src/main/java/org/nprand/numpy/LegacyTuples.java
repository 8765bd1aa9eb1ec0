package org.nprand.numpy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nprand.errors.IndexError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/** The Python-side conversions of {@code RandomState.set_state} for the legacy tuple form. */
final class LegacyTuples {

    private LegacyTuples() {
    }

    /**
     * {@code {'bit_generator': t[0], 'state': {'key': t[1], 'pos': t[2]}}} plus
     * {@code has_gauss = t[3], gauss = t[4]} when {@code len(t) > 3}, indexing as Python does.
     */
    static Map<String, Object> toDict(List<?> tuple) {
        if (tuple.isEmpty()) {
            throw new IndexError("tuple index out of range");
        }
        if (!"MT19937".equals(tuple.get(0))) {
            throw new ValueError("set_state can only be used with legacy MT19937 state instances.");
        }
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("key", item(tuple, 1));
        inner.put("pos", item(tuple, 2));
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("bit_generator", tuple.get(0));
        st.put("state", inner);
        if (tuple.size() > 3) {
            st.put("has_gauss", item(tuple, 3));
            st.put("gauss", item(tuple, 4));
        }
        return st;
    }

    private static Object item(List<?> tuple, int i) {
        if (i >= tuple.size()) {
            throw new IndexError("tuple index out of range");
        }
        return tuple.get(i);
    }

    /** Cython's {@code cdef double x = obj}. */
    static double asDouble(Object o) {
        if (o instanceof Number) {
            return ((Number) o).doubleValue();
        }
        if (o instanceof Boolean) {
            return (Boolean) o ? 1.0 : 0.0;
        }
        throw new TypeError("must be real number, not " + pythonTypeName(o));
    }

    /** Cython's {@code cdef int x = obj} for an integral value. */
    static int asCInt(Object o) {
        if (o instanceof Boolean) {
            return (Boolean) o ? 1 : 0;
        }
        if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            return (int) ((Number) o).longValue();
        }
        if (o instanceof java.math.BigInteger) {
            return ((java.math.BigInteger) o).intValue();
        }
        throw new TypeError("'" + pythonTypeName(o) + "' object cannot be interpreted as an integer");
    }

    private static String pythonTypeName(Object o) {
        if (o == null) {
            return "NoneType";
        }
        if (o instanceof Double || o instanceof Float) {
            return "float";
        }
        if (o instanceof String) {
            return "str";
        }
        return o.getClass().getSimpleName();
    }
}
