package org.nprand.cli.eval;

import java.math.BigInteger;
import java.util.Arrays;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.numpy.NdArray;

/**
 * Element-wise arithmetic and comparisons on float64, int64 and bool arrays, with Python numbers,
 * NumPy scalars or arrays of the same shape: {@code +}, {@code -}, {@code *}, {@code /}, unary
 * {@code -}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==}, {@code !=}, under NumPy 2's
 * promotion (a Python int keeps an int64 array int64, a Python float makes it float64, {@code /}
 * is float64). Each element is one IEEE operation, exactly NumPy's. Other dtypes, other operators
 * and broadcasting between different shapes are not run.
 */
final class ArrayOps {

    private ArrayOps() {
    }

    private static boolean supported(NdArray a) {
        String d = a.dtype();
        return d.equals("float64") || d.equals("int64") || d.equals("bool");
    }

    /** An operand as an array (scalars 0-d). */
    private static NdArray operand(Object v, String op) {
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (!supported(a)) {
                throw PyException.unsupported("arithmetic on " + a.dtype() + " arrays ('" + op + "')");
            }
            return a;
        }
        if (v instanceof NpScalar) {
            NpScalar s = (NpScalar) v;
            if (!s.dtype().equals("float64") && !s.dtype().equals("int64") && !s.dtype().equals("bool")) {
                throw PyException.unsupported("arithmetic of arrays with numpy." + s.dtype() + " ('" + op + "')");
            }
            return s.toArray();
        }
        if (v instanceof Boolean) {
            return new NdArray("bool", new int[0], new boolean[] {(Boolean) v});
        }
        if (v instanceof Long || v instanceof BigInteger) {
            BigInteger b = PyOps.big(v);
            if (b.bitLength() > 63) {
                throw new org.nprand.errors.OverflowError("Python integer " + b + " out of bounds for int64");
            }
            return NdArray.ofInt(b.longValue());
        }
        if (v instanceof Double) {
            return NdArray.of((Double) v);
        }
        throw PyException.type("unsupported operand type(s) for " + op + ": 'numpy.ndarray' and '" + PyOps.typeName(v) + "'");
    }

    /** The result dtype: float64 wins; a Python scalar adopts the array's kind (NEP 50). */
    private static String resultType(Object x, Object y, NdArray a, NdArray b, String op) {
        boolean weakA = !(x instanceof NdArray) && !(x instanceof NpScalar);
        boolean weakB = !(y instanceof NdArray) && !(y instanceof NpScalar);
        String da = a.dtype();
        String db = b.dtype();
        if (op.equals("/")) {
            return "float64";
        }
        if (da.equals("float64") || db.equals("float64")) {
            return "float64";
        }
        if (da.equals("int64") || db.equals("int64")) {
            return "int64";
        }
        if (weakA && weakB) {
            return "int64";
        }
        return op.equals("-") ? "bool-subtract" : "bool";
    }

    private static int[] shape(NdArray a, NdArray b, String op) {
        if (a.ndim() == 0) {
            return b.intShape();
        }
        if (b.ndim() == 0 || Arrays.equals(a.intShape(), b.intShape())) {
            return a.intShape();
        }
        throw PyException.unsupported("broadcasting arrays of shapes " + PyFormat.repr(Modules.shape(a.intShape())) + " and "
                + PyFormat.repr(Modules.shape(b.intShape())) + " ('" + op + "')");
    }

    static Object binary(String op, Object x, Object y) {
        if (!(op.equals("+") || op.equals("-") || op.equals("*") || op.equals("/"))) {
            throw PyException.unsupported("'" + op + "' on arrays");
        }
        NdArray a = operand(x, op);
        NdArray b = operand(y, op);
        int[] shape = shape(a, b, op);
        int n = a.ndim() == 0 ? b.size() : a.size();
        String type = resultType(x, y, a, b, op);
        if (type.equals("bool-subtract")) {
            throw PyException.type("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                    + "the `^` operator, or the logical_xor function instead.");
        }
        if (type.equals("float64")) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                double p = a.getDouble(a.ndim() == 0 ? 0 : i);
                double q = b.getDouble(b.ndim() == 0 ? 0 : i);
                switch (op) {
                    case "+": out[i] = p + q; break;
                    case "-": out[i] = p - q; break;
                    case "*": out[i] = p * q; break;
                    default: out[i] = p / q;
                }
            }
            return new NdArray("float64", shape, out);
        }
        if (type.equals("int64")) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                long p = longAt(a, a.ndim() == 0 ? 0 : i);
                long q = longAt(b, b.ndim() == 0 ? 0 : i);
                switch (op) {
                    case "+": out[i] = p + q; break;
                    case "-": out[i] = p - q; break;
                    default: out[i] = p * q;
                }
            }
            return new NdArray("int64", shape, out);
        }
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean p = longAt(a, a.ndim() == 0 ? 0 : i) != 0;
            boolean q = longAt(b, b.ndim() == 0 ? 0 : i) != 0;
            out[i] = op.equals("*") ? p && q : p || q;
        }
        return new NdArray("bool", shape, out);
    }

    private static long longAt(NdArray a, int i) {
        if (a.storage() == NdArray.Storage.BOOL) {
            return ((boolean[]) a.data())[i] ? 1 : 0;
        }
        return a.longs()[i];
    }

    static Object negate(Object x) {
        NdArray a = operand(x, "unary -");
        if (a.dtype().equals("bool")) {
            throw PyException.type("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator "
                    + "or the logical_not function instead.");
        }
        if (a.dtype().equals("float64")) {
            double[] d = a.doubles();
            double[] out = new double[d.length];
            for (int i = 0; i < d.length; i++) {
                out[i] = -d[i];
            }
            return new NdArray("float64", a.intShape(), out);
        }
        long[] d = a.longs();
        long[] out = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = -d[i];
        }
        return new NdArray("int64", a.intShape(), out);
    }

    /** An element-wise comparison: a bool array. */
    static NdArray compare(String op, Object x, Object y) {
        NdArray a = operand(x, op);
        NdArray b = operand(y, op);
        int[] shape = shape(a, b, op);
        int n = a.ndim() == 0 ? b.size() : a.size();
        boolean floats = a.dtype().equals("float64") || b.dtype().equals("float64");
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            int ia = a.ndim() == 0 ? 0 : i;
            int ib = b.ndim() == 0 ? 0 : i;
            int c;
            boolean nan = false;
            if (floats) {
                double p = a.getDouble(ia);
                double q = b.getDouble(ib);
                nan = Double.isNaN(p) || Double.isNaN(q);
                c = p < q ? -1 : p > q ? 1 : 0;
            } else {
                c = Long.compare(longAt(a, ia), longAt(b, ib));
            }
            switch (op) {
                case "<": out[i] = !nan && c < 0; break;
                case "<=": out[i] = !nan && c <= 0; break;
                case ">": out[i] = !nan && c > 0; break;
                case ">=": out[i] = !nan && c >= 0; break;
                case "==": out[i] = !nan && c == 0; break;
                default: out[i] = nan || c != 0;
            }
        }
        return new NdArray("bool", shape, out);
    }
}
