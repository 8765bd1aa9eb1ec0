package org.nprand.cli.replay;

import org.nprand.internal.py.PyRepr;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.BitGenArgs;
import org.nprand.internal.py.Py;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.bitgen.Advanceable;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.Jumpable;
import org.nprand.bitgen.SeedSequence;
import org.nprand.numpy.NdArray;
import org.nprand.cli.value.ValueCodec;
import org.nprand.errors.NotImplementedError;
import org.nprand.errors.TypeError;

/** Replay calls on NumPy's bit generators ({@code MT19937}, {@code PCG64}, ...). */
final class BitGeneratorCalls {

    /** NumPy's module of each bit generator class, for {@code AttributeError} messages. */
    private static final Map<String, String> MODULES = Map.of(
            "MT19937", "numpy.random._mt19937.MT19937",
            "PCG64", "numpy.random._pcg64.PCG64",
            "PCG64DXSM", "numpy.random._pcg64.PCG64DXSM",
            "Philox", "numpy.random._philox.Philox",
            "SFC64", "numpy.random._sfc64.SFC64");

    static final Dispatch<BitGenerator> TABLE = new Dispatch<BitGenerator>("BitGenerator")
            .method("_benchmark", (g, a) -> {
                // NumPy's test hook: cnt raw draws (next_uint64 or next_double), answers None.
                Object[] v = a.bind("_benchmark", 1, "cnt", "method");
                long cnt = Py.cythonLong(v[0]);
                Object method = Args.or(v[1], "uint64");
                if (!"uint64".equals(method) && !"double".equals(method)) {
                    throw new org.nprand.errors.ValueError("Unknown method");
                }
                for (long i = 0; i < cnt; i++) {
                    if ("uint64".equals(method)) {
                        g.nextUInt64();
                    } else {
                        g.nextDouble();
                    }
                }
                return null;
            })
            .method("random_raw", (g, a) -> {
                Object[] v = a.bind("random_raw", 0, "size", "output");
                Object size = Args.or(v[0], null);
                boolean output = v[1] == Args.ABSENT || Py.truthy(v[1]);
                if (!output) {
                    // NumPy: one draw for size=None, else np.asarray(size).sum() draws, no shape check.
                    long n = size == null ? 1 : drawsWithoutOutput(size);
                    for (long i = 0; i < n; i++) {
                        g.randomRaw();
                    }
                    return null;
                }
                long[] shape = org.nprand.internal.nd.Shapes.resolveIntp(size, 8, "uint64"); // (2**40, 0) too
                if (shape == null) {
                    return ValueCodec.unsigned(g.randomRaw());
                }
                return new NdArray("uint64", shape, g.randomRaw(org.nprand.internal.nd.Shapes.count(shape, 8, "uint64")));
            })
            .method("advance", (g, a) -> {
                if (!(g instanceof Advanceable)) {
                    throw noAttribute(g, "advance");
                }
                Object[] v = a.bind("advance", 1, "delta");
                ((Advanceable) g).advance(BitGenArgs.advanceDelta(v[0]));
                return null;
            })
            .replacing("jumped", (g, a) -> {
                if (!(g instanceof Jumpable)) {
                    throw noAttribute(g, "jumped");
                }
                Object[] v = a.bind("jumped", 0, "jumps");
                return ((Jumpable) g).jumped(BitGenArgs.jumps(g.name(), Args.or(v[0], 1L)));
            })
            .method("spawn", (g, a) -> {
                long n = Py.cythonLong(a.bind("spawn", 1, "n_children")[0]);
                if (n > Integer.MAX_VALUE && g.seedSequence() != null) {
                    throw new org.nprand.errors.OverflowError("value too large to convert to uint32_t");
                }
                return g.spawn((int) Math.max(n, Integer.MIN_VALUE));
            })
            .getter("state", BitGenerator::getState)
            .setter("state", (g, s) -> g.setState(stateArgument(s)))
            .getter("seed_seq", BitGenerator::seedSequence)
            .getter("_seed_seq", BitGenerator::seedSequence);

    private BitGeneratorCalls() {
    }

    /** {@code B(S)} from a case's gen: {@code bit_generator} (default PCG64) and {@code seed}. */
    static Subject create(Map<String, Object> gen) {
        return TABLE.bind(bitGenerator(gen));
    }

    /**
     * The bit generator of a BitGenerator or Generator case: {@code B(S)}, S an int, a list of
     * ints or {@code {"entropy", "spawn_key"}} (a spawned child's seed sequence).
     */
    static BitGenerator bitGenerator(Map<String, Object> gen) {
        Object name = gen.getOrDefault("bit_generator", "PCG64");
        if (!MODULES.containsKey(name)) {
            throw new NotImplementedError("unknown bit generator " + PyRepr.repr(name));
        }
        Object seed = gen.get("seed");
        SeedSequence seq;
        if (seed instanceof Map && ((Map<?, ?>) seed).containsKey("entropy")) {
            Map<?, ?> spec = (Map<?, ?>) seed;
            seq = SeedSequenceCalls.seedSequence(spec.get("entropy"), spec.get("spawn_key"), null);
        } else {
            seq = SeedSequenceCalls.seedSequence(seed, null, null);
        }
        return BitGenerators.create((String) name, seq);
    }

    /**
     * A decoded state dict in the Java form {@link BitGenerator#setState} takes: {@code uint32}
     * arrays as {@code int[]}, {@code uint64} arrays as {@code long[]}, nested dicts likewise.
     */
    static Object stateValue(Object v) {
        if (v instanceof NdArray) {
            NdArray a = (NdArray) v;
            if (a.ndim() >= 2 && a.size() != a.dim(0)) {
                // NumPy's setters copy value[i] word by word: a row of a 2-d key is no scalar
                throw new TypeError("only 0-dimensional arrays can be converted to Python scalars");
            }
            if (a.dtype().equals("uint32")) {
                long[] wide = a.longs();
                int[] out = new int[wide.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (int) wide[i];
                }
                return out;
            }
            if (a.isInteger()) {
                return a.longs().clone();
            }
            return a.data();
        }
        if (v instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                out.put(String.valueOf(e.getKey()), stateValue(e.getValue()));
            }
            return out;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> stateArgument(Object s) {
        if (!(s instanceof Map)) {
            throw new TypeError("state must be a dict");
        }
        return (Map<String, Object>) stateValue(s);
    }

    /** {@code np.asarray(size).sum()} as a draw count (NumPy's {@code random_raw(output=False)}). */
    private static long drawsWithoutOutput(Object size) {
        if (size instanceof List) {
            List<?> l = (List<?>) size;
            if (l.isEmpty()) {
                // the sum of an empty float64 array is 0.0, which range() refuses
                throw new TypeError("'numpy.float64' object cannot be interpreted as an integer");
            }
            long sum = 0;
            for (Object o : l) {
                sum += Py.toLong(o);
            }
            return sum;
        }
        return Py.toLong(size);
    }

    private static RuntimeException noAttribute(BitGenerator g, String attr) {
        return new AttributeError("'" + MODULES.getOrDefault(g.name(), g.name()) + "' object has no attribute '"
                + attr + "'");
    }

    /** Python's {@code AttributeError} (for a method a bit generator does not have). */
    static final class AttributeError extends RuntimeException implements org.nprand.errors.PythonError {
        private static final long serialVersionUID = 1L;

        AttributeError(String message) {
            super(message);
        }

        @Override
        public String pythonType() {
            return "AttributeError";
        }
    }
}
