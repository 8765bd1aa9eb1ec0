package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.LegacySeeds;
import org.nprand.internal.py.Py;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nprand.numpy.NdArray;
import org.nprand.numpy.LegacyState;
import org.nprand.numpy.RandomState;
import org.nprand.internal.spec.MethodSpec;
import org.nprand.internal.spec.MethodSpecs;
import org.nprand.errors.TypeError;

/**
 * Replay calls on NumPy's {@code RandomState}, arguments bound as NumPy's signatures bind them
 * (e.g. {@code randint(low, high=None, size=None, dtype=int)}); {@code size=None} answers a
 * scalar, an int a 1-d array, a tuple that shape.
 */
final class RandomStateCalls {

    static final Dispatch<RandomState> TABLE = specs(new Dispatch<RandomState>("RandomState"))
            .method("rand", (rs, a) -> starSize("rand", "random_sample", rs, a))
            .method("randn", (rs, a) -> starSize("randn", "standard_normal", rs, a))
            .method("shuffle", (rs, a) -> {
                Object x = a.bind("shuffle", 1, "x")[0];
                shuffle(rs, x);
                return x;
            })
            .method("seed", (rs, a) -> {
                Object seed = Args.or(a.bind("seed", 0, "seed")[0], null);
                if (seed == null) {
                    rs.seed();
                } else {
                    Object s = LegacySeeds.words(seed);
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

    /** Every method RandomState declares as data ({@link MethodSpecs}), bound generically. */
    private static Dispatch<RandomState> specs(Dispatch<RandomState> table) {
        for (MethodSpec<RandomState> spec : MethodSpecs.of(RandomState.class).values()) {
            table.method(spec.name(), spec::call);
        }
        return table;
    }

    /**
     * {@code rand(*args)} / {@code randn(*args)}: no keywords; the positional arguments are the
     * {@code size} of {@code random_sample} / {@code standard_normal} (none: {@code size=None}).
     */
    private static Object starSize(String method, String target, RandomState rs, Args a) {
        if (!a.keywords().isEmpty()) {
            throw new TypeError(method + "() got an unexpected keyword argument '"
                    + a.keywords().keySet().iterator().next() + "'");
        }
        MethodSpec<RandomState> spec = MethodSpecs.of(RandomState.class).get(target);
        List<Object> size = a.positional().isEmpty() ? List.of() : List.of(new ArrayList<>(a.positional()));
        return spec.call(rs, new Args(size, Map.of()));
    }

    /** {@code RandomState(S)}: S an int in [0, 2**32) or a list of them (legacy seeding). */
    static Subject create(Map<String, Object> gen) {
        Object seed = gen.get("seed");
        RandomState rs;
        if (seed == null) {
            rs = new RandomState();
        } else {
            Object s = LegacySeeds.words(seed);
            rs = s instanceof long[] ? new RandomState((long[]) s) : new RandomState((long) (Long) s);
        }
        return TABLE.bind(rs);
    }

    // ---- the methods ----------------------------------------------------------------------

    private static boolean isArray(Object v) {
        return v instanceof List || (v instanceof NdArray && ((NdArray) v).ndim() > 0);
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
                throw new TypeError("len() of unsized object");
            }
            rs.shuffle(arr);
            return;
        }
        // Python's untyped path: n = len(x), then the first swap draws, and its item access (a
        // dict) or assignment (str, bytes, range) fails
        int n = Py.len(x);
        if (n > 1) {
            long j = org.nprand.kernels.RandomInterval.draw(rs.bitGenerator(), n - 1);
            if (x instanceof Map) {
                throw new org.nprand.errors.KeyError(Long.toString(j));
            }
            throw new TypeError("'" + Py.typeName(x) + "' object does not support item assignment");
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
