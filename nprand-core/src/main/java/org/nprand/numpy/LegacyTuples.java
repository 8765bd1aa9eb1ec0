package org.nprand.numpy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nprand.errors.IndexError;
import org.nprand.errors.OverflowError;
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

    /**
     * Cython's {@code cdef double x = obj} ({@code PyFloat_AsDouble}): ints are rounded to the
     * nearest double, as Python's {@code float(int)} (and {@link BigInteger#doubleValue()}) do.
     *
     * @throws OverflowError {@code "int too large to convert to float"} for an int that rounds
     *     beyond the double range
     * @throws TypeError {@code "must be real number, not str"}
     */
    static double asDouble(Object o) {
        if (o instanceof BigInteger) {
            double d = ((BigInteger) o).doubleValue();
            if (Double.isInfinite(d)) {
                throw new OverflowError("int too large to convert to float");
            }
            return d;
        }
        if (o instanceof Number) {
            return ((Number) o).doubleValue();
        }
        if (o instanceof Boolean) {
            return (Boolean) o ? 1.0 : 0.0;
        }
        throw new TypeError("must be real number, not " + pythonTypeName(o));
    }

    /**
     * Cython's {@code cdef int x = obj}: the value as a Python int (a float is truncated toward
     * zero), then as a C {@code long}, then narrowed to a C {@code int}, each step with its own
     * message.
     *
     * @throws TypeError {@code "an integer is required"} (e.g. None, a str)
     * @throws ValueError {@code "cannot convert float NaN to integer"}
     * @throws OverflowError {@code "cannot convert float infinity to integer"}, {@code "Python
     *     int too large to convert to C long"}, {@code "value too large to convert to int"}
     */
    static int asCInt(Object o) {
        BigInteger v;
        if (o instanceof Boolean) {
            v = (Boolean) o ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
            v = BigInteger.valueOf(((Number) o).longValue());
        } else if (o instanceof BigInteger) {
            v = (BigInteger) o;
        } else if (o instanceof Double || o instanceof Float) {
            double d = ((Number) o).doubleValue();
            if (Double.isNaN(d)) {
                throw new ValueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw new OverflowError("cannot convert float infinity to integer");
            }
            v = new BigDecimal(d).toBigInteger();
        } else {
            throw new TypeError("an integer is required");
        }
        if (v.bitLength() > 63) {
            throw new OverflowError("Python int too large to convert to C long");
        }
        if (v.bitLength() > 31) {
            throw new OverflowError("value too large to convert to int");
        }
        return v.intValue();
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
