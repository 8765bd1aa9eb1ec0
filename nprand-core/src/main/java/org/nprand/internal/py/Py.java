package org.nprand.internal.py;

import java.math.BigInteger;
import java.util.List;
import org.nprand.numpy.NdArray;
import org.nprand.errors.OverflowError;
import org.nprand.errors.TypeError;

/** Python's argument conversions ({@code __index__}, {@code float()}, sizes, dtype names). */
public final class Py {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Py() {
    }

    /**
     * A Java API argument that must not be null: {@code v}, or nprand's {@code TypeError "out
     * must not be null"} naming the parameter (never a {@link NullPointerException} from inside
     * a method).
     */
    public static <T> T notNull(T v, String name) {
        if (v == null) {
            throw new TypeError(name + " must not be null");
        }
        return v;
    }

    /** Python's {@code None} test (absent counts as None). */
    public static boolean isNone(Object v) {
        return v == null || v == Args.ABSENT;
    }

    /**
     * Python's {@code type(v).__name__} for a value in its Java form: {@code None}, {@code bool},
     * {@code int} (any integral {@link Number}), {@code float}, {@code str}, {@code list},
     * {@code dict}, {@code bytes}, {@code numpy.ndarray} (an {@link NdArray} or a Java primitive
     * array, the state dicts' form of an ndarray), a {@link PythonValue}'s own name; never a Java
     * class name ({@code "object"} for a Java object with no Python meaning).
     */
    public static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Short
                || v instanceof Byte) {
            return "int";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof PythonValue) {
            // before List: a value that is a Java list but names itself (eval's tuple)
            return ((PythonValue) v).pythonTypeName();
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof byte[]) {
            return "bytes";
        }
        if (v instanceof NdArray || v instanceof long[] || v instanceof int[] || v instanceof double[]
                || v instanceof boolean[] || v instanceof float[] || v instanceof long[][]) {
            return "numpy.ndarray";
        }
        if (v instanceof java.util.Map) {
            return "dict";
        }
        if (v instanceof java.util.Collection) {
            return "list";
        }
        return "object";
    }

    /**
     * Python's {@code str(v)}: a str itself, anything else its {@link PyRepr#repr repr} (as for
     * every type nprand meets: numbers, None, bytes, lists, dicts).
     */
    public static String str(Object v) {
        return v instanceof String ? (String) v : PyRepr.repr(v);
    }

    /** Python's {@code TypeError} for a binary operator its operands do not support. */
    public static TypeError unsupportedOperands(String op, Object left, String rightType) {
        return new TypeError("unsupported operand type(s) for " + op + ": '" + typeName(left) + "' and '"
                + rightType + "'");
    }

    /** A Python int in its Java form: a {@link Long} when it fits, else the {@link BigInteger}. */
    public static Number intValue(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    /** The unsigned 64-bit value {@code bits} as a Python int ({@link #intValue} form). */
    public static Number unsignedValue(long bits) {
        return bits >= 0 ? (Number) bits : new BigInteger(Long.toUnsignedString(bits));
    }

    /** Python's {@code v == n} for an int {@code n}: ints, bools and floats compare by value. */
    public static boolean equalsInt(Object v, long n) {
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue() == n;
        }
        return isInt(v) && !(v instanceof NdArray) && bigInt(v).equals(BigInteger.valueOf(n));
    }

    /** True for a Python int (bool included, as in Python). */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Boolean
                || v instanceof Short || v instanceof Byte
                || (v instanceof NdArray && ((NdArray) v).ndim() == 0 && ((NdArray) v).isInteger());
    }

    /**
     * NumPy's {@code PyArray_FROM_OTF(v, NPY_DOUBLE)} or {@code (v, NPY_INT64)} as the samplers
     * call it: a scalar becomes a 0-d array, a (nested, rectangular) list an array of its shape,
     * an ndarray is cast ({@code astype}). Float targets: ints and bools convert, {@code None} is
     * NaN, strings parse as {@code float()}; int64 targets: floats truncate, strings parse as
     * {@code int()}, {@code None} fails as {@code int(None)}.
     *
     * @throws org.nprand.errors.ValueError {@code could not convert string to float: 'a'}, NumPy's
     *     inhomogeneous-shape message
     * @throws TypeError for values that are not numbers
     * @throws OverflowError {@code int too large to convert to float}, {@code Python int too large
     *     to convert to C long}
     */
    public static NdArray fromOtf(Object v, boolean int64) {
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (int64) {
                // An ndarray is cast under the 'safe' rule (a list is converted element by element).
                if (a.isInteger() && !a.dtype().equals("uint64")) {
                    return a.dtype().equals("int64") ? a : new NdArray("int64", a.intShape(), a.longs());
                }
                if (a.dtype().equals("bool")) {
                    long[] out = new long[a.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = ((boolean[]) a.data())[i] ? 1 : 0;
                    }
                    return new NdArray("int64", a.intShape(), out);
                }
                throw new TypeError("Cannot cast " + (a.ndim() == 0 ? "scalar" : "array data") + " from dtype('"
                        + a.dtype() + "') to dtype('int64') according to the rule 'safe'");
            }
            if (a.dtype().equals("float64")) {
                return a;
            }
            double[] out = new double[a.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = a.getDouble(i);
            }
            return new NdArray("float64", a.intShape(), out);
        }
        if (v instanceof PythonValue && ((PythonValue) v).pythonItems() != null) {
            v = ((PythonValue) v).pythonItems(); // np.asarray(range(3)) is array([0, 1, 2])
        }
        int[] shape;
        java.util.List<Object> flat = new java.util.ArrayList<>();
        if (v instanceof List) {
            shape = nestedShape((List<?>) v);
            flatten((List<?>) v, flat);
        } else {
            shape = new int[0];
            flat.add(v);
        }
        if (int64) {
            long[] out = new long[flat.size()];
            for (int i = 0; i < out.length; i++) {
                Object e = flat.get(i);
                out[i] = e instanceof Long ? (Long) e : toLong(pyIntConversion(e));
            }
            return new NdArray("int64", shape, out);
        }
        double[] out = new double[flat.size()];
        for (int i = 0; i < out.length; i++) {
            Object e = flat.get(i);
            if (e == null) {
                out[i] = Double.NaN;
            } else if (e instanceof String) {
                out[i] = parseFloat((String) e);
            } else if (e instanceof byte[]) {
                out[i] = parseFloat((byte[]) e);
            } else if (e instanceof Double || e instanceof Long || e instanceof Boolean || e instanceof BigInteger
                    || e instanceof NdArray) {
                out[i] = toDouble(e);
            } else {
                throw new TypeError("float() argument must be a string or a real number, not '" + typeName(e) + "'");
            }
        }
        return new NdArray("float64", shape, out);
    }

    /** The shape {@code np.asarray(list)} gives a nested list, rejecting ragged ones as NumPy does. */
    public static int[] nestedShape(List<?> list) {
        java.util.List<Integer> dims = new java.util.ArrayList<>();
        Object level = list;
        while (level instanceof List) {
            List<?> l = (List<?>) level;
            dims.add(l.size());
            level = l.isEmpty() ? null : l.get(0);
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        checkRectangular(list, shape, 0);
        return shape;
    }

    private static void checkRectangular(Object level, int[] shape, int depth) {
        boolean isList = level instanceof List;
        if (depth == shape.length) {
            if (isList) {
                throw inhomogeneous(shape, depth);
            }
            return;
        }
        if (!isList || ((List<?>) level).size() != shape[depth]) {
            throw inhomogeneous(shape, depth);
        }
        for (Object o : (List<?>) level) {
            checkRectangular(o, shape, depth + 1);
        }
    }

    private static org.nprand.errors.ValueError inhomogeneous(int[] shape, int depth) {
        int[] detected = java.util.Arrays.copyOf(shape, Math.max(depth, 1));
        StringBuilder t = new StringBuilder("(");
        for (int i = 0; i < detected.length; i++) {
            t.append(i == 0 ? "" : ", ").append(detected[i]);
        }
        t.append(detected.length == 1 ? ",)" : ")");
        return new org.nprand.errors.ValueError("setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + Math.max(depth, 1) + " dimensions. The detected shape was " + t
                + " + inhomogeneous part.");
    }

    /** The leaves of a nested list, in C order. */
    public static void flatten(List<?> list, List<Object> out) {
        for (Object o : list) {
            if (o instanceof List) {
                flatten((List<?>) o, out);
            } else {
                out.add(o);
            }
        }
    }

    /**
     * The dtype {@code np.asarray(list)} gives a (possibly nested) list: {@code bool},
     * {@code int64}, {@code uint64} (ints past int64, none negative), {@code O} (past uint64),
     * {@code float64}, {@code <U n} (strings).
     */
    public static String inferDtype(List<?> list) {
        boolean allBool = true;
        boolean anyFloat = false;
        boolean anyStr = false;
        int strLen = 0;
        boolean anyNegative = false;
        boolean anyPastInt64 = false;
        boolean anyPastUInt64 = false;
        boolean anyInt64 = false;
        java.util.List<Object> flat = new java.util.ArrayList<>();
        flatten(list, flat);
        boolean anyBool = false;
        for (Object o : flat) {
            if (o instanceof Boolean) {
                anyBool = true;
                continue;
            }
            allBool = false;
            if (o instanceof Double) {
                anyFloat = true;
            } else if (o instanceof String) {
                anyStr = true;
                strLen = Math.max(strLen, ((String) o).codePointCount(0, ((String) o).length()));
            } else if (o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte) {
                anyNegative |= ((Number) o).longValue() < 0;
                anyInt64 = true;
            } else if (o instanceof BigInteger) {
                BigInteger b = (BigInteger) o;
                anyNegative |= b.signum() < 0;
                if (b.bitLength() <= 63) {
                    anyInt64 = true;
                } else if (b.signum() < 0 || b.bitLength() > 64) {
                    anyPastUInt64 = true;
                } else {
                    anyPastInt64 = true;
                }
            } else {
                return "O";
            }
        }
        if (flat.isEmpty()) {
            return "float64";
        }
        if (anyStr) {
            // Numbers next to strings become strings of their dtype's longest repr.
            int numberLen = anyFloat ? 32 : anyInt64 ? 21 : anyPastInt64 ? 20 : anyBool ? 5 : 0;
            return anyPastUInt64 ? "O" : "<U" + Math.max(strLen, numberLen);
        }
        if (anyPastUInt64) {
            return "O";
        }
        if (anyPastInt64 && anyInt64) {
            // NumPy 2: a Python int that fits int64 next to one past it promotes to float64.
            return "float64";
        }
        if (anyFloat) {
            return "float64";
        }
        if (allBool && !flat.isEmpty()) {
            return "bool";
        }
        return anyPastInt64 ? "uint64" : "int64";
    }

    /**
     * {@code np.asarray(list)} for a (nested, rectangular) list of numbers or bools.
     *
     * @throws org.nprand.errors.NotImplementedError for string or object arrays
     */
    public static NdArray asArray(List<?> list) {
        String dtype = inferDtype(list);
        int[] shape = nestedShape(list);
        java.util.List<Object> flat = new java.util.ArrayList<>();
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
                    l[i] = bigInt(flat.get(i)).longValue();
                }
                return new NdArray(dtype, shape, l);
            }
            case "float64": {
                double[] f = new double[flat.size()];
                for (int i = 0; i < f.length; i++) {
                    f[i] = toDouble(flat.get(i));
                }
                return new NdArray(dtype, shape, f);
            }
            default:
                // object arrays and strings (<U n): the elements as they are
                return new NdArray(dtype.equals("O") ? "object" : dtype, shape, flat.toArray());
        }
    }

    /** {@code operator.index(v)} as an exact Python int. */
    public static BigInteger bigInt(Object v) {
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigInteger.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger) {
            return (BigInteger) v;
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof NdArray && ((NdArray) v).ndim() == 0 && ((NdArray) v).isInteger()) {
            long bits = ((NdArray) v).longs()[0];
            return ((NdArray) v).dtype().equals("uint64")
                    ? new BigInteger(Long.toUnsignedString(bits)) : BigInteger.valueOf(bits);
        }
        throw new TypeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** {@code operator.index(v)} into a C long (CPython's OverflowError when it does not fit). */
    public static long toLong(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return ((Number) v).longValue();
        }
        BigInteger b = bigInt(v);
        if (b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0) {
            throw new OverflowError("Python int too large to convert to C long");
        }
        return b.longValue();
    }

    /** {@code operator.index(v)} into a Java int (sizes, counts). */
    public static int toInt(Object v) {
        long l = toLong(v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new OverflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    /**
     * Python's {@code int(v)}: exact for ints and bools, truncating for floats, parsing for
     * strings, with CPython's errors.
     */
    public static BigInteger pyIntConversion(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                throw new org.nprand.errors.ValueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw new OverflowError("cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        if (v instanceof String) {
            String t = ((String) v).strip().replace("_", "");
            try {
                return new BigInteger(t);
            } catch (NumberFormatException e) {
                throw new org.nprand.errors.ValueError("invalid literal for int() with base 10: " + PyRepr.repr(v));
            }
        }
        if (v instanceof byte[]) {
            // int(b'12') parses the ASCII digits as int('12') does.
            String t = new String((byte[]) v, java.nio.charset.StandardCharsets.ISO_8859_1).strip().replace("_", "");
            try {
                return new BigInteger(t);
            } catch (NumberFormatException e) {
                throw new org.nprand.errors.ValueError("invalid literal for int() with base 10: " + PyRepr.repr(v));
            }
        }
        if (v instanceof NdArray && ((NdArray) v).ndim() == 0 && !((NdArray) v).isInteger()) {
            return pyIntConversion(toDouble(v));
        }
        if (v instanceof NdArray && ((NdArray) v).ndim() > 0) {
            throw new TypeError("only 0-dimensional arrays can be converted to Python scalars");
        }
        if (!isInt(v) && !(v instanceof NdArray)) {
            throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + typeName(v) + "'");
        }
        return bigInt(v);
    }

    /**
     * Cython's conversion of an argument typed {@code int} / {@code npy_intp} (NumPy's compiled
     * methods): ints exact, floats truncated as {@code int(x)}, anything else {@code TypeError
     * "an integer is required"}; past 64 bits {@code OverflowError}.
     */
    public static long cythonLong(Object v) {
        return CTypes.cythonLong(v); // the rule lives with the other C types
    }

    /** Python's truth value ({@code bool(v)}) of a protocol value. */
    public static boolean truthy(Object v) {
        if (v == null || v == Args.ABSENT) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof BigInteger) {
            return ((BigInteger) v).signum() != 0;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue() != 0;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof List) {
            return !((List<?>) v).isEmpty();
        }
        if (v instanceof java.util.Map) {
            return !((java.util.Map<?, ?>) v).isEmpty();
        }
        if (v instanceof byte[]) {
            return ((byte[]) v).length != 0;
        }
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (a.size() == 0) {
                throw new org.nprand.errors.ValueError("The truth value of an empty array is ambiguous. Use "
                        + "`array.size > 0` to check that an array is not empty.");
            }
            if (a.size() != 1) {
                throw new org.nprand.errors.ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
            }
            return toDouble(new NdArray(a.dtype().equals("bool") ? "int64" : a.dtype(), new int[0],
                    a.dtype().equals("bool") ? new long[] {((boolean[]) a.data())[0] ? 1 : 0} : a.data())) != 0;
        }
        return true;
    }

    /**
     * Python's {@code float(s)} for a string: decimal and {@code inf}/{@code nan} spellings,
     * surrounding whitespace and digit underscores allowed.
     *
     * @throws org.nprand.errors.ValueError {@code could not convert string to float: 's'}
     */
    public static double parseFloat(String s) {
        String t = s.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (t.matches("[+-]?((\\d(_?\\d)*)(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?")) {
            return Double.parseDouble(t.replace("_", ""));
        }
        throw new org.nprand.errors.ValueError("could not convert string to float: " + PyRepr.repr(s));
    }

    /**
     * Python's {@code float(b)} for bytes (their ASCII text), as NumPy converts a bytes value to
     * float64.
     *
     * @throws org.nprand.errors.ValueError {@code could not convert string to float: b'\\x01'}
     */
    public static double parseFloat(byte[] b) {
        try {
            return parseFloat(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (org.nprand.errors.ValueError e) {
            throw new org.nprand.errors.ValueError("could not convert string to float: " + PyRepr.repr(b));
        }
    }

    /** CPython's C {@code int} argument conversion ({@code OverflowError} past 32 bits). */
    public static int toIntC(Object v) {
        BigInteger b = bigInt(v);
        if (b.bitLength() > 31) {
            throw new OverflowError("Python int too large to convert to C int"); // CPython's one message for both signs
        }
        return b.intValue();
    }

    /** Python's {@code float(v)} for a number. */
    public static double toDouble(Object v) {
        if (v instanceof Double) {
            return (Double) v;
        }
        if (v instanceof Long || v instanceof Integer) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger) {
            double d = ((BigInteger) v).doubleValue();
            if (Double.isInfinite(d)) {
                throw new OverflowError("int too large to convert to float");
            }
            return d;
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? 1.0 : 0.0;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof NdArray && ((NdArray) v).ndim() == 0) {
            NdArray a = (NdArray) v;
            Object d = a.data();
            if (d instanceof double[]) {
                return ((double[]) d)[0];
            }
            if (d instanceof float[]) {
                return ((float[]) d)[0];
            }
            if (d instanceof long[]) {
                return a.dtype().equals("uint64") ? bigInt(a).doubleValue() : ((long[]) d)[0];
            }
        }
        throw new TypeError("must be real number, not " + typeName(v));
    }

    /**
     * NumPy's {@code size} argument ({@code PyArray_IntpConverter}): {@code null} for None (a
     * scalar result), else the shape ({@code n} gives {@code [n]}, a list, tuple or integer
     * ndarray gives itself). Negative dimensions are kept for {@code np.empty} to reject in
     * NumPy's order. A dimension past a Java array's length gets {@code np.empty}'s verdict for a
     * float64 array at once ({@link org.nprand.internal.nd.Shapes#narrow}); callers that know
     * their dtype use {@link #sizeDims} and narrow with it.
     *
     * @throws TypeError {@code "expected a sequence of integers or a single integer, got
     *     '2.0'"} (a float or bool size), {@code "an integer is required"} (a bool inside a
     *     sequence), {@code "'float' object cannot be interpreted as an integer"}
     * @throws org.nprand.errors.ValueError {@code "Maximum allowed dimension exceeded"} (past
     *     {@code intp})
     * @throws org.nprand.errors.MemoryError for a dimension past a Java array's length
     */
    public static int[] size(Object v) {
        return org.nprand.internal.nd.Shapes.narrow(sizeDims(v), 8, "float64");
    }

    /**
     * {@code PyArray_IntpConverter} exactly, each dimension a C {@code intp}: {@code null} for
     * None. A sequence ({@code list}, {@code str}, {@code bytes}, {@code range}, an ndarray of
     * at least one dimension) gives one dimension per item; anything else must be a single
     * integer ({@code operator.index}), a bool or a dict included ("expected a sequence of
     * integers or a single integer, got 'True'"). Items: a bool ({@code numpy.bool} too) is
     * "an integer is required", a 1-d array "only integer scalar arrays can be converted to a
     * scalar index", a value past 64 bits "Maximum allowed dimension exceeded".
     */
    public static long[] sizeDims(Object v) {
        if (isNone(v)) {
            return null;
        }
        List<?> items = sequenceItems(v);
        if (items == null) {
            try {
                return new long[] {dimension(v)};
            } catch (TypeError e) {
                throw new TypeError("expected a sequence of integers or a single integer, got '" + PyRepr.repr(v) + "'");
            }
        }
        if (items.size() > 64) {
            throw new org.nprand.errors.ValueError("maximum supported dimension for an ndarray is currently 64, found "
                    + items.size());
        }
        long[] shape = new long[items.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dimension(items.get(i));
        }
        return shape;
    }

    /**
     * The items of a value {@code PySequence_Check} accepts (and {@code PySequence_Fast} lists):
     * a list, a str (its characters), bytes (ints), a {@link PythonValue} (a range: a lazy view)
     * or an ndarray of at least one dimension (its rows); else null.
     */
    public static List<?> sequenceItems(Object v) {
        if (v instanceof List) {
            return (List<?>) v;
        }
        if (v instanceof String) {
            List<Object> out = new java.util.ArrayList<>();
            ((String) v).codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        if (v instanceof byte[]) {
            List<Object> out = new java.util.ArrayList<>();
            for (byte b : (byte[]) v) {
                out.add((long) (b & 0xFF));
            }
            return out;
        }
        if (v instanceof PythonValue) {
            return ((PythonValue) v).pythonItems();
        }
        if (v instanceof NdArray && ((NdArray) v).ndim() > 0) {
            NdArray a = (NdArray) v;
            List<Object> out = new java.util.ArrayList<>();
            int rows = a.intShape()[0];
            int step = rows == 0 ? 0 : a.size() / rows;
            for (int r = 0; r < rows; r++) {
                out.add(a.ndim() == 1 ? element(a, r) : new NdArray(a.dtype(),
                        java.util.Arrays.copyOfRange(a.intShape(), 1, a.ndim()), slice(a.data(), r * step, step)));
            }
            return out;
        }
        return null;
    }

    /** Element {@code i} of a 1-d array as NumPy's scalar (a 0-d array of its dtype). */
    private static Object element(NdArray a, int i) {
        Object data = a.data();
        Object one = slice(data, i, 1);
        return new NdArray(a.dtype(), new int[0], one);
    }

    private static Object slice(Object data, int from, int n) {
        Object out = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), n);
        System.arraycopy(data, from, out, 0, n);
        return out;
    }

    /** One dimension ({@code PyArray_PyIntAsIntp} through {@code dimension_from_scalar}). */
    private static long dimension(Object v) {
        if (v instanceof Boolean || v instanceof NdArray && ((NdArray) v).dtype().equals("bool")
                && ((NdArray) v).ndim() == 0) {
            throw new TypeError("an integer is required");
        }
        if (v instanceof NdArray && ((NdArray) v).ndim() > 0) {
            throw new TypeError("only integer scalar arrays can be converted to a scalar index");
        }
        if (!isInt(v)) {
            String type = v instanceof NdArray ? "numpy." + ((NdArray) v).dtype() : typeName(v);
            throw new TypeError("'" + type + "' object cannot be interpreted as an integer");
        }
        BigInteger b = bigInt(v);
        if (b.bitLength() > 63) {
            throw new org.nprand.errors.ValueError("Maximum allowed dimension exceeded");
        }
        return b.longValue();
    }

    /**
     * {@code np.prod(size) == 0} as NumPy's bounded-integer samplers test it before converting
     * {@code size}: a str or bytes size (or a list of str) is an array NumPy cannot multiply
     * ({@link org.nprand.errors.UFuncTypeError}); a size that converts is zero-sized or not; any
     * other value is not (its conversion fails later, where NumPy converts it).
     */
    public static boolean sizeProductIsZero(Object size) {
        String dtype = null;
        if (size instanceof String) {
            dtype = "<U" + Math.max(1, ((String) size).codePointCount(0, ((String) size).length()));
        } else if (size instanceof byte[]) {
            dtype = "|S" + Math.max(1, ((byte[]) size).length);
        } else if (size instanceof List && !((List<?>) size).isEmpty()) {
            try {
                String inferred = inferDtype((List<?>) size);
                if (inferred.startsWith("<U")) {
                    dtype = inferred;
                }
            } catch (RuntimeException e) {
                // not an array NumPy makes: the conversion below decides
            }
        }
        if (dtype != null) {
            String d = "dtype('" + (dtype.startsWith("|S") ? "S" + dtype.substring(2) : dtype) + "')";
            throw new org.nprand.errors.UFuncTypeError("ufunc 'multiply' did not contain a loop with signature "
                    + "matching types (" + d + ", " + d + ") -> None");
        }
        try {
            long[] dims = sizeDims(size);
            for (long d : dims) {
                if (d == 0) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false; // np.prod gives something else; the size conversion raises later
        }
    }

    /**
     * Python's {@code len(v)} as NumPy's methods call it on an argument: a sequence, dict or
     * range has one, a 0-d array {@code "len() of unsized object"}, anything else {@code
     * "object of type 'int' has no len()"}.
     */
    public static int len(Object v) {
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (a.ndim() == 0) {
                throw new TypeError("len() of unsized object");
            }
            return a.intShape()[0];
        }
        return PyOps.len(v);
    }

    /** The number of elements of a shape ({@code ValueError} for a negative dimension). */
    public static int count(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new org.nprand.errors.ValueError("negative dimensions are not allowed");
            }
            n *= d;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new org.nprand.errors.ValueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        return (int) n;
    }

    /**
     * NumPy's dtype name for a dtype argument: {@code int} and {@code "int"}/{@code "l"}/{@code
     * "i8"} give {@code int64}, {@code bool} gives {@code bool}, {@code float} gives
     * {@code float64}, and so on. Unknown names raise NumPy's {@code TypeError}.
     */
    public static String dtype(Object v) {
        if (v instanceof NdArray) {
            throw new TypeError("Cannot construct a dtype from an array");
        }
        if (v instanceof java.util.Map && !((java.util.Map<?, ?>) v).isEmpty()) {
            // the fields form {name: (dtype, offset)}: len() of each value
            for (Object field : ((java.util.Map<?, ?>) v).values()) {
                if (!(field instanceof List || field instanceof String || field instanceof byte[])) {
                    throw new TypeError("object of type '" + typeName(field) + "' has no len()");
                }
            }
        }
        if (v instanceof List && !((List<?>) v).isEmpty()) {
            // the fields form [(name, dtype), ...]
            for (Object field : (List<?>) v) {
                if (!(field instanceof List) || ((List<?>) field).size() < 2 || ((List<?>) field).size() > 3) {
                    throw new TypeError("Field elements must be 2- or 3-tuples, got '" + PyRepr.repr(field) + "'");
                }
            }
        }
        if (!(v instanceof String)) {
            throw new TypeError("Cannot interpret '" + PyRepr.repr(v) + "' as a data type");
        }
        String s = (String) v;
        if (s.matches("[<>=|](f[248]|[iu][1248])")) {
            char order = s.charAt(0);
            String kind = s.substring(1);
            if (order != '>' || kind.endsWith("1")) {
                return dtype(kind); // native (little-endian) or single-byte: the plain name
            }
            if (!kind.equals("f8") && !kind.equals("f4")) {
                return s; // a big-endian integer (or float16) NumPy knows and nprand has no use for
            }
        }
        switch (s) {
            case "U": case "<U": case "=U": case "str": case "str_": case "unicode":
                return "<U";
            case "int": case "int64": case "i8": case "l": case "long": case "intp": case "int_": case "q":
                return "int64";
            case "int32": case "i4": case "i":
                return "int32";
            case "int16": case "i2": case "h":
                return "int16";
            case "int8": case "i1": case "b":
                return "int8";
            case "uint64": case "u8": case "L": case "uint": case "uintp": case "Q":
                return "uint64";
            case "uint32": case "u4": case "I":
                return "uint32";
            case "uint16": case "u2": case "H":
                return "uint16";
            case "uint8": case "u1": case "B":
                return "uint8";
            case "bool": case "bool_": case "?": case "b1":
                return "bool";
            case "float": case "float64": case "f8": case "d": case "double":
                return "float64";
            case "float32": case "f4": case "f": case "single": case "<f4": case "=f4":
                return "float32";
            case "<f8": case "=f8":
                return "float64";
            case "float16": case "f2": case "e": case "half":
                return "float16";
            case "float128": case "longdouble": case "g": case "f16":
                return "float128";
            case "complex128": case "c16": case "complex": case "D":
                return "complex128";
            case "complex64": case "c8": case "F":
                return "complex64";
            case "object": case "O":
                return "O";
            case ">f8":
                return ">f8";
            case ">f4":
                return ">f4";
            default:
                throw new TypeError("data type '" + s + "' not understood");
        }
    }
}
