package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.Py;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.nprand.cli.value.ValueCodec;
import org.nprand.python.PyRandom;
import org.nprand.errors.TypeError;

/** Replay calls on CPython's {@code random.Random} (3.13's signatures and messages). */
final class PyRandomCalls {

    static final Dispatch<PyRandom> TABLE = new Dispatch<PyRandom>("random.Random")
            .method("random", (r, a) -> {
                a.bind("Random.random", 0);
                return r.random();
            })
            .method("getrandbits", (r, a) -> {
                if (!a.keywords().isEmpty()) {
                    throw new TypeError("Random.getrandbits() takes no keyword arguments");
                }
                return ValueCodec.pyInt(r.getrandbits(Py.toIntC(a.bind("getrandbits", 1, "k")[0])));
            })
            .method("randbytes", (r, a) -> r.randbytes(Py.toIntC(a.bind("Random.randbytes", 1, "n")[0])))
            .method("randrange", (r, a) -> {
                Object[] v = a.bind("Random.randrange", 1, "start", "stop", "step");
                BigInteger start = Py.bigInt(v[0]);
                Object stopArg = Args.or(v[1], null);
                BigInteger stop = stopArg == null ? null : Py.bigInt(stopArg);
                BigInteger step = Py.bigInt(Args.or(v[2], 1L));
                return ValueCodec.pyInt(r.randrange(start, stop, step));
            })
            .method("randint", (r, a) -> {
                Object[] v = a.bind("Random.randint", 2, "a", "b");
                return ValueCodec.pyInt(r.randint(Py.bigInt(v[0]), Py.bigInt(v[1])));
            })
            .method("shuffle", (r, a) -> {
                Object x = a.bind("Random.shuffle", 1, "x")[0];
                if (!(x instanceof List)) {
                    immutableShuffle(r, x);
                    return x;
                }
                r.shuffle((List<?>) x);
                return x;
            })
            .method("seed", (r, a) -> {
                Object[] v = a.bind("Random.seed", 0, "a", "version");
                Object seed = Args.or(v[0], null);
                // random.py compares version with == (1, 1.0 and True are all version 1).
                int version = v[1] == Args.ABSENT ? 2 : pyEqualsSmallInt(v[1]);
                if (version != 2 && seed instanceof String) {
                    r.seed((String) seed, version);
                } else if (version != 2 && seed instanceof byte[]) {
                    r.seed((byte[]) seed, version);
                } else {
                    r.seed(seed);
                }
                return null;
            })
            .method("uniform", (r, a) -> {
                Object[] v = a.bind("Random.uniform", 2, "a", "b");
                return r.uniform(Py.toDouble(v[0]), Py.toDouble(v[1]));
            })
            .method("triangular", (r, a) -> {
                Object[] v = a.bind("Random.triangular", 0, "low", "high", "mode");
                Object low = Args.or(v[0], 0.0);
                Object high = Args.or(v[1], 1.0);
                Object mode = Args.or(v[2], null);
                double lo;
                double hi;
                double mo;
                try {
                    lo = Py.toDouble(low);
                    hi = Py.toDouble(high);
                    mo = mode == null ? 0 : Py.toDouble(mode);
                } catch (TypeError e) {
                    // random.py draws u = random() before its arithmetic fails on the operands.
                    r.random();
                    throw e;
                }
                if (mode == null) {
                    return r.triangular(lo, hi);
                }
                double result = r.triangular(lo, hi, mo);
                // (mode - low) / (high - low) raised ZeroDivisionError: random.py returns low itself.
                return hi - lo == 0 ? low : (Object) result;
            })
            .method("choice", (r, a) -> r.choice(sequence(a.bind("Random.choice", 1, "seq")[0])))
            .method("sample", (r, a) -> {
                Object[] v = a.bind("Random.sample", 2, "population", "k", "counts");
                keywordOnly(a, "Random.sample", 3, "counts");
                Object counts = Args.or(v[2], null);
                if (counts == null && v[0] instanceof org.nprand.cli.value.PyRange) {
                    org.nprand.cli.value.PyRange range = (org.nprand.cli.value.PyRange) v[0];
                    int k = Py.toIntC(v[1]);
                    List<Object> out = new java.util.ArrayList<>();
                    for (long i : r.sample(Py.toLong(range.length()), k)) {
                        out.add(ValueCodec.pyInt(range.get(BigInteger.valueOf(i))));
                    }
                    return out;
                }
                List<?> population = sequence(v[0]);
                if (counts == null) {
                    return r.sample(population, Py.toIntC(v[1]));
                }
                // random.py checks the counts (length, ints, total) before it looks at k.
                List<?> c = iterable(counts);
                if (c.size() != population.size()) {
                    throw new org.nprand.errors.ValueError("The number of counts does not match the population");
                }
                long[] cs = new long[c.size()];
                long total = 0;
                for (int i = 0; i < cs.length; i++) {
                    if (!(c.get(i) instanceof Long || c.get(i) instanceof Boolean)) {
                        throw new TypeError("Counts must be integers");
                    }
                    cs[i] = Py.toLong(c.get(i));
                    total += cs[i];
                }
                if (total <= 0 && cs.length > 0) {
                    throw new org.nprand.errors.ValueError("Total of counts must be greater than zero");
                }
                return r.sample(population, Py.toIntC(v[1]), cs);
            })
            .method("choices", (r, a) -> {
                Object[] v = a.bind("Random.choices", 1, "population", "weights", "cum_weights", "k");
                keywordOnly(a, "Random.choices", 2, "cum_weights", "k");
                List<?> population = sequence(v[0]);
                Object weightsArg = Args.or(v[1], null);
                Object cumArg = Args.or(v[2], null);
                if (weightsArg == null && cumArg == null) {
                    return r.choices(population, Py.toIntC(Args.or(v[3], 1L)));
                }
                if (weightsArg != null && cumArg != null) {
                    throw new TypeError("Cannot specify both weights and cumulative weights");
                }
                List<?> w = iterable(weightsArg != null ? weightsArg : cumArg);
                if (w.size() != population.size()) {
                    throw new org.nprand.errors.ValueError("The number of weights does not match the population");
                }
                int k = Py.toIntC(Args.or(v[3], 1L));
                boolean cumulative = weightsArg == null;
                if (allInts(w)) {
                    long[] l = longs(w);
                    return r.choices(population, cumulative ? null : l, cumulative ? l : null, k);
                }
                double[] d = doubles(w);
                return r.choices(population, cumulative ? null : d, cumulative ? d : null, k);
            })
            .method("getstate", (r, a) -> {
                a.bind("Random.getstate", 0);
                return r.getstate().toList();
            })
            .method("setstate", (r, a) -> {
                Object state = a.bind("Random.setstate", 1, "state")[0];
                if (!(state instanceof List)) {
                    throw new TypeError("cannot unpack non-iterable " + Py.typeName(state) + " object");
                }
                r.setstate((List<?>) state);
                return null;
            });

    static {
        PyRandomDistributionCalls.register(TABLE); // gauss, normalvariate, ..., binomialvariate
    }

    private PyRandomCalls() {
    }

    /** A keyword-only parameter given by position: CPython's "takes from m to n positional" error. */
    private static void keywordOnly(Args a, String method, int maxPositional, String... names) {
        if (a.positional().size() > maxPositional) {
            throw new TypeError(method + "() takes from 2 to " + (maxPositional + 1)
                    + " positional arguments but " + (a.positional().size() + 1) + " were given");
        }
    }

    /**
     * A Python sequence as a {@link List}: a list, a str (its characters), bytes (ints) or a
     * range (a lazy view); anything else is CPython's {@code TypeError}.
     */
    private static List<?> sequence(Object v) {
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
        if (v instanceof org.nprand.cli.value.PyRange) {
            return ((org.nprand.cli.value.PyRange) v).pythonItems();
        }
        if (v instanceof Map) {
            throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        throw new TypeError("object of type '" + Py.typeName(v) + "' has no len()");
    }

    /** Any iterable protocol value as a list (a str iterates its characters, as in Python). */
    private static List<?> iterable(Object v) {
        if (v instanceof List || v instanceof String || v instanceof byte[] || v instanceof org.nprand.cli.value.PyRange) {
            return sequence(v);
        }
        throw new TypeError("'" + Py.typeName(v) + "' object is not iterable");
    }

    private static boolean allInts(Object weights) {
        if (weights == null) {
            return true;
        }
        if (!(weights instanceof List)) {
            return false;
        }
        for (Object o : (List<?>) weights) {
            if (!(o instanceof Long || o instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    private static long[] longs(Object weights) {
        if (weights == null) {
            return null;
        }
        List<?> l = (List<?>) weights;
        long[] out = new long[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Py.toLong(l.get(i));
        }
        return out;
    }

    private static double[] doubles(Object weights) {
        if (weights == null) {
            return null;
        }
        if (!(weights instanceof List)) {
            throw new TypeError("'" + Py.typeName(weights) + "' object is not iterable");
        }
        List<?> l = (List<?>) weights;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Py.toDouble(l.get(i));
        }
        return out;
    }

    /** 1 or 2 when {@code v == 1} / {@code v == 2} in Python, else 0 (some other version). */
    private static int pyEqualsSmallInt(Object v) {
        return Py.equalsInt(v, 1) ? 1 : Py.equalsInt(v, 2) ? 2 : 0;
    }

    /**
     * {@code shuffle} of an immutable sequence (str, bytes): CPython draws the first index and
     * only then fails on the item assignment; a sequence shorter than 2 is left as it is.
     */
    private static void immutableShuffle(PyRandom r, Object x) {
        int len;
        if (x instanceof String) {
            len = ((String) x).codePointCount(0, ((String) x).length());
        } else if (x instanceof byte[]) {
            len = ((byte[]) x).length;
        } else if (x instanceof org.nprand.cli.value.PyRange) {
            len = ((org.nprand.cli.value.PyRange) x).pythonItems().size();
        } else {
            throw new TypeError("object of type '" + Py.typeName(x) + "' has no len()");
        }
        if (len > 1) {
            r.randrange(len); // _randbelow(len): the j of the first swap
            throw new TypeError("'" + Py.typeName(x) + "' object does not support item assignment");
        }
    }

    /**
     * {@code random.Random(S)}: S an int of any sign and size, a str, bytes or a float, dispatched
     * by {@link PyRandom#fromSeed} as CPython's {@code seed()} does.
     */
    static Subject create(Map<String, Object> gen) {
        return TABLE.bind(PyRandom.fromSeed(gen.get("seed")));
    }
}
