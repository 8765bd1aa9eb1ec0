package org.nprand.numpy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nprand.errors.IndexError;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.internal.py.CTypes;
import org.nprand.internal.py.Py;

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
     * Cython's {@code cdef double x = obj} ({@code PyFloat_AsDouble}): Python's {@code float()}
     * of a number, {@link Py#toDouble}.
     *
     * @throws OverflowError {@code "int too large to convert to float"} for an int that rounds
     *     beyond the double range
     * @throws TypeError {@code "must be real number, not str"}
     */
    static double asDouble(Object o) {
        return Py.toDouble(o);
    }

    /**
     * Cython's {@code cdef int x = obj}, {@link CTypes#cythonCInt}.
     *
     * @throws TypeError {@code "an integer is required"} (e.g. None, a str)
     * @throws ValueError {@code "cannot convert float NaN to integer"}
     * @throws OverflowError {@code "cannot convert float infinity to integer"}, {@code "Python
     *     int too large to convert to C long"}, {@code "value too large to convert to int"}
     */
    static int asCInt(Object o) {
        return CTypes.cythonCInt(o);
    }
}
