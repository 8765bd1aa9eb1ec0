package org.nprand.sklearn;

import java.util.Objects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.NdArray;

/**
 * Class labels ({@code y}, {@code stratify}) or group labels ({@code groups}), one per sample, as
 * scikit-learn sees the NumPy array they become.
 *
 * <p>Labels are compared as {@code np.unique} compares them: ints and floats numerically (NaN
 * after every number, all NaNs equal), booleans {@code False < True}, strings by Unicode code
 * point (NumPy compares UCS-4, not Java's UTF-16 units), and any other objects with
 * {@link Comparable#compareTo} (Python's {@code <} on an object array). So the order of classes,
 * and with it every index scikit-learn derives from it, is the same as in Python.
 *
 * <p>The element type decides the NumPy dtype, and with it scikit-learn's checks: a
 * {@code double[]} is float64 (NaN and infinity are rejected; non-integral values are a
 * {@code 'continuous'} target that the stratified splitters refuse); a {@link Comparable}{@code []}
 * of something other than numbers, strings and booleans is an object array (its classes sort, but
 * {@code type_of_target} calls it {@code 'unknown'}, as scikit-learn does).
 */
public final class Labels {

    /** NumPy's dtype kind of the labels. */
    enum Kind { INT, FLOAT, BOOL, STR, OBJECT }

    final Kind kind;
    /** Rows (samples). */
    final int n;
    /** Columns of a 2-d array; {@link #ONE_D} for a 1-d array. */
    final int cols;

    /** {@link #cols} of a 1-d array. */
    static final int ONE_D = -1;
    /** Flat C-order values: long[], double[], boolean[], String[] or Object[]. */
    final Object data;

    private Unique unique;

    Labels(Kind kind, int n, int cols, Object data) {
        this.kind = kind;
        this.n = n;
        this.cols = cols;
        this.data = data;
    }

    // ---- factories --------------------------------------------------------------------------

    /** Integer labels (NumPy int64). */
    public static Labels of(int[] labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        long[] v = new long[labels.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = labels[i];
        }
        return new Labels(Kind.INT, v.length, ONE_D, v);
    }

    /** Integer labels (NumPy int64). */
    public static Labels of(long[] labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        return new Labels(Kind.INT, labels.length, ONE_D, labels.clone());
    }

    /** Float labels (NumPy float64): integral values are classes, others a continuous target. */
    public static Labels of(double[] labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        return new Labels(Kind.FLOAT, labels.length, ONE_D, labels.clone());
    }

    /** Boolean labels (NumPy bool). */
    public static Labels of(boolean[] labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        return new Labels(Kind.BOOL, labels.length, ONE_D, labels.clone());
    }

    /** String labels (a NumPy {@code <U} array), ordered by code point. */
    public static Labels of(String... labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        for (String s : labels) {
            if (s == null) {
                throw new TypeError("'<' not supported between instances of 'NoneType' and 'str'");
            }
        }
        return new Labels(Kind.STR, labels.length, ONE_D, labels.clone());
    }

    /**
     * Labels of any {@link Comparable} type. {@code Integer}, {@code Long}, {@code Short} and
     * {@code Byte} elements give int64 labels, {@code Double} and {@code Float} float64 (mixed
     * with integers too), {@code Boolean} bool, {@code String} strings; anything else (or a
     * mixture of those kinds) is a NumPy object array, ordered by {@code compareTo}.
     */
    public static Labels of(Comparable<?>[] labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        return ofObjects(Arrays.asList((Object[]) labels), false);
    }

    /**
     * Labels from a list, typed as {@code np.asarray(list)} types a Python list: ints (and
     * booleans mixed with ints) int64, numbers with a float float64, booleans bool, and any string
     * makes every element a string ({@code str()} of each, as NumPy's {@code <U} conversion
     * does); other objects make an object array.
     */
    public static Labels of(List<?> labels) {
        Objects.requireNonNull(labels, "labels must not be null");
        return ofObjects(labels, true);
    }

    /** Labels from the rows of a 2-d int array (multi-output targets), as a NumPy 2-d array. */
    public static Labels of(int[][] rows) {
        Objects.requireNonNull(rows, "rows must not be null");
        int cols = rows.length == 0 ? 0 : rows[0].length;
        long[] flat = new long[rows.length * cols];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != cols) {
                throw new ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.");
            }
            for (int j = 0; j < cols; j++) {
                flat[i * cols + j] = rows[i][j];
            }
        }
        return new Labels(Kind.INT, rows.length, cols, flat);
    }

    /**
     * Labels from an n-d NumPy array ({@code int*}/{@code uint*} as int64, {@code float*}
     * float64, {@code bool}, {@code <U} strings, object arrays); 1-d or 2-d (scikit-learn's checks
     * reject the rest).
     */
    public static Labels of(NdArray array) {
        Objects.requireNonNull(array, "array must not be null");
        int[] shape = array.intShape();
        if (shape.length == 0 || shape.length > 2) {
            throw new ValueError(shape.length == 0
                    ? "Expected array-like (array or non-string sequence), got " + array
                    : "Found array with dim " + shape.length + ". None expected <= 2.");
        }
        int n = shape[0];
        int cols = shape.length == 2 ? shape[1] : ONE_D;
        Object d = array.data();
        String dtype = array.dtype();
        if (d instanceof long[]) {
            long[] v = ((long[]) d).clone();
            if (dtype.equals("uint64")) {
                for (long x : v) {
                    if (x < 0) {
                        throw new ValueError("uint64 labels above 2**63 - 1 are not supported");
                    }
                }
            }
            return new Labels(Kind.INT, n, cols, v);
        }
        if (d instanceof double[]) {
            return new Labels(Kind.FLOAT, n, cols, ((double[]) d).clone());
        }
        if (d instanceof float[]) {
            float[] f = (float[]) d;
            double[] v = new double[f.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = f[i];
            }
            return new Labels(Kind.FLOAT, n, cols, v);
        }
        if (d instanceof boolean[]) {
            return new Labels(Kind.BOOL, n, cols, ((boolean[]) d).clone());
        }
        Object[] o = (Object[]) d;
        if (dtype.startsWith("<U") || dtype.startsWith("U") || dtype.startsWith("str")) {
            String[] s = new String[o.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = String.valueOf(o[i]);
            }
            return new Labels(Kind.STR, n, cols, s);
        }
        return new Labels(Kind.OBJECT, n, cols, o.clone());
    }

    private static Labels ofObjects(List<?> labels, boolean numpyListRules) {
        int n = labels.size();
        boolean allInt = true;
        boolean allNumber = true;
        boolean allBool = true;
        boolean allStr = true;
        boolean anyStr = false;
        boolean anyOther = false;
        for (Object o : labels) {
            boolean isBool = o instanceof Boolean;
            boolean isInt = o instanceof Long || o instanceof Integer || o instanceof Short || o instanceof Byte
                    || o instanceof java.math.BigInteger;
            boolean isFloat = o instanceof Double || o instanceof Float;
            boolean isStr = o instanceof String;
            allBool &= isBool;
            allInt &= isInt || (numpyListRules && isBool);
            allNumber &= isInt || isFloat || (numpyListRules && isBool);
            allStr &= isStr;
            anyStr |= isStr;
            anyOther |= !(isBool || isInt || isFloat || isStr);
        }
        if (n == 0) {
            return new Labels(numpyListRules ? Kind.FLOAT : Kind.OBJECT, 0, ONE_D, numpyListRules ? new double[0] : new Object[0]);
        }
        if (allBool) {
            boolean[] v = new boolean[n];
            for (int i = 0; i < n; i++) {
                v[i] = (Boolean) labels.get(i);
            }
            return new Labels(Kind.BOOL, n, ONE_D, v);
        }
        if (allInt) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                Object o = labels.get(i);
                v[i] = o instanceof Boolean ? (((Boolean) o) ? 1 : 0)
                        : o instanceof java.math.BigInteger ? ((java.math.BigInteger) o).longValueExact()
                        : ((Number) o).longValue();
            }
            return new Labels(Kind.INT, n, ONE_D, v);
        }
        if (allNumber) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                Object o = labels.get(i);
                v[i] = o instanceof Boolean ? (((Boolean) o) ? 1 : 0) : ((Number) o).doubleValue();
            }
            return new Labels(Kind.FLOAT, n, ONE_D, v);
        }
        if (allStr || (numpyListRules && anyStr && !anyOther)) {
            String[] v = new String[n];
            for (int i = 0; i < n; i++) {
                v[i] = PyFormat.str(labels.get(i));
            }
            return new Labels(Kind.STR, n, ONE_D, v);
        }
        return new Labels(Kind.OBJECT, n, ONE_D, labels.toArray());
    }

    // ---- what scikit-learn reads ------------------------------------------------------------

    /** The number of samples (rows). */
    public int size() {
        return n;
    }

    /** NumPy's shape as Python prints it: {@code (10,)} or {@code (10, 2)}. */
    String shapeRepr() {
        return cols == ONE_D ? "(" + n + ",)" : "(" + n + ", " + cols + ")";
    }

    int flatLength() {
        return java.lang.reflect.Array.getLength(data);
    }

    /** Element i of the flat data, boxed as Python's {@code tolist()} gives it. */
    Object get(int i) {
        switch (kind) {
            case INT:
                return ((long[]) data)[i];
            case FLOAT:
                return ((double[]) data)[i];
            case BOOL:
                return ((boolean[]) data)[i];
            case STR:
                return ((String[]) data)[i];
            default:
                return ((Object[]) data)[i];
        }
    }

    /**
     * scikit-learn's {@code check_array(a, ensure_2d=False, dtype=None)}: no NaN or infinity in a
     * float array, at least one sample (and one column).
     *
     * @param inputName {@code "y"}, {@code "groups"}, or {@code ""}
     */
    void checkArray(String inputName) {
        if (kind == Kind.FLOAT) {
            assertAllFinite(inputName);
        }
        if (n < 1) {
            throw new ValueError("Found array with 0 sample(s) (shape=" + shapeRepr() + ") while a minimum of 1 is required.");
        }
        if (cols == 0) {
            throw new ValueError("Found array with 0 feature(s) (shape=" + shapeRepr() + ") while a minimum of 1 is required.");
        }
    }

    /** scikit-learn's {@code _assert_all_finite} on float data. */
    void assertAllFinite(String inputName) {
        if (kind != Kind.FLOAT) {
            return;
        }
        boolean nan = false;
        boolean inf = false;
        for (double d : (double[]) data) {
            nan |= Double.isNaN(d);
            inf |= Double.isInfinite(d);
        }
        if (nan || inf) {
            String name = inputName.isEmpty() ? "" : inputName + " ";
            throw new ValueError("Input " + name + "contains "
                    + (nan ? "NaN" : "infinity or a value too large for dtype('float64')") + ".");
        }
    }

    /** scikit-learn's {@code column_or_1d}: a 1-d array, or the single column of a 2-d one. */
    Labels column1d() {
        if (cols == ONE_D) {
            return this;
        }
        if (cols == 1) {
            return new Labels(kind, n, ONE_D, data);
        }
        throw new ValueError("y should be a 1d array, got an array of shape " + shapeRepr() + " instead.");
    }

    /** A 2-d array's rows as strings, {@code ' '.join(row.astype('str'))}; a 1-d array as is. */
    Labels joinRows() {
        if (cols == ONE_D) {
            return this;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < cols; j++) {
                if (j > 0) {
                    b.append(' ');
                }
                b.append(PyFormat.str(get(i * cols + j)));
            }
            out[i] = b.toString();
        }
        return new Labels(Kind.STR, n, ONE_D, out);
    }

    /**
     * scikit-learn's {@code type_of_target(y)}: {@code 'binary'}, {@code 'multiclass'},
     * {@code 'continuous'}, {@code 'multilabel-indicator'}, {@code 'multiclass-multioutput'},
     * {@code 'continuous-multioutput'} or {@code 'unknown'}.
     */
    String typeOfTarget() {
        if (cols > 1) {
            Unique all = flatView().unique();
            boolean integral = kind == Kind.INT || kind == Kind.BOOL
                    || (kind == Kind.FLOAT && allIntegral(all.values));
            if (all.size() < 3 && integral) {
                return "multilabel-indicator";
            }
        }
        if (n == 0 || cols == 0) {
            return cols == ONE_D ? "binary" : "unknown";
        }
        if (kind == Kind.OBJECT) {
            return "unknown";
        }
        String suffix = cols > 1 ? "-multioutput" : "";
        if (kind == Kind.FLOAT) {
            for (double d : (double[]) data) {
                if (d != (double) castToInt64(d)) {
                    assertAllFinite("");
                    return "continuous" + suffix;
                }
            }
        }
        if (flatView().unique().size() > 2 || cols > 1) {
            return "multiclass" + suffix;
        }
        return "binary";
    }

    /** NumPy's float64 to int64 cast on x86-64: out-of-range and NaN give INT64_MIN. */
    private static long castToInt64(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    private static boolean allIntegral(List<Object> values) {
        for (Object o : values) {
            double d = (Double) o;
            if (d != (double) castToInt64(d)) {
                return false;
            }
        }
        return true;
    }

    private Labels flatView() {
        return cols == ONE_D ? this : new Labels(kind, flatLength(), ONE_D, data);
    }

    // ---- np.unique ----------------------------------------------------------------------------

    /** {@code np.unique(a, return_index=True, return_inverse=True, return_counts=True)} of a 1-d array. */
    static final class Unique {
        /** The sorted distinct values, boxed as {@code tolist()} gives them. */
        final List<Object> values;
        /** The code of each sample (index into values). */
        final int[] inverse;
        /** Samples per code. */
        final int[] counts;
        /** The first sample of each code. */
        final int[] first;
        final Kind kind;

        Unique(Kind kind, List<Object> values, int[] inverse) {
            this.kind = kind;
            this.values = values;
            this.inverse = inverse;
            this.counts = new int[values.size()];
            this.first = new int[values.size()];
            Arrays.fill(first, -1);
            for (int i = 0; i < inverse.length; i++) {
                int c = inverse[i];
                counts[c]++;
                if (first[c] < 0) {
                    first[c] = i;
                }
            }
        }

        int size() {
            return values.size();
        }

        /** NumPy's {@code str()} of the unique values. */
        String arrayStr() {
            return PyFormat.arrayStr(kind, values);
        }
    }

    /** np.unique of this (1-d) array; computed once. */
    Unique unique() {
        if (unique == null) {
            unique = computeUnique();
        }
        return unique;
    }

    private Unique computeUnique() {
        int len = flatLength();
        int[] inverse = new int[len];
        List<Object> values = new ArrayList<>();
        switch (kind) {
            case INT: {
                long[] v = (long[]) data;
                long[] s = v.clone();
                Arrays.sort(s);
                int m = 0;
                for (int i = 0; i < s.length; i++) {
                    if (i == 0 || s[i] != s[m - 1]) {
                        s[m++] = s[i];
                    }
                }
                long[] u = Arrays.copyOf(s, m);
                for (long x : u) {
                    values.add(x);
                }
                for (int i = 0; i < len; i++) {
                    inverse[i] = Arrays.binarySearch(u, v[i]);
                }
                break;
            }
            case FLOAT: {
                double[] v = (double[]) data;
                double[] s = v.clone();
                Arrays.sort(s);
                int m = 0;
                for (int i = 0; i < s.length; i++) {
                    if (i == 0 || !(s[i] == s[m - 1] || (Double.isNaN(s[i]) && Double.isNaN(s[m - 1])))) {
                        s[m++] = s[i];
                    }
                }
                double[] u = Arrays.copyOf(s, m);
                for (double x : u) {
                    values.add(x);
                }
                for (int i = 0; i < len; i++) {
                    inverse[i] = floatSearch(u, v[i]);
                }
                break;
            }
            case BOOL: {
                boolean[] v = (boolean[]) data;
                boolean anyF = false;
                boolean anyT = false;
                for (boolean b : v) {
                    anyF |= !b;
                    anyT |= b;
                }
                if (anyF) {
                    values.add(false);
                }
                if (anyT) {
                    values.add(true);
                }
                for (int i = 0; i < len; i++) {
                    inverse[i] = v[i] && anyF ? 1 : 0;
                }
                break;
            }
            case STR: {
                String[] v = (String[]) data;
                String[] s = v.clone();
                Arrays.sort(s, CODE_POINT_ORDER);
                Map<String, Integer> code = new HashMap<>();
                for (String x : s) {
                    if (!code.containsKey(x)) {
                        code.put(x, values.size());
                        values.add(x);
                    }
                }
                for (int i = 0; i < len; i++) {
                    inverse[i] = code.get(v[i]);
                }
                break;
            }
            default: {
                Object[] v = (Object[]) data;
                Object[] s = v.clone();
                Comparator<Object> cmp = PYTHON_LT;
                Arrays.sort(s, cmp);
                List<Object> u = new ArrayList<>();
                for (Object x : s) {
                    if (u.isEmpty() || cmp.compare(u.get(u.size() - 1), x) != 0) {
                        u.add(x);
                    }
                }
                values.addAll(u);
                for (int i = 0; i < len; i++) {
                    inverse[i] = Collections.binarySearch(u, v[i], cmp);
                }
            }
        }
        return new Unique(kind, Collections.unmodifiableList(values), inverse);
    }

    /** The index of x in the sorted distinct doubles u (NaN last, -0.0 equal to 0.0). */
    private static int floatSearch(double[] u, double x) {
        if (Double.isNaN(x)) {
            return u.length - 1;
        }
        int lo = 0;
        int hi = u.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            double m = u[mid];
            if (m == x) {
                return mid;
            }
            if (Double.isNaN(m) || x < m) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        throw new IllegalStateException("label not found");
    }

    /** Strings as NumPy orders {@code <U} arrays: by Unicode code point. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    /** Python's {@code <} on an object array's elements, through {@code compareTo}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Comparator<Object> PYTHON_LT = (a, b) -> {
        if (a instanceof String && b instanceof String) {
            return CODE_POINT_ORDER.compare((String) a, (String) b);
        }
        if (a instanceof Number && b instanceof Number && !(a instanceof Comparable && a.getClass() == b.getClass())) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        try {
            if (!(a instanceof Comparable)) {
                throw new ClassCastException();
            }
            return ((Comparable) a).compareTo(b);
        } catch (ClassCastException | NullPointerException e) {
            throw new TypeError("'<' not supported between instances of '" + pyTypeName(b) + "' and '" + pyTypeName(a) + "'");
        }
    };

    private static String pyTypeName(Object o) {
        if (o == null) {
            return "NoneType";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof Long || o instanceof Integer) {
            return "int";
        }
        if (o instanceof Double) {
            return "float";
        }
        return o.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "Labels" + shapeRepr() + "[" + kind.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
