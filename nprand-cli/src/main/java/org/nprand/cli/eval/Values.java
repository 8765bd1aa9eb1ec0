package org.nprand.cli.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.SeedSequence;
import org.nprand.cli.eval.PyObjects.ApiObject;
import org.nprand.cli.eval.PyObjects.Builtin;
import org.nprand.cli.eval.PyObjects.Kind;
import org.nprand.cli.eval.PyObjects.NpDtype;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.cli.eval.PyObjects.NpType;
import org.nprand.cli.eval.PyObjects.PyTuple;
import org.nprand.cli.replay.Subjects;
import org.nprand.cli.value.PyRange;
import org.nprand.errors.IndexError;
import org.nprand.errors.KeyError;
import org.nprand.internal.py.PyRepr;
import org.nprand.numpy.Generator;
import org.nprand.numpy.LegacyState;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * Conversions between {@code nprand eval}'s Python values and the Java values the library and
 * the replay's tables take and return, plus the sequence protocol ({@code len}, iteration,
 * subscripts) over them.
 */
final class Values {

    private Values() {
    }

    // ---- Java results to Python values ----

    /** A library result as a Python value (state arrays as ndarrays, Java tuples as tuples). */
    static Object fromJava(Object r) {
        if (r == null || r instanceof Boolean || r instanceof Long || r instanceof Double || r instanceof String
                || r instanceof byte[] || r instanceof NdArray || r instanceof NpScalar) {
            return r;
        }
        if (r instanceof BigInteger) {
            return PyOps.normalize((BigInteger) r);
        }
        if (r instanceof Integer || r instanceof Short || r instanceof Byte) {
            return ((Number) r).longValue();
        }
        if (r instanceof Float) {
            return (double) (Float) r;
        }
        if (r instanceof int[]) {
            return NdArray.uint32((int[]) r);
        }
        if (r instanceof long[]) {
            return NdArray.uint64(((long[]) r).clone());
        }
        if (r instanceof double[]) {
            return NdArray.of(((double[]) r).clone());
        }
        if (r instanceof Object[]) {
            List<Object> out = new ArrayList<>();
            for (Object o : (Object[]) r) {
                out.add(fromJava(o));
            }
            return new PyTuple(out);
        }
        if (r instanceof LegacyState) {
            return fromJava(((LegacyState) r).toTuple());
        }
        if (r instanceof PyTuple) {
            return r;
        }
        if (r instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) r) {
                out.add(fromJava(o));
            }
            return out;
        }
        if (r instanceof Map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) r).entrySet()) {
                out.put(fromJava(e.getKey()), fromJava(e.getValue()));
            }
            return out;
        }
        if (r instanceof BitGenerator) {
            return wrap(r);
        }
        if (r instanceof SeedSequence || r instanceof Generator || r instanceof RandomState || r instanceof PyRandom) {
            return wrap(r);
        }
        return r;
    }

    /** A generator object of the library as a Python object bound through the replay's tables. */
    static ApiObject wrap(Object java) {
        if (java instanceof Generator) {
            return new ApiObject(Kind.GENERATOR, java, Subjects.generator((Generator) java));
        }
        if (java instanceof RandomState) {
            return new ApiObject(Kind.RANDOM_STATE, java, Subjects.randomState((RandomState) java));
        }
        if (java instanceof BitGenerator) {
            return new ApiObject(Kind.BIT_GENERATOR, java, Subjects.bitGenerator((BitGenerator) java));
        }
        if (java instanceof SeedSequence) {
            return new ApiObject(Kind.SEED_SEQUENCE, java, Subjects.seedSequence((SeedSequence) java));
        }
        return new ApiObject(Kind.RANDOM, java, Subjects.pyRandom((PyRandom) java));
    }

    // ---- Python values to call arguments ----

    /**
     * A Python value as a call argument: NumPy scalars as 0-d arrays, dtypes and the types
     * {@code int}/{@code float}/{@code bool} as dtype names, generator objects as their Java
     * object; lists are passed as they are (so {@code shuffle} works in place).
     */
    static Object toJava(Object v) {
        if (v instanceof NpScalar) {
            return ((NpScalar) v).toArray();
        }
        if (v instanceof NpType) {
            return ((NpType) v).dtype();
        }
        if (v instanceof NpDtype) {
            return ((NpDtype) v).name();
        }
        if (v instanceof Builtin && ((Builtin) v).typeName != null) {
            return ((Builtin) v).typeName;
        }
        if (v instanceof ApiObject) {
            return ((ApiObject) v).java;
        }
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put(e.getKey() instanceof String ? (String) e.getKey() : PyFormat.str(e.getKey()), toJava(e.getValue()));
            }
            return out;
        }
        if (v instanceof List && needsConversion((List<?>) v)) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(toJava(o));
            }
            return v instanceof PyTuple ? new PyTuple(out) : out;
        }
        return v;
    }

    private static boolean needsConversion(List<?> l) {
        for (Object o : l) {
            if (o instanceof NpScalar || o instanceof NpType || o instanceof ApiObject || o instanceof Map
                    || o instanceof NpDtype || (o instanceof List && needsConversion((List<?>) o))) {
                return true;
            }
        }
        return false;
    }

    // ---- arrays ----

    /** Element {@code i} of an array as a NumPy scalar. */
    static NpScalar element(NdArray a, int i) {
        Object d = a.data();
        Object v;
        if (d instanceof long[]) {
            v = ((long[]) d)[i];
        } else if (d instanceof double[]) {
            v = ((double[]) d)[i];
        } else if (d instanceof float[]) {
            v = ((float[]) d)[i];
        } else if (d instanceof boolean[]) {
            v = ((boolean[]) d)[i];
        } else {
            v = ((Object[]) d)[i];
        }
        return new NpScalar(a.dtype(), v);
    }

    /** {@code a.tolist()}: nested lists of Python values. */
    static Object toList(NdArray a) {
        if (a.ndim() == 0) {
            return PyOps.pyValue(element(a, 0));
        }
        return toList(a, 0, 0);
    }

    private static Object toList(NdArray a, int axis, int offset) {
        int[] shape = a.intShape();
        int stride = 1;
        for (int i = axis + 1; i < shape.length; i++) {
            stride *= shape[i];
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < shape[axis]; i++) {
            if (axis == shape.length - 1) {
                Object v = PyOps.pyValue(element(a, offset + i));
                out.add(v instanceof Float ? (double) (Float) v : v);
            } else {
                out.add(toList(a, axis + 1, offset + i * stride));
            }
        }
        return out;
    }

    /** Basic indexing: ints and slices, one per leading axis. */
    static Object index(NdArray a, Object key) {
        List<?> keys = key instanceof PyTuple ? (PyTuple) key : List.of(key == null ? new Object[] {null} : key);
        if (key == null) {
            throw PyException.unsupported("np.newaxis indexing");
        }
        int[] shape = a.intShape();
        if (keys.size() > shape.length) {
            throw new IndexError("too many indices for array: array is " + shape.length + "-dimensional, but "
                    + keys.size() + " were indexed");
        }
        List<int[]> picks = new ArrayList<>();
        List<Integer> outShape = new ArrayList<>();
        for (int ax = 0; ax < shape.length; ax++) {
            Object k = ax < keys.size() ? keys.get(ax) : new Slice(null, null, null);
            if (k instanceof Slice) {
                int[] idx = ((Slice) k).indices(shape[ax]);
                picks.add(idx);
                outShape.add(idx.length);
            } else if (PyOps.isInt(PyOps.pyValue(k))) {
                long i = PyOps.index(k, "only integers, slices");
                long j = i < 0 ? i + shape[ax] : i;
                if (j < 0 || j >= shape[ax]) {
                    throw new IndexError("index " + i + " is out of bounds for axis " + ax + " with size " + shape[ax]);
                }
                picks.add(new int[] {(int) j});
            } else {
                throw new IndexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and "
                        + "integer or boolean arrays are valid indices");
            }
        }
        int[] strides = new int[shape.length];
        int acc = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = acc;
            acc *= shape[i];
        }
        int n = 1;
        for (int[] p : picks) {
            n *= p.length;
        }
        int[] flat = new int[n];
        int[] pos = new int[shape.length];
        for (int k = 0; k < n; k++) {
            int f = 0;
            for (int ax = 0; ax < shape.length; ax++) {
                f += picks.get(ax)[pos[ax]] * strides[ax];
            }
            flat[k] = f;
            for (int ax = shape.length - 1; ax >= 0; ax--) {
                if (++pos[ax] < picks.get(ax).length) {
                    break;
                }
                pos[ax] = 0;
            }
        }
        int[] os = outShape.stream().mapToInt(Integer::intValue).toArray();
        if (os.length == 0) {
            return element(a, flat[0]);
        }
        return take(a, os, flat);
    }

    private static NdArray take(NdArray a, int[] shape, int[] flat) {
        Object d = a.data();
        Object out;
        if (d instanceof long[]) {
            long[] s = (long[]) d;
            long[] o = new long[flat.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = s[flat[i]];
            }
            out = o;
        } else if (d instanceof double[]) {
            double[] s = (double[]) d;
            double[] o = new double[flat.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = s[flat[i]];
            }
            out = o;
        } else if (d instanceof float[]) {
            float[] s = (float[]) d;
            float[] o = new float[flat.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = s[flat[i]];
            }
            out = o;
        } else if (d instanceof boolean[]) {
            boolean[] s = (boolean[]) d;
            boolean[] o = new boolean[flat.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = s[flat[i]];
            }
            out = o;
        } else {
            Object[] s = (Object[]) d;
            Object[] o = new Object[flat.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = s[flat[i]];
            }
            out = o;
        }
        return new NdArray(a.dtype(), shape, out);
    }

    /** A slice object. */
    record Slice(Object start, Object stop, Object step) implements org.nprand.internal.py.PythonValue {
        @Override
        public String pythonTypeName() {
            return "slice";
        }

        @Override
        public String pythonRepr() {
            return "slice(" + PyFormat.repr(start) + ", " + PyFormat.repr(stop) + ", " + PyFormat.repr(step) + ")";
        }

        /** The indices {@code range(*slice.indices(n))}. */
        int[] indices(int n) {
            long st = step == null ? 1 : PyOps.index(step, "slice indices");
            if (st == 0) {
                throw PyException.value("slice step cannot be zero");
            }
            long lo;
            long hi;
            if (st > 0) {
                lo = start == null ? 0 : clamp(PyOps.index(start, "slice indices"), n, 0, n);
                hi = stop == null ? n : clamp(PyOps.index(stop, "slice indices"), n, 0, n);
            } else {
                lo = start == null ? n - 1 : clamp(PyOps.index(start, "slice indices"), n, -1, n - 1);
                hi = stop == null ? -1 : clamp(PyOps.index(stop, "slice indices"), n, -1, n - 1);
            }
            List<Integer> out = new ArrayList<>();
            for (long i = lo; st > 0 ? i < hi : i > hi; i += st) {
                out.add((int) i);
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        private static long clamp(long i, int n, long lo, long hi) {
            if (i < 0) {
                i += n;
            }
            return Math.max(lo, Math.min(hi, i));
        }
    }

    // ---- the sequence protocol ----

    /** {@code len(v)}. */
    static long len(Object v) {
        if (v instanceof String) {
            String s = (String) v;
            return s.codePointCount(0, s.length());
        }
        if (v instanceof List) {
            return ((List<?>) v).size();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).size();
        }
        if (v instanceof byte[]) {
            return ((byte[]) v).length;
        }
        if (v instanceof PyRange) {
            return ((PyRange) v).length().longValueExact();
        }
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (a.ndim() == 0) {
                throw PyException.type("len() of unsized object");
            }
            return a.intShape()[0];
        }
        throw PyException.type("object of type '" + PyOps.typeName(v) + "' has no len()");
    }

    /** The items {@code for x in v} gives. */
    static List<?> iterate(Object v) {
        if (v instanceof List) {
            return (List<?>) v;
        }
        if (v instanceof String) {
            List<Object> out = new ArrayList<>();
            ((String) v).codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        if (v instanceof PyRange) {
            return ((PyRange) v).pythonItems();
        }
        if (v instanceof Map) {
            return new ArrayList<>(((Map<?, ?>) v).keySet());
        }
        if (v instanceof byte[]) {
            List<Object> out = new ArrayList<>();
            for (byte b : (byte[]) v) {
                out.add((long) (b & 0xFF));
            }
            return out;
        }
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (a.ndim() == 0) {
                throw PyException.type("iteration over a 0-d array");
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < a.intShape()[0]; i++) {
                out.add(index(a, (long) i));
            }
            return out;
        }
        throw PyException.type("'" + PyOps.typeName(v) + "' object is not iterable");
    }

    /** {@code v[key]}. */
    static Object subscript(Object v, Object key) {
        if (v instanceof NdArray) {
            return index((NdArray) v, key);
        }
        if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (PyOps.equal(e.getKey(), key)) {
                    return e.getValue();
                }
            }
            throw new KeyError(PyFormat.repr(key));
        }
        if (v instanceof List || v instanceof String || v instanceof byte[] || v instanceof PyRange) {
            String type = PyOps.typeName(v);
            List<?> items = iterate(v);
            if (key instanceof Slice) {
                int[] idx = ((Slice) key).indices(items.size());
                List<Object> out = new ArrayList<>();
                for (int i : idx) {
                    out.add(items.get(i));
                }
                if (v instanceof String) {
                    StringBuilder b = new StringBuilder();
                    out.forEach(o -> b.append((String) o));
                    return b.toString();
                }
                if (v instanceof byte[]) {
                    byte[] bs = new byte[out.size()];
                    for (int i = 0; i < bs.length; i++) {
                        bs[i] = (byte) (long) (Long) out.get(i);
                    }
                    return bs;
                }
                if (v instanceof PyRange) {
                    throw PyException.unsupported("slicing a range");
                }
                return v instanceof PyTuple ? new PyTuple(out) : out;
            }
            Object k = PyOps.pyValue(key);
            if (!PyOps.isInt(k)) {
                throw PyException.type(type + " indices must be integers or slices, not " + PyOps.typeName(key));
            }
            long i = PyOps.index(k, type + " indices");
            long j = i < 0 ? i + items.size() : i;
            if (j < 0 || j >= items.size()) {
                throw new IndexError(type + " index out of range");
            }
            return items.get((int) j);
        }
        if (v instanceof NpScalar) {
            throw new IndexError("invalid index to scalar variable.");
        }
        throw PyException.type("'" + PyOps.typeName(v) + "' object is not subscriptable");
    }

    /** {@code v[key] = value}. */
    @SuppressWarnings("unchecked")
    static void setItem(Object v, Object key, Object value) {
        if (v instanceof Map) {
            Map<Object, Object> m = (Map<Object, Object>) v;
            for (Object k : m.keySet()) {
                if (PyOps.equal(k, key)) {
                    m.put(k, value);
                    return;
                }
            }
            m.put(key, value);
            return;
        }
        if (v instanceof List && !(v instanceof PyTuple)) {
            List<Object> l = (List<Object>) v;
            if (key instanceof Slice) {
                throw PyException.unsupported("slice assignment");
            }
            long i = PyOps.index(key, "list indices");
            long j = i < 0 ? i + l.size() : i;
            if (j < 0 || j >= l.size()) {
                throw new IndexError("list assignment index out of range");
            }
            l.set((int) j, value);
            return;
        }
        if (v instanceof NdArray) {
            throw PyException.unsupported("assignment into arrays");
        }
        throw PyException.type("'" + PyOps.typeName(v) + "' object does not support item assignment");
    }

    /** {@code np.array(v)} through the library's conversion (lists of numbers, nested). */
    static NdArray array(Object v, Object dtype) {
        Object j = toJava(v);
        NdArray a;
        if (j instanceof NdArray) {
            a = (NdArray) j;
        } else if (j instanceof List) {
            a = org.nprand.internal.py.Py.asArray((List<?>) j);
        } else if (j instanceof Boolean) {
            a = new NdArray("bool", new int[0], new boolean[] {(Boolean) j});
        } else if (PyOps.isInt(j)) {
            a = NdArray.ofInt(PyOps.big(j).longValue());
        } else if (j instanceof Double) {
            a = NdArray.of((Double) j);
        } else if (j instanceof String) {
            a = new NdArray("<U" + ((String) j).length(), new int[0], new Object[] {j});
        } else {
            throw PyException.unsupported("np.array of " + PyOps.typeName(v));
        }
        if (dtype != null) {
            a = astype(a, org.nprand.internal.py.Py.dtype(toJava(dtype)));
        }
        return a;
    }

    /** {@code a.astype(dtype)} between bool, integer and float dtypes (C casts). */
    static NdArray astype(NdArray a, String dtype) {
        if (a.dtype().equals(dtype)) {
            return new NdArray(dtype, a.intShape(), copyData(a.data()));
        }
        int n = a.size();
        switch (NdArray.storageOf(dtype)) {
            case FLOAT64: {
                double[] o = new double[n];
                for (int i = 0; i < n; i++) {
                    o[i] = a.getDouble(i);
                }
                return new NdArray(dtype, a.intShape(), o);
            }
            case FLOAT32: {
                float[] o = new float[n];
                for (int i = 0; i < n; i++) {
                    o[i] = (float) a.getDouble(i);
                }
                return new NdArray(dtype, a.intShape(), o);
            }
            case BOOL: {
                boolean[] o = new boolean[n];
                for (int i = 0; i < n; i++) {
                    o[i] = a.getDouble(i) != 0;
                }
                return new NdArray(dtype, a.intShape(), o);
            }
            case INT: {
                long[] o = new long[n];
                int bits = org.nprand.numpy.DType.parse(dtype, "astype").bits();
                boolean signed = !dtype.startsWith("u");
                for (int i = 0; i < n; i++) {
                    long v;
                    if (a.storage() == NdArray.Storage.INT) {
                        v = a.longs()[i];
                    } else {
                        double d = a.getDouble(i);
                        v = (long) d;
                    }
                    if (bits < 64) {
                        long mask = (1L << bits) - 1;
                        v &= mask;
                        if (signed && (v >>> (bits - 1)) != 0) {
                            v |= ~mask;
                        }
                    }
                    o[i] = v;
                }
                return new NdArray(dtype, a.intShape(), o);
            }
            default:
                throw PyException.unsupported("astype to " + dtype);
        }
    }

    private static Object copyData(Object d) {
        if (d instanceof long[]) {
            return ((long[]) d).clone();
        }
        if (d instanceof double[]) {
            return ((double[]) d).clone();
        }
        if (d instanceof float[]) {
            return ((float[]) d).clone();
        }
        if (d instanceof boolean[]) {
            return ((boolean[]) d).clone();
        }
        return ((Object[]) d).clone();
    }

    /** A copy of an array (NumPy's {@code a.copy()}). */
    static NdArray copy(NdArray a) {
        return new NdArray(a.dtype(), a.intShape(), copyData(a.data()));
    }

    /** {@code a.reshape(shape)} with one {@code -1} allowed. */
    static NdArray reshape(NdArray a, int[] shape) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) {
                    throw PyException.value("can only specify one unknown dimension");
                }
                unknown = i;
            } else {
                known *= shape[i];
            }
        }
        int[] s = shape.clone();
        if (unknown >= 0) {
            if (known == 0 || a.size() % known != 0) {
                throw PyException.value("cannot reshape array of size " + a.size() + " into shape "
                        + PyRepr.repr(Arrays.stream(shape).boxed().toList()).replace('[', '(').replace(']', ')'));
            }
            s[unknown] = (int) (a.size() / known);
        }
        return new NdArray(a.dtype(), s, a.data());
    }

    static List<Object> listOf(Collection<?> c) {
        return new ArrayList<>(c);
    }
}
