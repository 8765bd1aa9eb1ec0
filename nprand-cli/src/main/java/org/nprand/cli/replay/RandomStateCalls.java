package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.Py;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.DType;
import org.nprand.numpy.LegacyState;
import org.nprand.numpy.RandomState;
import org.nprand.errors.IndexError;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/**
 * Replay calls on NumPy's {@code RandomState}, arguments bound as NumPy's signatures bind them
 * (e.g. {@code randint(low, high=None, size=None, dtype=int)}); {@code size=None} answers a
 * scalar, an int a 1-d array, a tuple that shape.
 */
final class RandomStateCalls {

    private static final long SEED_MAX = 0xFFFF_FFFFL;

    static final Dispatch<RandomState> TABLE = new Dispatch<RandomState>("RandomState")
            .method("random_sample", (rs, a) -> randomSample(rs, a.bind("random_sample", 0, "size")[0]))
            .method("random", (rs, a) -> randomSample(rs, a.bind("random", 0, "size")[0]))
            .method("rand", (rs, a) -> {
                if (!a.keywords().isEmpty()) {
                    throw new TypeError("rand() got an unexpected keyword argument '"
                            + a.keywords().keySet().iterator().next() + "'");
                }
                if (a.positional().isEmpty()) {
                    return rs.rand();
                }
                int[] shape = Py.size(a.positional());
                return new NdArray("float64", shape, rs.rand(shape));
            })
            .method("randint", RandomStateCalls::randint)
            .method("tomaxint", (rs, a) -> {
                int[] shape = Py.size(Args.or(a.bind("tomaxint", 0, "size")[0], null));
                return shape == null ? (Object) rs.tomaxint() : new NdArray("int64", shape, rs.tomaxint(shape));
            })
            .method("bytes", (rs, a) -> {
                return rs.bytes(Py.cythonLong(a.bind("bytes", 1, "length")[0]));
            })
            .method("shuffle", (rs, a) -> {
                Object x = a.bind("shuffle", 1, "x")[0];
                shuffle(rs, x);
                return x;
            })
            .method("permutation", (rs, a) -> permutation(rs, a.bind("permutation", 1, "x")[0]))
            .method("standard_exponential", (rs, a) -> {
                int[] shape = Py.size(Args.or(a.bind("standard_exponential", 0, "size")[0], null));
                return shape == null ? (Object) rs.standardExponential()
                        : new NdArray("float64", shape, rs.standardExponential(shape));
            })
            .method("triangular", RandomStateCalls::triangular)
            .method("seed", (rs, a) -> {
                Object seed = Args.or(a.bind("seed", 0, "seed")[0], null);
                if (seed == null) {
                    rs.seed();
                } else {
                    Object s = legacySeed(seed);
                    if (s instanceof long[]) {
                        rs.seed((long[]) s);
                    } else {
                        rs.seed((long) (Long) s);
                    }
                }
                return null;
            })
            .method("get_state", (rs, a) -> {
                Object legacy = Args.or(a.bind("get_state", 0, "legacy")[0], true);
                Object st = rs.getState(Py.truthy(legacy));
                return st instanceof LegacyState ? ((LegacyState) st).toTuple() : st;
            })
            .method("set_state", (rs, a) -> {
                rs.setState(stateArgument(a.bind("set_state", 1, "state")[0]));
                return null;
            })
            .child("_bit_generator", rs -> BitGeneratorCalls.TABLE.bind(rs.bitGenerator()));

    private RandomStateCalls() {
    }

    /** {@code RandomState(S)}: S an int in [0, 2**32) or a list of them (legacy seeding). */
    static Subject create(Map<String, Object> gen) {
        Object seed = gen.get("seed");
        RandomState rs;
        if (seed == null) {
            rs = new RandomState();
        } else {
            Object s = legacySeed(seed);
            rs = s instanceof long[] ? new RandomState((long[]) s) : new RandomState((long) (Long) s);
        }
        return TABLE.bind(rs);
    }

    /**
     * NumPy's {@code _legacy_seeding} checks: an int must be in [0, 2**32); anything else goes
     * through {@code np.asarray(seed).astype(np.int64, casting='safe')} and must be a non-empty
     * 1-d array of values in [0, 2**32).
     *
     * @return a {@code Long} (int seed) or a {@code long[]} (array seed)
     */
    static Object legacySeed(Object seed) {
        if (Py.isInt(seed)) {
            BigInteger v = Py.bigInt(seed);
            if (v.signum() < 0 || v.bitLength() > 32) {
                throw new ValueError("Seed must be between 0 and 2**32 - 1");
            }
            return v.longValue();
        }
        if (seed instanceof NdArray) {
            NdArray arr = (NdArray) seed;
            if (arr.size() == 0) {
                throw new ValueError("Seed must be non-empty");
            }
            if (!arr.isInteger() && !arr.dtype().equals("bool")) {
                throw new TypeError("Cannot cast array data from dtype('" + arr.dtype() + "') to dtype('int64') according to the rule 'safe'");
            }
            if (arr.dtype().equals("uint64")) {
                throw new TypeError("Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'");
            }
            if (arr.ndim() != 1) {
                throw new ValueError("Seed array must be 1-d");
            }
            long[] v = arr.dtype().equals("bool") ? boolsAsLongs((boolean[]) arr.data()) : arr.longs().clone();
            return checkSeedWords(v);
        }
        if (!(seed instanceof List)) {
            String dtype = seed instanceof Double ? "float64"
                    : seed instanceof String ? "<U" + ((String) seed).codePointCount(0, ((String) seed).length())
                    : "O";
            throw new TypeError("Cannot cast scalar from dtype('" + dtype + "') to dtype('int64') according to the rule 'safe'");
        }
        List<?> list = (List<?>) seed;
        if (list.isEmpty()) {
            throw new ValueError("Seed must be non-empty");
        }
        String dtype = inferDtype(list);
        if (!dtype.equals("int64") && !dtype.equals("bool")) {
            throw new TypeError("Cannot cast array data from dtype('" + dtype + "') to dtype('int64') according to the rule 'safe'");
        }
        for (Object o : list) {
            if (o instanceof List) {
                throw new ValueError("Seed array must be 1-d");
            }
        }
        long[] v = new long[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Py.toLong(list.get(i));
        }
        return checkSeedWords(v);
    }

    private static long[] checkSeedWords(long[] v) {
        for (long x : v) {
            if (x < 0 || x > SEED_MAX) {
                throw new ValueError("Seed must be between 0 and 2**32 - 1");
            }
        }
        return v;
    }

    private static long[] boolsAsLongs(boolean[] b) {
        long[] out = new long[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] ? 1 : 0;
        }
        return out;
    }

    /**
     * The dtype {@code np.asarray(list)} gives a (possibly nested) list: {@code bool},
     * {@code int64}, {@code uint64} (ints past int64, none negative), {@code O} (past uint64),
     * {@code float64}, {@code <U n} (strings).
     */
    static String inferDtype(List<?> list) {
        boolean allBool = true;
        boolean anyFloat = false;
        boolean anyStr = false;
        int strLen = 0;
        boolean anyNegative = false;
        boolean anyPastInt64 = false;
        boolean anyPastUInt64 = false;
        List<Object> flat = new ArrayList<>();
        flatten(list, flat);
        for (Object o : flat) {
            if (o instanceof Boolean) {
                continue;
            }
            allBool = false;
            if (o instanceof Double) {
                anyFloat = true;
            } else if (o instanceof String) {
                anyStr = true;
                strLen = Math.max(strLen, ((String) o).codePointCount(0, ((String) o).length()));
            } else if (o instanceof Long || o instanceof Integer) {
                anyNegative |= ((Number) o).longValue() < 0;
            } else if (o instanceof BigInteger) {
                BigInteger b = (BigInteger) o;
                anyNegative |= b.signum() < 0;
                if (b.signum() < 0 || b.bitLength() > 64) {
                    anyPastUInt64 = true;
                } else {
                    anyPastInt64 = true;
                }
            } else {
                return "O";
            }
        }
        if (anyStr) {
            return "<U" + strLen;
        }
        if (anyPastUInt64 || (anyPastInt64 && anyNegative)) {
            return anyFloat ? "float64" : "O";
        }
        if (anyFloat) {
            return "float64";
        }
        if (allBool && !flat.isEmpty()) {
            return "bool";
        }
        return anyPastInt64 ? "uint64" : "int64";
    }

    private static void flatten(List<?> list, List<Object> out) {
        for (Object o : list) {
            if (o instanceof List) {
                flatten((List<?>) o, out);
            } else {
                out.add(o);
            }
        }
    }

    // ---- the methods ----------------------------------------------------------------------

    private static Object randomSample(RandomState rs, Object size) {
        int[] shape = Py.size(Args.or(size, null));
        return shape == null ? (Object) rs.randomSample() : new NdArray("float64", shape, rs.randomSample(shape));
    }

    /** {@code randint(low, high=None, size=None, dtype=int)}. */
    private static Object randint(RandomState rs, Args a) {
        Object[] v = a.bind("randint", 1, "low", "high", "size", "dtype");
        DType dtype = v[3] == Args.ABSENT ? DType.INT64 : dtypeArgument(v[3]);
        Object highArg = Args.or(v[1], null);
        if (isArray(v[0]) || isArray(highArg)) {
            return randintBroadcast(rs, v[0], highArg, Args.or(v[2], null), dtype);
        }
        BigInteger low = Py.pyIntConversion(v[0]);
        BigInteger high = highArg == null ? null : Py.pyIntConversion(highArg);
        int[] shape = Py.size(Args.or(v[2], null));
        long[] out = rs.randint(low, high, shape, dtype);
        if (shape == null) {
            return scalar(dtype, out[0]);
        }
        return typedArray(dtype, shape, out);
    }

    /** NumPy's broadcast path of {@code randint} for 1-d int bounds (a scalar counts as length 1). */
    private static Object randintBroadcast(RandomState rs, Object lowArg, Object highArg, Object size, DType dtype) {
        long[] low = longs1d(lowArg, "randint");
        long[] high;
        if (highArg == null) {
            high = low;
            low = new long[] {0};
        } else {
            high = longs1d(highArg, "randint");
        }
        int[] shape = Py.size(size);
        long[] out = rs.randint(low, high, shape, dtype);
        return typedArray(dtype, shape == null ? new int[] {out.length} : shape, out);
    }

    private static NdArray typedArray(DType dtype, int[] shape, long[] out) {
        if (dtype == DType.BOOL) {
            boolean[] b = new boolean[out.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = out[i] != 0;
            }
            return new NdArray("bool", shape, b);
        }
        return new NdArray(dtype.numpyName(), shape, out);
    }

    private static boolean isArray(Object v) {
        return v instanceof List || (v instanceof NdArray && ((NdArray) v).ndim() > 0);
    }

    /** A scalar or 1-d array argument of ints as a {@code long[]} (a scalar is length 1). */
    private static long[] longs1d(Object v, String method) {
        if (!isArray(v)) {
            return new long[] {Py.toLong(Py.pyIntConversion(v))};
        }
        NdArray arr = v instanceof NdArray ? (NdArray) v : asArray((List<?>) v);
        if (arr.ndim() == 1 && arr.size() == 0) {
            return new long[0];
        }
        if (arr.ndim() != 1 || !(arr.dtype().equals("int64") || (arr.isInteger() && !arr.dtype().equals("uint64")))) {
            throw new NotImplementedError("nprand replay supports only 1-d int64 array parameters for RandomState."
                    + method + ", not " + arr.ndim() + "-d " + arr.dtype());
        }
        return arr.longs().clone();
    }

    /** A scalar or 1-d array argument of numbers as a {@code double[]} (a scalar is length 1). */
    private static double[] doubles1d(Object v, String method) {
        if (!isArray(v)) {
            return new double[] {scalarDouble(v, method)};
        }
        NdArray arr = v instanceof NdArray ? (NdArray) v : asArray((List<?>) v);
        if (arr.ndim() != 1 || arr.dtype().equals("bool") || arr.dtype().equals("float32")) {
            throw new NotImplementedError("nprand replay supports only 1-d int or float64 array parameters for RandomState."
                    + method + ", not " + arr.ndim() + "-d " + arr.dtype());
        }
        if (arr.data() instanceof double[]) {
            return arr.doubles().clone();
        }
        long[] l = arr.longs();
        double[] d = new double[l.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = arr.dtype().equals("uint64") ? Py.toDouble(org.nprand.cli.value.ValueCodec.unsigned(l[i])) : l[i];
        }
        return d;
    }

    /** {@code triangular(left, mode, right, size=None)}. */
    private static Object triangular(RandomState rs, Args a) {
        Object[] v = a.bind("triangular", 3, "left", "mode", "right", "size");
        // NumPy first makes float arrays of all three (a bad string fails here), then reads each
        // original object as a C double (a str or None fails there).
        for (int i = 0; i < 3; i++) {
            if (v[i] instanceof String) {
                Py.parseFloat((String) v[i]);
            }
        }
        if (isArray(v[0]) || isArray(v[1]) || isArray(v[2])) {
            double[] left = doubles1d(v[0], "triangular");
            double[] mode = doubles1d(v[1], "triangular");
            double[] right = doubles1d(v[2], "triangular");
            int[] shape = Py.size(Args.or(v[3], null));
            double[] out = rs.triangular(left, mode, right, shape);
            return new NdArray("float64", shape == null ? new int[] {out.length} : shape, out);
        }
        double left = scalarDouble(v[0], "triangular");
        double mode = scalarDouble(v[1], "triangular");
        double right = scalarDouble(v[2], "triangular");
        if (v[3] != Args.ABSENT && v[3] != null) {
            // NumPy checks the parameters before it looks at size; a valid call is checked
            // again (same order, same messages) by RandomState.triangular itself.
            rs.triangular(left, mode, right, 0);
        }
        int[] shape = Py.size(Args.or(v[3], null));
        return shape == null ? (Object) rs.triangular(left, mode, right)
                : new NdArray("float64", shape, rs.triangular(left, mode, right, shape));
    }

    private static DType dtypeArgument(Object d) {
        if (d == null) {
            // np.dtype(None) is float64.
            throw new TypeError("Unsupported dtype dtype('float64') for randint");
        }
        if (!(d instanceof String)) {
            throw new TypeError("Cannot interpret '" + d + "' as a data type");
        }
        return DType.parse((String) d, "randint");
    }

    private static Object scalar(DType dtype, long value) {
        if (dtype == DType.BOOL) {
            return value != 0;
        }
        if (dtype == DType.UINT64) {
            return org.nprand.cli.value.ValueCodec.unsigned(value);
        }
        return value;
    }

    private static double scalarDouble(Object v, String method) {
        if (v instanceof List || (v instanceof NdArray && ((NdArray) v).ndim() > 0)) {
            throw new NotImplementedError("nprand replay does not support array parameters for RandomState." + method + " yet");
        }
        return Py.toDouble(v);
    }

    /** {@code shuffle(x)} in place: a list, or an ndarray along its first axis. */
    private static void shuffle(RandomState rs, Object x) {
        if (x instanceof List) {
            rs.shuffle((List<?>) x);
            return;
        }
        if (x instanceof NdArray) {
            NdArray arr = (NdArray) x;
            if (arr.ndim() == 0) {
                throw new TypeError("object of type 'numpy.int64' has no len()".replace("int64", arr.dtype()));
            }
            if (arr.ndim() == 1) {
                Object d = arr.data();
                if (d instanceof long[]) {
                    rs.shuffle((long[]) d);
                } else if (d instanceof double[]) {
                    rs.shuffle((double[]) d);
                } else {
                    Object[] boxed = box(d);
                    rs.shuffle(boxed);
                    unbox(boxed, d);
                }
                return;
            }
            Object[] rows = rows(arr);
            rs.shuffle(rows);
            joinRows(rows, arr);
            return;
        }
        throw new TypeError("object of type '" + Py.typeName(x) + "' has no len()");
    }

    /** {@code permutation(x)}: an int gives {@code arange(x)} shuffled, else a shuffled copy. */
    private static Object permutation(RandomState rs, Object x) {
        if (x instanceof Long || x instanceof Integer || x instanceof BigInteger) {
            long[] p = rs.permutation(Py.toLong(x));
            return NdArray.ofInts(p);
        }
        NdArray arr;
        if (x instanceof NdArray) {
            arr = (NdArray) x;
        } else if (x instanceof List) {
            arr = asArray((List<?>) x);
        } else {
            arr = null;
        }
        if (arr == null || arr.ndim() == 0) {
            throw new IndexError("x must be an integer or at least 1-dimensional");
        }
        Object d = arr.data();
        Object copy;
        if (arr.ndim() == 1) {
            if (d instanceof long[]) {
                copy = rs.permutation((long[]) d);
            } else if (d instanceof double[]) {
                copy = rs.permutation((double[]) d);
            } else {
                Object[] boxed = rs.permutation(box(d));
                copy = java.lang.reflect.Array.newInstance(d.getClass().getComponentType(), boxed.length);
                unbox(boxed, copy);
            }
            return new NdArray(arr.dtype(), arr.shape(), copy);
        }
        Object[] rows = rs.permutation(rows(arr));
        copy = java.lang.reflect.Array.newInstance(d.getClass().getComponentType(), arr.size());
        NdArray out = new NdArray(arr.dtype(), arr.shape(), copy);
        joinRows(rows, out);
        return out;
    }

    /** {@code np.asarray(list)} for a (nested, rectangular) list of numbers or bools. */
    static NdArray asArray(List<?> list) {
        String dtype = inferDtype(list);
        List<Integer> shapeList = new ArrayList<>();
        Object level = list;
        while (level instanceof List) {
            shapeList.add(((List<?>) level).size());
            level = ((List<?>) level).isEmpty() ? null : ((List<?>) level).get(0);
        }
        int[] shape = shapeList.stream().mapToInt(Integer::intValue).toArray();
        List<Object> flat = new ArrayList<>();
        flatten(list, flat);
        if (list.isEmpty()) {
            return new NdArray("float64", shape, new double[0]);
        }
        switch (dtype) {
            case "bool": {
                boolean[] b = new boolean[flat.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (Boolean) flat.get(i);
                }
                return new NdArray(dtype, shape, b);
            }
            case "int64":
            case "uint64": {
                long[] l = new long[flat.size()];
                for (int i = 0; i < l.length; i++) {
                    l[i] = Py.bigInt(flat.get(i)).longValue();
                }
                return new NdArray(dtype, shape, l);
            }
            case "float64": {
                double[] f = new double[flat.size()];
                for (int i = 0; i < f.length; i++) {
                    f[i] = Py.toDouble(flat.get(i));
                }
                return new NdArray(dtype, shape, f);
            }
            default:
                throw new NotImplementedError("nprand replay does not support " + dtype + " arrays");
        }
    }

    private static Object[] box(Object data) {
        int n = java.lang.reflect.Array.getLength(data);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = java.lang.reflect.Array.get(data, i);
        }
        return out;
    }

    private static void unbox(Object[] boxed, Object data) {
        for (int i = 0; i < boxed.length; i++) {
            java.lang.reflect.Array.set(data, i, boxed[i]);
        }
    }

    /** The rows (first-axis slices) of an n-d array, each its flat data. */
    private static Object[] rows(NdArray arr) {
        int n = arr.shape()[0];
        int rowLen = n == 0 ? 0 : arr.size() / n;
        Object d = arr.data();
        Object[] rows = new Object[n];
        for (int i = 0; i < n; i++) {
            Object row = java.lang.reflect.Array.newInstance(d.getClass().getComponentType(), rowLen);
            System.arraycopy(d, i * rowLen, row, 0, rowLen);
            rows[i] = row;
        }
        return rows;
    }

    private static void joinRows(Object[] rows, NdArray into) {
        Object d = into.data();
        int rowLen = rows.length == 0 ? 0 : into.size() / rows.length;
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, d, i * rowLen, rowLen);
        }
    }

    /** A {@code set_state} argument in the Java form: uint32 arrays as {@code int[]}, lists kept. */
    private static Object stateArgument(Object s) {
        if (s instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) s) {
                out.add(stateArgument(o));
            }
            return out;
        }
        return BitGeneratorCalls.stateValue(s);
    }
}
