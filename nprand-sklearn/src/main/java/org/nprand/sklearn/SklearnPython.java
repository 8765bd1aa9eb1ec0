package org.nprand.sklearn;

import java.util.Objects;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.numpy.WarningHandler;

/**
 * scikit-learn's Python signatures over Python-like Java values, for binders such as
 * {@code nprand replay} (the replay protocol's {@code {"type": "sklearn"}} generator): arguments
 * are {@code null} (None), {@code Boolean}, {@code Long}/{@code BigInteger} (int), {@code Double}
 * (float), {@code String}, {@code List} (a Python list), {@link NdArray} (a NumPy array) and
 * {@link RandomState} (an instance); results are {@link NdArray}s (int64 indices and indexed
 * arrays), lists and ints. Python's checks of argument types and keywords are reproduced with
 * Python's messages.
 */
public final class SklearnPython {

    private SklearnPython() {
    }

    /** The splitters, by scikit-learn name. */
    public static final Set<String> SPLITTERS = Set.of("KFold", "StratifiedKFold", "GroupKFold",
            "StratifiedGroupKFold", "ShuffleSplit", "StratifiedShuffleSplit", "GroupShuffleSplit",
            "RepeatedKFold", "RepeatedStratifiedKFold", "LeaveOneOut", "LeavePOut", "LeaveOneGroupOut",
            "LeavePGroupsOut", "PredefinedSplit", "TimeSeriesSplit");

    /** The functions: {@code sklearn.model_selection.train_test_split}, {@code sklearn.utils.shuffle}, {@code sklearn.utils.resample}. */
    public static final Set<String> FUNCTIONS = Set.of("train_test_split", "shuffle", "resample");

    // ---- splitters ------------------------------------------------------------------------------

    /**
     * {@code sklearn.model_selection.NAME(**params)}.
     *
     * @param warnings where the splitter's warnings go
     * @throws TypeError for an unknown splitter or keyword, and scikit-learn's constructor errors
     */
    public static CrossValidator splitter(String name, Map<String, Object> params, SklearnVersion version,
                                          WarningHandler warnings) {
        Objects.requireNonNull(name, "name must not be null");
        Params p = new Params(name + ".__init__", params);
        CrossValidator cv;
        switch (name) {
            case "KFold":
            case "StratifiedKFold":
            case "GroupKFold":
            case "StratifiedGroupKFold": {
                boolean kw = !name.equals("StratifiedGroupKFold");
                List<String> names = new ArrayList<>(List.of("n_splits", "shuffle", "random_state"));
                if (name.equals("GroupKFold") && !version.atLeast(6)) {
                    names = List.of("n_splits");
                }
                p.bind(names, kw ? 1 : 3, Map.of("n_splits", 5L, "shuffle", false));
                int nSplits = foldsParam(p.get("n_splits"));
                boolean shuffle = shuffleParam(names.contains("shuffle") ? p.get("shuffle") : Boolean.FALSE);
                Object rs = p.get("random_state");
                checkShuffleAndState(shuffle, rs);
                RandomStateParam r = RandomStateParam.python(rs);
                switch (name) {
                    case "KFold":
                        cv = new KFold(nSplits, shuffle, r);
                        break;
                    case "StratifiedKFold":
                        cv = new StratifiedKFold(nSplits, shuffle, r);
                        break;
                    case "GroupKFold":
                        cv = new GroupKFold(nSplits, shuffle, r);
                        break;
                    default:
                        cv = new StratifiedGroupKFold(nSplits, shuffle, r);
                }
                break;
            }
            case "TimeSeriesSplit": {
                p.bind(List.of("n_splits", "max_train_size", "test_size", "gap"), 1, Map.of("n_splits", 5L, "gap", 0L));
                int nSplits = foldsParam(p.get("n_splits"));
                cv = new TimeSeriesSplit(nSplits, optionalInt(p.get("max_train_size")), optionalInt(p.get("test_size")),
                        (int) integer(p.get("gap")));
                break;
            }
            case "ShuffleSplit":
            case "StratifiedShuffleSplit":
            case "GroupShuffleSplit": {
                long defaultSplits = name.equals("GroupShuffleSplit") ? 5L : 10L;
                p.bind(List.of("n_splits", "test_size", "train_size", "random_state"), 1, Map.of("n_splits", defaultSplits));
                int nSplits = (int) integer(p.get("n_splits"));
                Size test = Size.python(p.get("test_size"));
                Size train = Size.python(p.get("train_size"));
                RandomStateParam r = RandomStateParam.python(p.get("random_state"));
                if (name.equals("ShuffleSplit")) {
                    cv = new ShuffleSplit(nSplits, test, train, r);
                } else if (name.equals("StratifiedShuffleSplit")) {
                    cv = new StratifiedShuffleSplit(nSplits, test, train, r);
                } else {
                    cv = new GroupShuffleSplit(nSplits, test, train, r);
                }
                break;
            }
            case "RepeatedKFold":
            case "RepeatedStratifiedKFold": {
                p.bind(List.of("n_splits", "n_repeats", "random_state"), 0, Map.of("n_splits", 5L, "n_repeats", 10L));
                Object repeats = p.get("n_repeats");
                if (!isInt(repeats)) {
                    throw new ValueError("Number of repetitions must be of Integral type.");
                }
                Object nSplits = p.get("n_splits");
                RandomStateParam r = RandomStateParam.python(p.get("random_state"));
                RepeatedSplits rep = name.equals("RepeatedKFold") ? new RepeatedKFold(2, (int) integer(repeats), r)
                        : new RepeatedStratifiedKFold(2, (int) integer(repeats), r);
                rep.nSplitsValue = nSplits;
                cv = rep;
                break;
            }
            case "LeaveOneOut":
                p.bind(List.of(), 0, Map.of());
                cv = new LeaveOneOut();
                break;
            case "LeaveOneGroupOut":
                p.bind(List.of(), 0, Map.of());
                cv = new LeaveOneGroupOut();
                break;
            case "LeavePOut":
                p.bind(List.of("p"), 1, Map.of());
                cv = new LeavePOut((int) integer(p.require("p")));
                break;
            case "LeavePGroupsOut":
                p.bind(List.of("n_groups"), 1, Map.of());
                cv = new LeavePGroupsOut((int) integer(p.require("n_groups")));
                break;
            case "PredefinedSplit":
                p.bind(List.of("test_fold"), 1, Map.of());
                cv = new PredefinedSplit(testFold(p.require("test_fold")));
                break;
            default:
                throw new TypeError("unknown scikit-learn splitter " + PyFormat.repr(name));
        }
        cv.compat(version);
        cv.setWarningHandler(warnings);
        return cv;
    }

    /**
     * A splitter's method: {@code split(X, y=None, groups=None)} (the list of
     * {@code [train, test]} int64 arrays, iterated to the end) or
     * {@code get_n_splits(X=None, y=None, groups=None)} (an int).
     */
    public static Object call(CrossValidator cv, String method, List<Object> args, Map<String, Object> kwargs) {
        Objects.requireNonNull(cv, "cv must not be null");
        Objects.requireNonNull(method, "method must not be null");
        String cls = cv.getClass().getSimpleName();
        boolean yRequired = cv instanceof StratifiedKFold || cv instanceof StratifiedShuffleSplit
                || (cv instanceof RepeatedStratifiedKFold && cv.version.atLeast(6));
        switch (method) {
            case "split": {
                Params p = new Params(cls + ".split", kwargs);
                p.positional(args);
                boolean predefined = cv instanceof PredefinedSplit;
                if (yRequired) {
                    p.bind(List.of("X", "y", "groups"), 3, Map.of());
                    p.require("X", "y");
                } else {
                    p.bind(List.of("X", "y", "groups"), 3, Map.of());
                    if (!predefined) {
                        p.require("X");
                    }
                }
                Object x = p.get("X");
                Labels y = labels(p.get("y"));
                Labels groups = labels(p.get("groups"));
                int n = x == null ? 0 : Indexing.numSamples(x);
                Splits splits = cv.split(n, y, groups);
                if (x == null && !predefined) {
                    throw new TypeError("Expected sequence or array-like, got <class 'NoneType'>");
                }
                List<Object> out = new ArrayList<>();
                for (Split s : splits) {
                    out.add(List.of(int64(s.train()), int64(s.test())));
                }
                return out;
            }
            case "get_n_splits": {
                Params p = new Params(cls + ".get_n_splits", kwargs);
                p.positional(args);
                p.bind(List.of("X", "y", "groups"), 3, Map.of());
                if (cv instanceof LeaveOneOut || cv instanceof LeavePOut) {
                    p.require("X");
                }
                Object x = p.get("X");
                int n = x == null ? -1 : Indexing.numSamples(x);
                Labels y = labels(p.get("y"));
                Labels groups = labels(p.get("groups"));
                if (cv instanceof LeavePOut) {
                    return pyInt(((LeavePOut) cv).getNSplitsExact(n));
                }
                if (cv instanceof LeavePGroupsOut) {
                    return pyInt(((LeavePGroupsOut) cv).getNSplitsExact(groups));
                }
                return cv.getNSplits(n, y, groups);
            }
            default:
                throw new org.nprand.errors.NotImplementedError("nprand does not support " + cls + "." + method);
        }
    }

    // ---- functions ------------------------------------------------------------------------------

    /**
     * {@code train_test_split(*arrays, **kwargs)} (a list of arrays), {@code shuffle(*arrays,
     * **kwargs)} and {@code resample(*arrays, **kwargs)} (the one array, a list of arrays, or None
     * without arrays).
     */
    public static Object function(String name, List<Object> arrays, Map<String, Object> kwargs, SklearnVersion version) {
        Objects.requireNonNull(name, "name must not be null");
        switch (name) {
            case "train_test_split": {
                Params p = new Params("train_test_split", kwargs);
                p.bind(List.of("test_size", "train_size", "random_state", "shuffle", "stratify"), 0, Map.of("shuffle", true));
                TrainTestSplit t = new TrainTestSplit().compat(version)
                        .testSize(Size.python(p.get("test_size")))
                        .trainSize(Size.python(p.get("train_size")))
                        .randomState(RandomStateParam.python(p.get("random_state")))
                        .pythonShuffle(p.get("shuffle"))
                        .pythonStratify(p.get("stratify"));
                return new ArrayList<>(t.splitArrays(arrays).arrays());
            }
            case "resample":
            case "shuffle": {
                Params p = new Params(name, kwargs);
                Resample r;
                if (name.equals("resample")) {
                    p.bind(List.of("replace", "n_samples", "random_state", "stratify"), 0, Map.of("replace", true));
                    r = Resample.resample().pythonReplace(p.get("replace")).pythonStratify(p.get("stratify"));
                } else {
                    p.bind(List.of("random_state", "n_samples"), 0, Map.of());
                    r = Resample.shuffle();
                }
                r.compat(version).pythonNSamples(p.get("n_samples")).randomState(RandomStateParam.python(p.get("random_state")));
                Resample.Result res = r.applyArrays(arrays);
                if (res == null) {
                    return null;
                }
                return res.arrays().size() == 1 ? res.arrays().get(0) : new ArrayList<>(res.arrays());
            }
            default:
                throw new org.nprand.errors.NotImplementedError("nprand does not support sklearn function " + name);
        }
    }

    // ---- values ---------------------------------------------------------------------------------

    /** Labels from a Python value ({@code np.asarray} typing); null for None. */
    public static Labels labels(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Labels) {
            return (Labels) v;
        }
        if (v instanceof NdArray) {
            NdArray nd = (NdArray) v;
            if (nd.ndim() == 0) {
                throw new TypeError("Singleton array array(" + nd + ") cannot be considered a valid collection.");
            }
            return Labels.of(nd);
        }
        if (v instanceof List) {
            List<?> list = (List<?>) v;
            if (!list.isEmpty() && list.get(0) instanceof List) {
                return twoD(list);
            }
            return Labels.of(list);
        }
        if (v instanceof int[]) {
            return Labels.of((int[]) v);
        }
        if (v instanceof long[]) {
            return Labels.of((long[]) v);
        }
        if (v instanceof double[]) {
            return Labels.of((double[]) v);
        }
        if (v instanceof boolean[]) {
            return Labels.of((boolean[]) v);
        }
        if (v instanceof String[]) {
            return Labels.of((String[]) v);
        }
        if (v instanceof Object[]) {
            return Labels.of(Arrays.asList((Object[]) v));
        }
        throw new TypeError("Singleton array " + scalarArrayRepr(v) + " cannot be considered a valid collection.");
    }

    /** NumPy's repr of {@code np.asarray(v)} for a scalar: {@code array(5)}, {@code array('abc', dtype='<U3')}. */
    private static String scalarArrayRepr(Object v) {
        if (v instanceof String) {
            String s = (String) v;
            return "array(" + PyFormat.strRepr(s) + ", dtype='<U" + s.codePointCount(0, s.length()) + "')";
        }
        if (v instanceof Double) {
            double d = (Double) v;
            return "array(" + (d == Math.rint(d) && !Double.isInfinite(d) ? PyFormat.floatRepr(d).replaceAll("\\.0$", ".") : PyFormat.floatRepr(d)) + ")";
        }
        return "array(" + PyFormat.repr(v) + ")";
    }

    private static Labels twoD(List<?> rows) {
        List<Object> flat = new ArrayList<>();
        int cols = ((List<?>) rows.get(0)).size();
        for (Object r : rows) {
            if (!(r instanceof List) || ((List<?>) r).size() != cols) {
                throw new ValueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was ("
                        + rows.size() + ",) + inhomogeneous part.");
            }
            flat.addAll((List<?>) r);
        }
        Labels f = Labels.of(flat);
        return new Labels(f.kind, rows.size(), cols, f.data);
    }

    /** scikit-learn's "array-like" constraint (not a scalar, not a str). */
    static boolean isArrayLike(Object v) {
        return v instanceof NdArray || v instanceof List || v instanceof Labels
                || (v != null && v.getClass().isArray());
    }

    /** Python's truthiness. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
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
        return true;
    }

    /** True for a Python int ({@code numbers.Integral}: bools included). */
    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Boolean;
    }

    /** A Python int as a long. */
    static long integer(Object v) {
        if (v instanceof Boolean) {
            return ((Boolean) v) ? 1 : 0;
        }
        if (v instanceof BigInteger) {
            return ((BigInteger) v).longValueExact();
        }
        if (v instanceof Long || v instanceof Integer) {
            return ((Number) v).longValue();
        }
        throw new TypeError("'" + Indexing.pyTypeName(v) + "' object cannot be interpreted as an integer");
    }

    private static Integer optionalInt(Object v) {
        return v == null ? null : (int) integer(v);
    }

    private static Object pyInt(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static NdArray int64(int[] idx) {
        long[] out = new long[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return NdArray.of(new int[] {idx.length}, out);
    }

    /** {@code _BaseKFold}'s n_splits check. */
    static int foldsParam(Object v) {
        if (!isInt(v)) {
            throw new ValueError("The number of folds must be of Integral type. " + PyFormat.str(v) + " of type <class '"
                    + Indexing.pyTypeName(v) + "'> was passed.");
        }
        return (int) integer(v);
    }

    private static boolean shuffleParam(Object v) {
        if (!(v instanceof Boolean)) {
            throw new TypeError("shuffle must be True or False; got " + PyFormat.str(v));
        }
        return (Boolean) v;
    }

    private static void checkShuffleAndState(boolean shuffle, Object randomState) {
        if (!shuffle && randomState != null) {
            throw new ValueError("Setting a random_state has no effect since shuffle is False. You should leave random_state to its default (None), or set shuffle=True.");
        }
    }

    /** {@code column_or_1d(np.array(test_fold, dtype=int))}. */
    private static long[] testFold(Object v) {
        Labels l = labels(v);
        if (l == null) {
            throw new TypeError("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
        }
        l = l.column1d();
        long[] out = new long[l.size()];
        for (int i = 0; i < out.length; i++) {
            Object o = l.get(i);
            if (o instanceof Double) {
                double d = (Double) o;
                if (Double.isNaN(d)) {
                    throw new ValueError("cannot convert float NaN to integer");
                }
                out[i] = (long) d;
            } else if (o instanceof Boolean) {
                out[i] = ((Boolean) o) ? 1 : 0;
            } else if (o instanceof Long) {
                out[i] = (Long) o;
            } else {
                throw new ValueError("invalid literal for int() with base 10: " + PyFormat.repr(o));
            }
        }
        return out;
    }

    /** Python's argument binding for one signature (positional-or-keyword names, then keyword-only). */
    private static final class Params {
        private final String function;
        private final Map<String, Object> kwargs;
        private List<Object> positional = List.of();
        private final Map<String, Object> values = new LinkedHashMap<>();

        Params(String function, Map<String, Object> kwargs) {
            this.function = function;
            this.kwargs = kwargs == null ? Map.of() : kwargs;
        }

        void positional(List<Object> args) {
            this.positional = args == null ? List.of() : args;
        }

        /**
         * Binds: the first {@code maxPositional} names may be given positionally, all by keyword;
         * missing ones take {@code defaults} or None.
         */
        void bind(List<String> names, int maxPositional, Map<String, Object> defaults) {
            if (positional.size() > maxPositional) {
                throw new TypeError(function + "() takes from 1 to " + (maxPositional + 1) + " positional arguments but "
                        + (positional.size() + 1) + " were given");
            }
            for (int i = 0; i < positional.size(); i++) {
                values.put(names.get(i), positional.get(i));
            }
            for (Map.Entry<String, Object> e : kwargs.entrySet()) {
                if (!names.contains(e.getKey())) {
                    throw new TypeError(function + "() got an unexpected keyword argument '" + e.getKey() + "'");
                }
                if (values.containsKey(e.getKey())) {
                    throw new TypeError(function + "() got multiple values for argument '" + e.getKey() + "'");
                }
                values.put(e.getKey(), e.getValue());
            }
            for (String n : names) {
                if (!values.containsKey(n)) {
                    values.put(n, defaults.get(n));
                }
            }
        }

        Object get(String name) {
            return values.get(name);
        }

        Object require(String name) {
            require(new String[] {name});
            return values.get(name);
        }

        void require(String... names) {
            List<String> missing = new ArrayList<>();
            for (String n : names) {
                if (values.get(n) == null && !kwargsOrPositional(n)) {
                    missing.add(n);
                }
            }
            if (!missing.isEmpty()) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < missing.size(); i++) {
                    if (i > 0) {
                        b.append(i == missing.size() - 1 ? (missing.size() > 2 ? ", and " : " and ") : ", ");
                    }
                    b.append('\'').append(missing.get(i)).append('\'');
                }
                throw new TypeError(function + "() missing " + missing.size() + " required positional argument"
                        + (missing.size() > 1 ? "s" : "") + ": " + b);
            }
        }

        private boolean kwargsOrPositional(String name) {
            return kwargs.containsKey(name) || values.containsKey(name) && positionalNames().contains(name);
        }

        private Set<String> positionalNames() {
            Set<String> s = new java.util.HashSet<>();
            int i = 0;
            for (String k : values.keySet()) {
                if (i++ < positional.size()) {
                    s.add(k);
                }
            }
            return s;
        }
    }
}
