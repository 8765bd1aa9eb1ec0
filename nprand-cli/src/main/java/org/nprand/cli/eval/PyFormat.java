package org.nprand.cli.eval;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.cli.demo.NumpyPrint;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.cli.eval.PyObjects.PyTuple;
import org.nprand.internal.py.PyRepr;
import org.nprand.internal.py.PythonValue;
import org.nprand.numpy.NdArray;

/** Python's {@code repr()} and {@code str()} of {@code nprand eval}'s values, NumPy's for arrays. */
final class PyFormat {

    private PyFormat() {
    }

    /** {@code repr(v)}: what the prompt prints for an expression statement. */
    static String repr(Object v) {
        StringBuilder b = new StringBuilder();
        repr(v, b, new IdentityHashMap<>());
        return b.toString();
    }

    /** {@code str(v)}: what {@code print} writes. */
    static String str(Object v) {
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof NdArray) {
            return NumpyPrint.str((NdArray) v);
        }
        if (v instanceof NpScalar) {
            NpScalar s = (NpScalar) v;
            return NumpyPrint.scalarStr(s.dtype(), s.value());
        }
        if (v instanceof PyObjects.NpDtype) {
            return ((PyObjects.NpDtype) v).name();
        }
        return repr(v);
    }

    private static void repr(Object v, StringBuilder b, IdentityHashMap<Object, Boolean> seen) {
        if (v instanceof PyTuple) {
            PyTuple t = (PyTuple) v;
            b.append('(');
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                repr(t.get(i), b, seen);
            }
            if (t.size() == 1) {
                b.append(',');
            }
            b.append(')');
            return;
        }
        if (v instanceof BuiltinMethods.DictView) {
            b.append(((BuiltinMethods.DictView) v).pythonRepr());
            return;
        }
        if (v instanceof List) {
            if (seen.put(v, Boolean.TRUE) != null) {
                b.append("[...]");
                return;
            }
            List<?> l = (List<?>) v;
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                repr(l.get(i), b, seen);
            }
            b.append(']');
            seen.remove(v);
            return;
        }
        if (v instanceof Map) {
            if (seen.put(v, Boolean.TRUE) != null) {
                b.append("{...}");
                return;
            }
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                if (!first) {
                    b.append(", ");
                }
                first = false;
                repr(e.getKey(), b, seen);
                b.append(": ");
                repr(e.getValue(), b, seen);
            }
            b.append('}');
            seen.remove(v);
            return;
        }
        b.append(atomRepr(v));
    }

    private static String atomRepr(Object v) {
        if (v instanceof NdArray) {
            return NumpyPrint.repr((NdArray) v);
        }
        if (v instanceof Double || v instanceof Float) {
            return PyRepr.repr(((Number) v).doubleValue());
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof PythonValue || v == null || v instanceof Boolean || v instanceof String || v instanceof byte[]) {
            return PyRepr.repr(v);
        }
        return "<" + v.getClass().getSimpleName() + " object at " + address(v) + ">";
    }

    /** A stand-in for CPython's {@code id()} in reprs ({@code 0x7f...}). */
    static String address(Object o) {
        return String.format("0x7f%010x", System.identityHashCode(o) & 0xffffffffL);
    }
}
