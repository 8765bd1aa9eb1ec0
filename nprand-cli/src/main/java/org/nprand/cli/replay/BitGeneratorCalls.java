package org.nprand.cli.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nprand.bitgen.Advanceable;
import org.nprand.bitgen.BitGenerator;
import org.nprand.bitgen.BitGenerators;
import org.nprand.bitgen.Jumpable;
import org.nprand.bitgen.SeedSequence;
import org.nprand.cli.value.NdArray;
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
            .method("random_raw", (g, a) -> {
                Object[] v = a.bind("random_raw", 0, "size", "output");
                int[] shape = Py.size(Args.or(v[0], null));
                boolean output = v[1] == Args.ABSENT || truthy(v[1]);
                if (shape == null) {
                    long raw = g.randomRaw();
                    return output ? ValueCodec.unsigned(raw) : null;
                }
                long[] raw = g.randomRaw(Py.count(shape));
                return output ? new NdArray("uint64", shape, raw) : null;
            })
            .method("advance", (g, a) -> {
                Object[] v = a.bind("advance", 1, "delta");
                if (!(g instanceof Advanceable)) {
                    throw noAttribute(g, "advance");
                }
                ((Advanceable) g).advance(Py.bigInt(v[0]));
                return null;
            })
            .replacing("jumped", (g, a) -> {
                Object[] v = a.bind("jumped", 0, "jumps");
                if (!(g instanceof Jumpable)) {
                    throw noAttribute(g, "jumped");
                }
                return ((Jumpable) g).jumped(Py.bigInt(Args.or(v[0], 1L)));
            })
            .method("spawn", (g, a) -> {
                Object[] v = a.bind("spawn", 1, "n_children");
                SeedSequence seq = g.seedSequence();
                if (seq == null) {
                    throw new TypeError("The underlying SeedSequence does not implement spawning.");
                }
                List<BitGenerator> out = new ArrayList<>();
                for (SeedSequence child : seq.spawn(Py.toInt(v[0]))) {
                    out.add(BitGenerators.create(g.name(), child));
                }
                return out;
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
            throw new NotImplementedError("unknown bit generator " + org.nprand.cli.value.PyRepr.repr(name));
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

    private static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue() != 0;
        }
        return true;
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
