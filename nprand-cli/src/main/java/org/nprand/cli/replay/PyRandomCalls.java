package org.nprand.cli.replay;

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

    private PyRandomCalls() {
    }

    /** 1 or 2 when {@code v == 1} / {@code v == 2} in Python, else 0 (some other version). */
    private static int pyEqualsSmallInt(Object v) {
        double d;
        if (v instanceof Boolean) {
            d = (Boolean) v ? 1 : 0;
        } else if (v instanceof Long || v instanceof Double) {
            d = ((Number) v).doubleValue();
        } else {
            return 0;
        }
        return d == 1 ? 1 : d == 2 ? 2 : 0;
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
        } else {
            throw new TypeError("object of type '" + Py.typeName(x) + "' has no len()");
        }
        if (len > 1) {
            r.randrange(len); // _randbelow(len): the j of the first swap
            throw new TypeError("'" + Py.typeName(x) + "' object does not support item assignment");
        }
    }

    /** {@code random.Random(S)}: S an int of any sign and size, a str, bytes or a float. */
    static Subject create(Map<String, Object> gen) {
        Object seed = gen.get("seed");
        PyRandom r;
        if (seed instanceof Long) {
            r = new PyRandom((long) (Long) seed);
        } else if (seed instanceof BigInteger) {
            r = new PyRandom((BigInteger) seed);
        } else if (seed instanceof String) {
            r = new PyRandom((String) seed);
        } else if (seed instanceof byte[]) {
            r = new PyRandom((byte[]) seed);
        } else if (seed instanceof Double) {
            r = new PyRandom((double) (Double) seed);
        } else {
            r = new PyRandom();
            r.seed(seed);
        }
        return TABLE.bind(r);
    }
}
