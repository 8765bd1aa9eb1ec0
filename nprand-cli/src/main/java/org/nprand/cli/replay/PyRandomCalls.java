package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.Py;
import org.nprand.internal.py.PyOps;

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
            .method("randbytes", (r, a) -> {
                // self.getrandbits(n * 8).to_bytes(n, 'little')
                Object n = a.bind("Random.randbytes", 1, "n")[0];
                int bits = Py.toIntC(PyOps.mul(n, 8L));
                if (bits < 0) {
                    throw new org.nprand.errors.ValueError("number of bits must be non-negative");
                }
                return r.randbytes(Py.toIntC(n));
            })
            .method("randrange", (r, a) -> {
                Object[] v = a.bind("Random.randrange", 1, "start", "stop", "step");
                return randrange(r, v[0], Args.or(v[1], null), v[2]);
            })
            .method("randint", (r, a) -> {
                Object[] v = a.bind("Random.randint", 2, "a", "b");
                return randrange(r, v[0], PyOps.add(v[1], 1L), Args.ABSENT); // self.randrange(a, b+1)
            })
            .method("shuffle", (r, a) -> {
                Object x = a.bind("Random.shuffle", 1, "x")[0];
                if (x instanceof Map) {
                    // x[j] of the first swap is a missing key (the keys are strings)
                    int n = ((Map<?, ?>) x).size();
                    if (n > 1) {
                        throw new org.nprand.errors.KeyError(Long.toString(r.randrange((long) n)));
                    }
                    return x;
                }
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
                if (exactFloat(v[0]) && exactFloat(v[1])) {
                    return r.uniform(Py.toDouble(v[0]), Py.toDouble(v[1]));
                }
                // a + (b - a) * self.random(), operator by operator
                Object width = PyOps.sub(v[1], v[0]);
                return PyOps.add(v[0], PyOps.mul(width, r.random()));
            })
            .method("triangular", (r, a) -> {
                Object[] v = a.bind("Random.triangular", 0, "low", "high", "mode");
                Object low = Args.or(v[0], 0.0);
                Object high = Args.or(v[1], 1.0);
                Object mode = Args.or(v[2], null);
                if (!exactFloat(low) || !exactFloat(high) || mode != null && !exactFloat(mode)) {
                    return triangular(r, low, high, mode);
                }
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
            .method("choice", (r, a) -> {
                Object seq = a.bind("Random.choice", 1, "seq")[0];
                int n = PyOps.len(seq); // `if not len(seq)`
                if (n == 0) {
                    throw new org.nprand.errors.IndexError("Cannot choose from an empty sequence");
                }
                if (seq instanceof Map) {
                    throw new org.nprand.errors.KeyError(Long.toString(r.randrange((long) n))); // seq[j], a missing key
                }
                return r.choice(sequence(seq));
            })
            .method("sample", (r, a) -> {
                Object[] v = a.bind("Random.sample", 2, "population", "k", "counts");
                keywordOnly(a, "Random.sample", 3, "counts");
                Object pop = v[0];
                if (!(pop instanceof List || pop instanceof String || pop instanceof byte[]
                        || pop instanceof org.nprand.cli.value.PyRange)) {
                    throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
                }
                int n = PyOps.len(pop);
                Object counts = Args.or(v[2], null);
                if (counts == null) {
                    int k = sampleSize(v[1], BigInteger.valueOf(n));
                    if (pop instanceof org.nprand.cli.value.PyRange) {
                        org.nprand.cli.value.PyRange range = (org.nprand.cli.value.PyRange) pop;
                        List<Object> out = new java.util.ArrayList<>();
                        for (long i : r.sample(Py.toLong(range.length()), k)) {
                            out.add(ValueCodec.pyInt(range.get(BigInteger.valueOf(i))));
                        }
                        return out;
                    }
                    return r.sample(sequence(pop), k);
                }
                // cum_counts = list(accumulate(counts)), its length, the type and sign of its total,
                // then sample(range(total), k=k)
                List<Object> cum = PyOps.accumulate(counts);
                if (cum.size() != n) {
                    throw new org.nprand.errors.ValueError("The number of counts does not match the population");
                }
                if (cum.isEmpty()) {
                    throw new org.nprand.errors.IndexError("pop from empty list");
                }
                Object total = cum.get(cum.size() - 1);
                if (!PyOps.isInt(total)) {
                    throw new TypeError("Counts must be integers");
                }
                if (PyOps.compare(total, "<=", 0L)) {
                    throw new org.nprand.errors.ValueError("Total of counts must be greater than zero");
                }
                if (Py.bigInt(total).bitLength() > 63) {
                    // sample(range(total), k): len(range) is a C ssize_t, before k is looked at
                    throw new org.nprand.errors.OverflowError("Python int too large to convert to C ssize_t");
                }
                int k = sampleSize(v[1], Py.bigInt(total));
                List<Object> items = PyOps.iterate(counts);
                long[] cs = new long[items.size()];
                for (int i = 0; i < cs.length; i++) {
                    cs[i] = Py.toLong(items.get(i));
                }
                return r.sample(sequence(pop), k, cs);
            })
            .method("choices", (r, a) -> {
                Object[] v = a.bind("Random.choices", 1, "population", "weights", "cum_weights", "k");
                keywordOnly(a, "Random.choices", 2, "cum_weights", "k");
                return choices(r, v[0], Args.or(v[1], null), Args.or(v[2], null), Args.or(v[3], 1L));
            })
            .method("getstate", (r, a) -> {
                a.bind("Random.getstate", 0);
                return r.getstate().toList();
            })
            .method("setstate", (r, a) -> {
                Object state = a.bind("Random.setstate", 1, "state")[0];
                // version = state[0], then the unpacking: a str, bytes or range is subscripted like a tuple
                if (state instanceof Map) {
                    throw new org.nprand.errors.KeyError("0");
                }
                if (state instanceof String || state instanceof byte[] || state instanceof org.nprand.cli.value.PyRange) {
                    List<Object> items = PyOps.iterate(state);
                    if (items.isEmpty()) {
                        throw new org.nprand.errors.IndexError(state instanceof String ? "string index out of range"
                                : state instanceof byte[] ? "index out of range" : "range object index out of range");
                    }
                    r.setstate(items);
                    return null;
                }
                if (!(state instanceof List)) {
                    throw new TypeError("'" + Py.typeName(state) + "' object is not subscriptable");
                }
                r.setstate((List<?>) state);
                return null;
            });

    static {
        PyRandomDistributionCalls.register(TABLE); // gauss, normalvariate, ..., binomialvariate
    }

    private PyRandomCalls() {
    }

    /**
     * A number whose float arithmetic in Java is CPython's exactly (a float, a bool, an int of at
     * most 53 bits): the Java method can take it as a double.
     */
    private static boolean exactFloat(Object v) {
        if (v instanceof Double || v instanceof Boolean) {
            return true;
        }
        return v instanceof Long && Math.abs((Long) v) <= (1L << 53);
    }

    /**
     * random.py's {@code randrange(start, stop=None, step=_ONE)} on Python values: {@code
     * _index} of each argument in its order, the empty-range messages with {@code str()} of the
     * arguments as given, then {@code _randbelow}.
     */
    static Object randrange(PyRandom r, Object start, Object stop, Object step) {
        BigInteger istart = Py.bigInt(start);
        if (stop == null) {
            // `step is not _ONE`: only the int 1 itself is the default
            if (step != Args.ABSENT && !(step instanceof Long && (Long) step == 1L)) {
                throw new TypeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return ValueCodec.pyInt(r.randrange(istart));
            }
            throw new org.nprand.errors.ValueError("empty range for randrange()");
        }
        BigInteger istop = Py.bigInt(stop);
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == Args.ABSENT ? BigInteger.ONE : Py.bigInt(step);
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return ValueCodec.pyInt(istart.add(r.randrange(width)));
            }
            throw new org.nprand.errors.ValueError("empty range in randrange(" + Py.str(start) + ", " + Py.str(stop) + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw new org.nprand.errors.ValueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw new org.nprand.errors.ValueError("empty range in randrange(" + Py.str(start) + ", " + Py.str(stop)
                    + ", " + Py.str(step) + ")");
        }
        return ValueCodec.pyInt(istart.add(istep.multiply(r.randrange(n))));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /**
     * random.py's {@code triangular(low, high, mode)} operator by operator, for arguments that
     * are not plain floats: the draw first, then {@code (mode - low) / (high - low)} (a
     * {@code ZeroDivisionError} returns {@code low} itself), then the result.
     */
    private static Object triangular(PyRandom r, Object low, Object high, Object mode) {
        Object u = r.random();
        Object c;
        if (mode == null) {
            c = 0.5;
        } else {
            Object num = PyOps.sub(mode, low);
            Object den = PyOps.sub(high, low);
            try {
                c = PyOps.truediv(num, den);
            } catch (org.nprand.errors.ZeroDivisionError e) {
                return low;
            }
        }
        if (PyOps.compare(u, ">", c)) {
            u = PyOps.sub(1.0, u);
            c = PyOps.sub(1.0, c);
            Object t = low;
            low = high;
            high = t;
        }
        double product = PyOps.toFloat(PyOps.mul(u, c));
        if (product < 0) {
            throw new org.nprand.errors.ValueError("math domain error");
        }
        return PyOps.add(low, PyOps.mul(PyOps.sub(high, low), Math.sqrt(product)));
    }

    /**
     * {@code sample}'s {@code k} against a population of {@code n}: {@code not 0 <= k <= n}
     * (CPython's comparisons, so a str fails there and a float passes), then {@code [None] * k}
     * (where a float fails).
     */
    private static int sampleSize(Object k, BigInteger n) {
        if (!PyOps.compare(0L, "<=", k) || !PyOps.compare(k, "<=", Py.intValue(n))) {
            throw new org.nprand.errors.ValueError("Sample larger than population or is negative");
        }
        if (!PyOps.isInt(k)) {
            throw new TypeError("can't multiply sequence by non-int of type '" + Py.typeName(k) + "'");
        }
        return Py.toIntC(k);
    }

    /** {@code itertools.repeat(None, k)}'s count: a C ssize_t, at least 0. */
    private static int repeatCount(Object k) {
        BigInteger b = Py.bigInt(k);
        if (b.bitLength() > 63) {
            throw new org.nprand.errors.OverflowError("Python int too large to convert to C ssize_t");
        }
        return b.signum() < 0 ? 0 : Py.toIntC(k);
    }

    /** {@code population[i]} failing: a dict has no such key, an empty sequence no such index. */
    private static RuntimeException itemError(Object population, long i) {
        if (population instanceof Map) {
            return new org.nprand.errors.KeyError(Long.toString(i));
        }
        return new org.nprand.errors.IndexError(population instanceof String ? "string index out of range"
                : population instanceof byte[] ? "index out of range"
                : population instanceof org.nprand.cli.value.PyRange ? "range object index out of range"
                : "list index out of range");
    }

    /**
     * random.py's {@code choices(population, weights=None, *, cum_weights=None, k=1)}: {@code
     * len(population)}; without weights the draws; else {@code list(accumulate(weights))} (an
     * int there is the count given by position), the length check, {@code total =
     * cum_weights[-1] + 0.0} and its checks, {@code repeat(None, k)}, then the draws.
     */
    private static Object choices(PyRandom r, Object pop, Object weights, Object cumWeights, Object k) {
        int n = PyOps.len(pop);
        if (cumWeights == null && weights == null) {
            int count = repeatCount(k);
            if (count > 0 && (n == 0 || pop instanceof Map)) {
                double x = r.random() * n; // population[floor(random() * n)]
                throw itemError(pop, (long) Math.floor(x));
            }
            return r.choices(sequence(pop), count);
        }
        List<Object> cum;
        if (cumWeights == null) {
            try {
                cum = PyOps.accumulate(weights);
            } catch (TypeError e) {
                if (!PyOps.isInt(weights)) {
                    throw e;
                }
                throw new TypeError("The number of choices must be a keyword argument: k=" + Py.str(weights));
            }
        } else if (weights != null) {
            throw new TypeError("Cannot specify both weights and cumulative weights");
        } else {
            if (PyOps.len(cumWeights) != n) {
                throw new org.nprand.errors.ValueError("The number of weights does not match the population");
            }
            cum = PyOps.iterate(cumWeights);
        }
        if (cum.size() != n) {
            throw new org.nprand.errors.ValueError("The number of weights does not match the population");
        }
        if (cum.isEmpty()) {
            throw new org.nprand.errors.IndexError(cumWeights instanceof String ? "string index out of range"
                    : cumWeights instanceof byte[] ? "index out of range" : "list index out of range");
        }
        Object total = PyOps.add(cum.get(cum.size() - 1), 0.0);
        if (PyOps.compare(total, "<=", 0.0)) {
            throw new org.nprand.errors.ValueError("Total of weights must be greater than zero");
        }
        if (!Double.isFinite((Double) total)) {
            throw new org.nprand.errors.ValueError("Total of weights must be finite");
        }
        int count = repeatCount(k);
        boolean numbers = true;
        boolean ints = true;
        for (Object c : cum) {
            numbers &= PyOps.isNumber(c);
            ints &= c instanceof Long || c instanceof Boolean;
        }
        if (!numbers || pop instanceof Map) {
            if (count == 0) {
                return new java.util.ArrayList<>();
            }
            // the first draw, then bisect's comparisons or the item lookup fail
            double x = r.random() * (Double) total;
            int lo = 0;
            int hi = n - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (PyOps.compare(x, "<", cum.get(mid))) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            throw itemError(pop, lo);
        }
        List<?> population = sequence(pop);
        if (ints) {
            long[] l = new long[cum.size()];
            for (int i = 0; i < l.length; i++) {
                l[i] = Py.toLong(cum.get(i));
            }
            return r.choices(population, null, l, count);
        }
        double[] d = new double[cum.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = PyOps.toFloat(cum.get(i));
        }
        return r.choices(population, null, d, count);
    }

    /** A keyword-only parameter given by position: CPython's "takes from m to n positional" error. */
    private static void keywordOnly(Args a, String method, int maxPositional, String... names) {
        if (a.positional().size() > maxPositional) {
            throw new TypeError(method + "() takes from 2 to " + (maxPositional + 1)
                    + " positional arguments but " + (a.positional().size() + 1) + " were given");
        }
    }

    /**
     * A Python sequence as a {@link List} ({@link Py#sequenceItems}); anything else is CPython's
     * {@code TypeError}.
     */
    private static List<?> sequence(Object v) {
        if (v instanceof Map) {
            throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        List<?> items = Py.sequenceItems(v);
        if (items == null) {
            throw new TypeError("object of type '" + Py.typeName(v) + "' has no len()");
        }
        return items;
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
