package org.nprand.cli.eval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.Jumpable;
import org.nprand.bitgen.Philox;
import org.nprand.bitgen.SeedSequence;
import org.nprand.cli.eval.PyObjects.ApiObject;
import org.nprand.cli.eval.PyObjects.BoundMethod;
import org.nprand.cli.eval.PyObjects.Builtin;
import org.nprand.cli.eval.PyObjects.Kind;
import org.nprand.cli.eval.PyObjects.NpScalar;
import org.nprand.cli.eval.PyObjects.NpType;
import org.nprand.cli.eval.PyObjects.PyTuple;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.TypeError;
import org.nprand.internal.py.Args;
import org.nprand.internal.py.BitGenArgs;
import org.nprand.internal.py.LegacySeeds;
import org.nprand.internal.py.Py;
import org.nprand.numpy.Generator;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.RandomState;
import org.nprand.python.PyRandom;

/**
 * The generator objects of {@code nprand eval}: their constructors ({@code default_rng},
 * {@code Generator}, {@code RandomState}, the bit generators, {@code SeedSequence},
 * {@code random.Random}), their attributes and methods, and the Python type of their results.
 *
 * <p>Every method call goes through the replay's {@link org.nprand.cli.replay.Subject} of the
 * object, which binds the arguments by the library's {@code MethodSpec}s; what is added here is
 * only what a Python session sees beyond the protocol: methods that return objects
 * ({@code jumped}, {@code spawn}, {@code advance} returning its bit generator), {@code None}
 * results of methods called for their effect ({@code shuffle}, {@code seed}, ...), and NumPy
 * scalars where NumPy returns one ({@code np.int64(3)} from {@code integers}, not a Python int).
 */
final class Api {

    private Api() {
    }

    static final Set<String> BIT_GENERATORS = Set.of("MT19937", "PCG64", "PCG64DXSM", "Philox", "SFC64");

    /** Python's public attributes of each kind (for AttributeError versus "not supported"). */
    private static final Map<Kind, Set<String>> PYTHON_NAMES = Map.of(
            Kind.GENERATOR, Set.of("beta", "binomial", "bit_generator", "bytes", "chisquare", "choice",
                    "dirichlet", "exponential", "f", "gamma", "geometric", "gumbel", "hypergeometric", "integers",
                    "laplace", "logistic", "lognormal", "logseries", "multinomial", "multivariate_hypergeometric",
                    "multivariate_normal", "negative_binomial", "noncentral_chisquare", "noncentral_f", "normal",
                    "pareto", "permutation", "permuted", "poisson", "power", "random", "rayleigh", "shuffle", "spawn",
                    "standard_cauchy", "standard_exponential", "standard_gamma", "standard_normal", "standard_t",
                    "triangular", "uniform", "vonmises", "wald", "weibull", "zipf", "_bit_generator"),
            Kind.RANDOM_STATE, Set.of("beta", "binomial", "bytes", "chisquare", "choice", "dirichlet",
                    "exponential", "f", "gamma", "geometric", "get_state", "gumbel", "hypergeometric", "laplace",
                    "logistic", "lognormal", "logseries", "multinomial", "multivariate_normal", "negative_binomial",
                    "noncentral_chisquare", "noncentral_f", "normal", "pareto", "permutation", "poisson", "power",
                    "rand", "randint", "randn", "random", "random_integers", "random_sample", "rayleigh", "seed",
                    "set_state", "shuffle", "standard_cauchy", "standard_exponential", "standard_gamma",
                    "standard_normal", "standard_t", "tomaxint", "triangular", "uniform", "vonmises", "wald",
                    "weibull", "zipf", "_bit_generator"),
            Kind.BIT_GENERATOR, Set.of("advance", "capsule", "cffi", "ctypes", "jumped", "lock", "random_raw",
                    "seed_seq", "spawn", "state", "_seed_seq", "_legacy_seeding"),
            Kind.SEED_SEQUENCE, Set.of("entropy", "generate_state", "n_children_spawned", "pool", "pool_size",
                    "spawn", "spawn_key", "state"),
            Kind.RANDOM, Set.of("VERSION", "betavariate", "binomialvariate", "choice", "choices", "expovariate",
                    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate",
                    "paretovariate", "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate",
                    "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate", "gauss_next"));

    /** Methods called for their effect: Python returns None (the replay answers the argument). */
    private static final Set<String> RETURNS_NONE = Set.of("shuffle", "seed", "set_state", "setstate");

    static String bitGeneratorModule(String name) {
        switch (name) {
            case "MT19937":
                return "numpy.random._mt19937.MT19937";
            case "Philox":
                return "numpy.random._philox.Philox";
            case "SFC64":
                return "numpy.random._sfc64.SFC64";
            default:
                return "numpy.random._pcg64." + name;
        }
    }

    static String repr(ApiObject o) {
        String addr = PyFormat.address(o.java);
        switch (o.kind) {
            case GENERATOR:
                return "Generator(" + ((Generator) o.java).bitGenerator().name() + ") at " + addr.toUpperCase().replace("0X", "0x");
            case RANDOM_STATE:
                return "RandomState(" + ((RandomState) o.java).bitGenerator().name() + ") at " + addr.toUpperCase().replace("0X", "0x");
            case BIT_GENERATOR:
                return "<" + o.typeName() + " object at " + addr + ">";
            case SEED_SEQUENCE: {
                SeedSequence s = (SeedSequence) o.java;
                StringBuilder b = new StringBuilder("SeedSequence(\n    entropy=")
                        .append(PyFormat.repr(Values.fromJava(s.entropy()))).append(",\n");
                if (!s.spawnKey().isEmpty()) {
                    List<Object> key = new ArrayList<>();
                    for (BigInteger k : s.spawnKey()) {
                        key.add(PyOps.normalize(k));
                    }
                    b.append("    spawn_key=").append(PyFormat.repr(new PyTuple(key))).append(",\n");
                }
                if (s.poolSize() != SeedSequence.DEFAULT_POOL_SIZE) {
                    b.append("    pool_size=").append(s.poolSize()).append(",\n");
                }
                if (s.childrenSpawned() != 0) {
                    b.append("    n_children_spawned=").append(s.childrenSpawned()).append(",\n");
                }
                return b.append(')').toString();
            }
            default:
                return "<random.Random object at " + addr + ">";
        }
    }

    // ---- constructors ----

    static Object defaultRng(List<Object> args, Map<String, Object> kw) {
        Object seed = Args.or(new Args(args, kw).bind("default_rng", 0, "seed")[0], null);
        if (seed instanceof ApiObject) {
            ApiObject o = (ApiObject) seed;
            if (o.kind == Kind.BIT_GENERATOR) {
                return Values.wrap(new Generator((BitGenerator) o.java));
            }
            if (o.kind == Kind.GENERATOR) {
                return o;
            }
            if (o.kind == Kind.RANDOM_STATE) {
                return Values.wrap(new Generator(((RandomState) o.java).bitGenerator()));
            }
        }
        return Values.wrap(new Generator(bitGenerator("PCG64", seed)));
    }

    static Object generator(List<Object> args, Map<String, Object> kw) {
        Object bg = new Args(args, kw).bind("Generator", 1, "bit_generator")[0];
        if (bg instanceof ApiObject && ((ApiObject) bg).kind == Kind.BIT_GENERATOR) {
            return Values.wrap(new Generator((BitGenerator) ((ApiObject) bg).java));
        }
        throw PyException.attribute("'" + PyOps.typeName(bg) + "' object", "capsule");
    }

    static Object randomState(List<Object> args, Map<String, Object> kw) {
        Object seed = Args.or(new Args(args, kw).bind("RandomState", 0, "seed")[0], null);
        if (seed instanceof ApiObject && ((ApiObject) seed).kind == Kind.BIT_GENERATOR) {
            return Values.wrap(new RandomState((BitGenerator) ((ApiObject) seed).java));
        }
        if (seed == null) {
            return Values.wrap(new RandomState());
        }
        Object words = LegacySeeds.words(Values.toJava(seed));
        return Values.wrap(words instanceof long[] ? new RandomState((long[]) words) : new RandomState((long) (Long) words));
    }

    /** {@code numpy.random.<name>(seed)}; Philox also takes {@code counter} and {@code key}. */
    static Object bitGeneratorCall(String name, List<Object> args, Map<String, Object> kw) {
        if (name.equals("Philox")) {
            Object[] v = new Args(args, kw).bind("Philox", 0, "seed", "counter", "key");
            Object seed = Args.or(v[0], null);
            if (seed instanceof ApiObject && ((ApiObject) seed).kind == Kind.SEED_SEQUENCE) {
                seed = ((ApiObject) seed).java;
            } else if (!(seed == null && (v[2] != Args.ABSENT && v[2] != null))) {
                seed = seedSequence(seed);
            }
            return Values.wrap(Philox.create(seed, Values.toJava(Args.or(v[1], null)), Values.toJava(Args.or(v[2], null))));
        }
        Object seed = Args.or(new Args(args, kw).bind(name, 0, "seed")[0], null);
        return Values.wrap(bitGenerator(name, seed));
    }

    private static BitGenerator bitGenerator(String name, Object seed) {
        if (seed instanceof ApiObject && ((ApiObject) seed).kind == Kind.SEED_SEQUENCE) {
            return BitGenerators.create(name, (SeedSequence) ((ApiObject) seed).java);
        }
        return BitGenerators.create(name, seedSequence(seed));
    }

    private static SeedSequence seedSequence(Object seed) {
        return new SeedSequence(Values.toJava(seed), List.of(), SeedSequence.DEFAULT_POOL_SIZE, 0);
    }

    static Object seedSequenceCall(List<Object> args, Map<String, Object> kw) {
        Object[] v = new Args(args, kw).bind("SeedSequence", 0, "entropy", "spawn_key", "pool_size", "n_children_spawned");
        if (args.size() > 1) {
            throw PyException.type("SeedSequence.__init__() takes at most 1 positional argument (" + args.size() + " given)");
        }
        List<BigInteger> key = new ArrayList<>();
        Object sk = Args.or(v[1], null);
        if (sk != null) {
            for (Object k : Values.iterate(sk)) {
                key.add(Py.bigInt(Values.toJava(k)));
            }
        }
        int pool = v[2] == Args.ABSENT ? SeedSequence.DEFAULT_POOL_SIZE : Py.toInt(Values.toJava(v[2]));
        int spawned = v[3] == Args.ABSENT ? 0 : Py.toInt(Values.toJava(v[3]));
        return Values.wrap(new SeedSequence(Values.toJava(Args.or(v[0], null)), key, pool, spawned));
    }

    static Object random(List<Object> args, Map<String, Object> kw) {
        Object x = Args.or(new Args(args, kw).bind("Random", 0, "x")[0], null);
        return Values.wrap(PyRandom.fromSeed(Values.toJava(x)));
    }

    // ---- attributes ----

    /** {@code obj.name}. */
    static Object getattr(ApiObject o, String name) {
        switch (o.kind) {
            case GENERATOR:
                if (name.equals("bit_generator") || name.equals("_bit_generator")) {
                    return Values.wrap(((Generator) o.java).bitGenerator());
                }
                if (name.equals("spawn")) {
                    return method(o, name, (a, k) -> {
                        Object n = new Args(a, k).bind("spawn", 1, "n_children")[0];
                        List<Object> out = new ArrayList<>();
                        for (Generator g : ((Generator) o.java).spawn(BitGenArgs.spawnChildren(Values.toJava(n)))) {
                            out.add(Values.wrap(g));
                        }
                        return out;
                    });
                }
                break;
            case RANDOM_STATE:
                if (name.equals("_bit_generator")) {
                    return Values.wrap(((RandomState) o.java).bitGenerator());
                }
                break;
            case BIT_GENERATOR:
                if (name.equals("jumped")) {
                    return method(o, name, (a, k) -> {
                        BitGenerator bg = (BitGenerator) o.java;
                        if (!(bg instanceof Jumpable)) {
                            throw PyException.attribute("'" + o.typeName() + "' object", "jumped");
                        }
                        Object jumps = Args.or(new Args(a, k).bind("jumped", 0, "jumps")[0], 1L);
                        return Values.wrap(((Jumpable) bg).jumped(BitGenArgs.jumps(bg.name(), Values.toJava(jumps))));
                    });
                }
                if (name.equals("lock")) {
                    return new PyObjects.PyLock();
                }
                if (name.equals("seed_seq") || name.equals("_seed_seq")) {
                    SeedSequence s = ((BitGenerator) o.java).seedSequence();
                    return s == null ? null : Values.wrap(s);
                }
                break;
            case RANDOM:
                if (name.equals("VERSION")) {
                    return 3L;
                }
                break;
            default:
                break;
        }
        Set<String> known = PYTHON_NAMES.get(o.kind);
        if (o.kind == Kind.BIT_GENERATOR && name.equals("advance")
                && !((BitGenerator) o.java).name().matches("PCG64|PCG64DXSM|Philox")) {
            known = Set.of();
        }
        if (o.kind == Kind.BIT_GENERATOR && name.equals("jumped") && ((BitGenerator) o.java).name().equals("SFC64")) {
            known = Set.of();
        }
        if (known == null || !known.contains(name)) {
            throw PyException.attribute("'" + o.typeName() + "' object", name);
        }
        if (o.subject.isAttribute(name)) {
            return Values.fromJava(call(() -> o.subject.read(name), o, name));
        }
        return method(o, name, (a, k) -> callMethod(o, name, a, k));
    }

    /** {@code obj.name = value}. */
    static void setattr(ApiObject o, String name, Object value) {
        Set<String> known = PYTHON_NAMES.get(o.kind);
        if (!known.contains(name)) {
            throw PyException.attribute("'" + o.typeName() + "' object", name);
        }
        if (o.kind == Kind.BIT_GENERATOR && name.equals("state")) {
            call(() -> {
                o.subject.assign(name, Values.toJava(value));
                return null;
            }, o, name);
            return;
        }
        throw PyException.unsupported("assigning " + simpleType(o) + "." + name);
    }

    private static BoundMethod method(ApiObject o, String name, PyObjects.Fn fn) {
        return new BoundMethod(o, simpleType(o), name, fn);
    }

    static String simpleType(ApiObject o) {
        String t = o.typeName();
        return t.substring(t.lastIndexOf('.') + 1);
    }

    private static Object callMethod(ApiObject o, String name, List<Object> a, Map<String, Object> k) {
        List<Object> args = new ArrayList<>();
        for (Object x : a) {
            args.add(Values.toJava(x));
        }
        Map<String, Object> kw = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> e : k.entrySet()) {
            kw.put(e.getKey(), Values.toJava(e.getValue()));
        }
        Object r = call(() -> o.subject.call(name, new Args(args, kw)), o, name);
        if (RETURNS_NONE.contains(name)) {
            return null;
        }
        if (name.equals("advance")) {
            return o;
        }
        if (o.kind == Kind.RANDOM && name.equals("getstate") && r instanceof List) {
            List<?> st = (List<?>) r;
            return new PyTuple(java.util.Arrays.asList(st.get(0), new PyTuple(Values.listOf((List<?>) st.get(1))), Values.fromJava(st.get(2))));
        }
        return pythonResult(o.kind, name, a, k, r);
    }

    /** Runs a subject call, turning the replay's "does not support" into eval's own words. */
    static Object call(java.util.function.Supplier<Object> c, ApiObject o, String name) {
        try {
            return c.get();
        } catch (NotImplementedError e) {
            if (e.getMessage() != null && e.getMessage().startsWith("nprand replay does not support")) {
                throw PyException.unsupported(simpleType(o) + "." + name + " (not in nprand yet)");
            }
            throw e;
        }
    }

    /**
     * The Python value NumPy returns: NumPy scalars where NumPy gives one ({@code integers},
     * {@code randint} with a NumPy dtype, {@code random_integers}, {@code choice} from an array),
     * 0-d arrays for {@code size=()}.
     */
    static Object pythonResult(Kind kind, String method, List<Object> a, Map<String, Object> k, Object r) {
        if (r instanceof NdArray && ((NdArray) r).ndim() == 0) {
            if (sizeGiven(kind, method, a, k)) {
                return r;
            }
            NpScalar s = Values.element((NdArray) r, 0);
            return scalarType(kind, method, a, k, s.dtype(), s.value());
        }
        if ((r instanceof Long || r instanceof Double || r instanceof Boolean || r instanceof String
                || r instanceof BigInteger) && (kind == Kind.GENERATOR || kind == Kind.RANDOM_STATE)) {
            return scalarType(kind, method, a, k, null, r);
        }
        return Values.fromJava(r);
    }

    private static boolean sizeGiven(Kind kind, String method, List<Object> a, Map<String, Object> k) {
        if (k.containsKey("size")) {
            return k.get("size") != null;
        }
        return false;
    }

    private static Object scalarType(Kind kind, String method, List<Object> a, Map<String, Object> k, String dtype,
                                     Object value) {
        switch (method) {
            case "randint":
            case "integers": {
                Object d = k.containsKey("dtype") ? k.get("dtype") : a.size() > 3 ? a.get(3) : null;
                if (d == null) {
                    return method.equals("randint") ? pyScalar(value) : new NpScalar("int64", value);
                }
                if (d instanceof Builtin && "int".equals(((Builtin) d).typeName)) {
                    return pyScalar(value);
                }
                if (d instanceof Builtin && "bool".equals(((Builtin) d).typeName)) {
                    return value instanceof Boolean ? value : (Object) (((Number) value).longValue() != 0);
                }
                String name = Py.dtype(Values.toJava(d));
                if (name.equals("bool") && !(value instanceof Boolean)) {
                    value = ((Number) value).longValue() != 0;
                }
                return new NpScalar(name, value);
            }
            case "random_integers":
                return new NpScalar("int64", value);
            case "choice": {
                Object pop = k.containsKey("a") ? k.get("a") : a.isEmpty() ? null : a.get(0);
                Object pv = PyOps.pyValue(pop);
                if (pop instanceof NpScalar || PyOps.isInt(pv)) {
                    return pyScalar(value);
                }
                String d = dtype;
                if (d == null) {
                    if (pop instanceof NdArray) {
                        d = ((NdArray) pop).dtype();
                    } else if (pop instanceof List) {
                        d = Py.inferDtype((List<?>) Values.toJava(pop));
                    }
                }
                if (d == null) {
                    return pyScalar(value);
                }
                if (value instanceof String && !d.startsWith("<U")) {
                    d = "<U" + ((String) value).length();
                }
                return new NpScalar(d, value);
            }
            default:
                return dtype == null ? pyScalar(value) : new NpScalar(dtype, value);
        }
    }

    private static Object pyScalar(Object value) {
        if (value instanceof BigInteger) {
            return PyOps.normalize((BigInteger) value);
        }
        return value;
    }

    /** np.int8(5) and friends: a NumPy scalar of the type. */
    static Object castScalar(NpType t, List<Object> args) {
        if (args.size() != 1) {
            throw PyException.unsupported("numpy." + t.dtype() + "() without exactly one argument");
        }
        Object v = PyOps.pyValue(args.get(0));
        NdArray a = Values.astype(Values.array(v, null), t.dtype());
        if (a.ndim() != 0) {
            return a;
        }
        return Values.element(a, 0);
    }

    static TypeError notCallable(Object v) {
        return new TypeError("'" + PyOps.typeName(v) + "' object is not callable");
    }
}
