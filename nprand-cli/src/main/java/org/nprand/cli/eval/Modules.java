package org.nprand.cli.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nprand.cli.eval.PyObjects.ApiObject;
import org.nprand.cli.eval.PyObjects.Builtin;
import org.nprand.cli.eval.PyObjects.Kind;
import org.nprand.cli.eval.PyObjects.NpType;
import org.nprand.cli.eval.PyObjects.PyModule;
import org.nprand.cli.eval.PyObjects.PyTuple;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.Py;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The modules {@code nprand eval} imports: {@code numpy} (dtypes, {@code array},
 * {@code arange}, {@code zeros}, {@code ones}, constants, {@code numpy.random}),
 * {@code numpy.random} (the legacy functions over the module's own {@code RandomState}, as
 * NumPy's {@code _rand}; {@code default_rng}, the generator classes) and {@code random} (the
 * functions over the module's hidden {@code random.Random}, the class). One set per
 * interpreter: each run starts from fresh global generators seeded from OS entropy, as a new
 * Python process does.
 */
final class Modules {

    /** Python's public names per object, for AttributeError versus "not supported". */
    static final Map<String, Set<String>> PYTHON_NAMES = readNames();

    private static final Map<String, String> NUMPY_TYPES = new LinkedHashMap<>();

    static {
        for (String t : List.of("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float32",
                "float64")) {
            NUMPY_TYPES.put(t, t);
        }
        NUMPY_TYPES.put("bool", "bool");
        NUMPY_TYPES.put("bool_", "bool");
        NUMPY_TYPES.put("int_", "int64");
        NUMPY_TYPES.put("intp", "int64");
        NUMPY_TYPES.put("uint", "uint64");
        NUMPY_TYPES.put("uintp", "uint64");
        NUMPY_TYPES.put("longlong", "int64");
        NUMPY_TYPES.put("ulonglong", "uint64");
        NUMPY_TYPES.put("byte", "int8");
        NUMPY_TYPES.put("ubyte", "uint8");
        NUMPY_TYPES.put("short", "int16");
        NUMPY_TYPES.put("ushort", "uint16");
        NUMPY_TYPES.put("intc", "int32");
        NUMPY_TYPES.put("uintc", "uint32");
        NUMPY_TYPES.put("long", "int64");
        NUMPY_TYPES.put("ulong", "uint64");
        NUMPY_TYPES.put("single", "float32");
        NUMPY_TYPES.put("double", "float64");
    }

    private final PyModule numpy;
    private final PyModule numpyRandom;
    private final PyModule random;
    private ApiObject globalRandomState;
    private final ApiObject globalRandom;

    Modules() {
        globalRandomState = Values.wrap(new RandomState());
        globalRandom = Values.wrap(new PyRandom());
        numpyRandom = new PyModule("numpy.random", numpyRandomAttrs());
        numpy = new PyModule("numpy", numpyAttrs());
        random = new PyModule("random", randomAttrs());
    }

    /** The module of a dotted name, or null when nprand eval has no such module. */
    PyModule get(String dotted) {
        switch (dotted) {
            case "numpy":
                return numpy;
            case "numpy.random":
                return numpyRandom;
            case "random":
                return random;
            default:
                return null;
        }
    }

    // ---- numpy ----

    private Map<String, Object> numpyAttrs() {
        Map<String, Object> m = new HashMap<>();
        m.put("random", numpyRandom);
        for (Map.Entry<String, String> e : NUMPY_TYPES.entrySet()) {
            m.put(e.getKey(), new NpType(e.getValue()));
        }
        m.put("nan", Double.NaN);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("__version__", "2.4.6");
        m.put("array", Builtin.function("array", (a, k) -> {
            Object[] v = new Args(a, k).bind("array", 1, "object", "dtype");
            return Values.array(v[0], Args.or(v[1], null));
        }));
        m.put("asarray", m.get("array"));
        m.put("arange", Builtin.function("arange", Modules::arange));
        m.put("zeros", Builtin.function("zeros", (a, k) -> filled("zeros", a, k, 0)));
        m.put("ones", Builtin.function("ones", (a, k) -> filled("ones", a, k, 1)));
        for (String f : List.of("sum", "mean", "std", "var", "min", "max")) {
            m.put(f, Builtin.function(f, (a, k) -> {
                if (a.isEmpty()) {
                    throw PyException.type(f + "() missing 1 required positional argument: 'a'");
                }
                Object x = a.get(0);
                NdArray arr = x instanceof NdArray ? (NdArray) x : Values.array(x, null);
                Object method = ArrayMethods.getattr(arr, f);
                return ((PyObjects.BoundMethod) method).fn.call(a.subList(1, a.size()), k);
            }));
        }
        m.put("dtype", Builtin.type("numpy.dtype", (a, k) -> {
            Object[] v = new Args(a, k).bind("dtype", 1, "dtype");
            return new PyObjects.NpDtype(Py.dtype(Values.toJava(v[0])));
        }));
        return m;
    }

    private static Object arange(List<Object> a, Map<String, Object> k) {
        Object[] v = new Args(a, k).bind("arange", 1, "start", "stop", "step", "dtype");
        Object start = v[0];
        Object stop = Args.or(v[1], null);
        Object step = Args.or(v[2], 1L);
        if (stop == null) {
            stop = start;
            start = 0L;
        }
        start = PyOps.pyValue(start);
        stop = PyOps.pyValue(stop);
        step = PyOps.pyValue(step);
        NdArray out;
        if (PyOps.isInt(start) && PyOps.isInt(stop) && PyOps.isInt(step)) {
            long s = PyOps.big(start).longValue();
            long e = PyOps.big(stop).longValue();
            long st = PyOps.big(step).longValue();
            if (st == 0) {
                throw new org.nprand.errors.ZeroDivisionError("division by zero");
            }
            long n = Math.max(0, st > 0 ? (e - s + st - 1) / st : (e - s + st + 1) / st);
            long[] d = new long[Math.toIntExact(n)];
            for (int i = 0; i < d.length; i++) {
                d[i] = s + i * st;
            }
            out = NdArray.ofInts(d);
        } else {
            double s = PyOps.toDouble(start);
            double e = PyOps.toDouble(stop);
            double st = PyOps.toDouble(step);
            int n = (int) Math.max(0, Math.ceil((e - s) / st));
            double[] d = new double[n];
            double delta = (s + st) - s;
            for (int i = 0; i < n; i++) {
                d[i] = i == 0 ? s : s + i * delta;
            }
            out = NdArray.of(d);
        }
        Object dtype = Args.or(v[3], null);
        return dtype == null ? out : Values.astype(out, Py.dtype(Values.toJava(dtype)));
    }

    private static Object filled(String name, List<Object> a, Map<String, Object> k, int value) {
        Object[] v = new Args(a, k).bind(name, 1, "shape", "dtype");
        int[] shape = Py.size(Values.toJava(v[0]));
        int n = Py.count(shape);
        double[] d = new double[n];
        java.util.Arrays.fill(d, value);
        NdArray out = new NdArray("float64", shape, d);
        Object dtype = Args.or(v[1], null);
        return dtype == null ? out : Values.astype(out, Py.dtype(Values.toJava(dtype)));
    }

    // ---- numpy.random ----

    private Map<String, Object> numpyRandomAttrs() {
        Map<String, Object> m = new HashMap<>();
        for (String name : List.of("beta", "binomial", "bytes", "chisquare", "choice", "dirichlet", "exponential",
                "f", "gamma", "geometric", "get_state", "gumbel", "hypergeometric", "laplace", "logistic", "lognormal",
                "logseries", "multinomial", "multivariate_normal", "negative_binomial", "noncentral_chisquare",
                "noncentral_f", "normal", "pareto", "permutation", "poisson", "power", "rand", "randint", "randn",
                "random", "random_integers", "random_sample", "rayleigh", "seed", "set_state", "shuffle",
                "standard_cauchy", "standard_exponential", "standard_gamma", "standard_normal", "standard_t",
                "triangular", "uniform", "vonmises", "wald", "weibull", "zipf")) {
            m.put(name, moduleFunction(name, name));
        }
        m.put("ranf", moduleFunction("ranf", "random_sample"));
        m.put("sample", moduleFunction("sample", "random_sample"));
        m.put("default_rng", Builtin.function("default_rng", Api::defaultRng));
        m.put("Generator", Builtin.type("numpy.random._generator.Generator", Api::generator));
        m.put("RandomState", Builtin.type("numpy.random.mtrand.RandomState", Api::randomState));
        m.put("SeedSequence", Builtin.type("numpy.random.bit_generator.SeedSequence", Api::seedSequenceCall));
        for (String bg : Api.BIT_GENERATORS) {
            m.put(bg, Builtin.type(Api.bitGeneratorModule(bg), (a, k) -> Api.bitGeneratorCall(bg, a, k)));
        }
        m.put("BitGenerator", Builtin.type("numpy.random.bit_generator.BitGenerator", (a, k) -> {
            throw PyException.unsupported("instances of the base class BitGenerator");
        }));
        m.put("get_bit_generator", Builtin.function("get_bit_generator", (a, k) -> {
            new Args(a, k).bind("get_bit_generator", 0);
            return Values.wrap(((RandomState) globalRandomState.java).bitGenerator());
        }));
        m.put("set_bit_generator", Builtin.function("set_bit_generator", (a, k) -> {
            Object bg = new Args(a, k).bind("set_bit_generator", 1, "bitgen")[0];
            if (!(bg instanceof ApiObject) || ((ApiObject) bg).kind != Kind.BIT_GENERATOR) {
                throw PyException.type("bitgen must be a BitGenerator");
            }
            globalRandomState = Values.wrap(new RandomState((org.nprand.bitgen.BitGenerator) ((ApiObject) bg).java));
            return null;
        }));
        return m;
    }

    /** {@code np.random.<name>}: the method {@code target} of the module's RandomState. */
    private Builtin moduleFunction(String name, String target) {
        return Builtin.function(name, (a, k) -> {
            Object f = Api.getattr(globalRandomState, target);
            return ((PyObjects.BoundMethod) f).fn.call(a, k);
        });
    }

    // ---- random ----

    private Map<String, Object> randomAttrs() {
        Map<String, Object> m = new HashMap<>();
        for (String name : List.of("betavariate", "binomialvariate", "choice", "choices", "expovariate",
                "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
                "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate",
                "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate")) {
            m.put(name, Builtin.function(name, (a, k) -> {
                Object f = Api.getattr(globalRandom, name);
                return ((PyObjects.BoundMethod) f).fn.call(a, k);
            }));
        }
        m.put("Random", Builtin.type("random.Random", Api::random));
        m.put("TWOPI", 2.0 * Math.PI);
        m.put("BPF", 53L);
        m.put("RECIP_BPF", Math.pow(2, -53));
        return m;
    }

    // ---- names ----

    private static Map<String, Set<String>> readNames() {
        Map<String, Set<String>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Modules.class.getResourceAsStream("python-names.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                out.put(line.substring(0, colon), new TreeSet<>(List.of(line.substring(colon + 1).trim().split(" "))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether Python's object {@code owner} has attribute {@code name}. */
    static boolean pythonHas(String owner, String name) {
        Set<String> s = PYTHON_NAMES.get(owner);
        return s != null && s.contains(name);
    }

    /** A tuple of longs. */
    static PyTuple shape(int[] shape) {
        List<Object> out = new ArrayList<>();
        for (int d : shape) {
            out.add((long) d);
        }
        return new PyTuple(out);
    }
}
