package org.nprand.cli.replay;

import org.nprand.internal.py.Args;

import org.nprand.internal.py.BitGenArgs;
import org.nprand.internal.py.Py;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nprand.bitgen.SeedSequence;
import org.nprand.numpy.NdArray;
import org.nprand.cli.value.ValueCodec;
import org.nprand.errors.TypeError;
import org.nprand.errors.ValueError;

/** Replay calls on NumPy's {@code SeedSequence}. */
final class SeedSequenceCalls {

    static final Dispatch<SeedSequence> TABLE = new Dispatch<SeedSequence>("SeedSequence")
            .method("generate_state", (s, a) -> {
                Object[] v = a.bind("generate_state", 1, "n_words", "dtype");
                // np.dtype(None) is float64: refused like any other non-uint dtype.
                String dtype = v[1] == Args.ABSENT ? "uint32" : v[1] == null ? "float64" : Py.dtype(v[1]);
                if (!dtype.equals("uint32") && !dtype.equals("uint64")) {
                    throw new ValueError("only support uint32 or uint64");
                }
                int n = BitGenArgs.generateStateWords(v[0], dtype.equals("uint64"));
                return dtype.equals("uint32") ? NdArray.uint32(s.generateState32(n)) : NdArray.uint64(s.generateState64(n));
            })
            .method("spawn", (s, a) -> {
                Object[] v = a.bind("spawn", 1, "n_children");
                return List.of(s.spawn(BitGenArgs.spawnChildren(v[0])));
            })
            .getter("entropy", s -> entropyValue(s.entropy()))
            .getter("spawn_key", s -> bigInts(s.spawnKey()))
            .getter("pool_size", s -> (long) s.poolSize())
            .getter("n_children_spawned", s -> (long) s.childrenSpawned())
            .getter("pool", s -> NdArray.uint32(s.pool()))
            .getter("state", s -> {
                Map<String, Object> st = s.state();
                st.put("entropy", entropyValue(st.get("entropy")));
                return st;
            });

    private SeedSequenceCalls() {
    }

    /** {@code SeedSequence(entropy, spawn_key=(...), pool_size=N)} from a case's gen. */
    static Subject create(Map<String, Object> gen) {
        return TABLE.bind(seedSequence(gen.get("entropy"), gen.get("spawn_key"), gen.get("pool_size")));
    }

    /**
     * NumPy's {@code SeedSequence(entropy, spawn_key=spawnKey, pool_size=poolSize)} from decoded
     * protocol values; {@code null} spawn key and pool size take NumPy's defaults.
     */
    static SeedSequence seedSequence(Object entropy, Object spawnKey, Object poolSize) {
        List<BigInteger> key = new ArrayList<>();
        if (spawnKey != null) {
            if (!(spawnKey instanceof List)) {
                throw new TypeError("spawn_key must be a sequence of ints");
            }
            for (Object k : (List<?>) spawnKey) {
                key.add(Py.bigInt(k));
            }
        }
        int pool = poolSize == null ? SeedSequence.DEFAULT_POOL_SIZE : Py.toInt(poolSize);
        return new SeedSequence(entropy, key, pool, 0);
    }

    private static Object entropyValue(Object entropy) {
        if (entropy instanceof BigInteger) {
            return ValueCodec.pyInt((BigInteger) entropy);
        }
        return entropy;
    }

    private static List<Object> bigInts(List<BigInteger> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (BigInteger b : values) {
            out.add(ValueCodec.pyInt(b));
        }
        return out;
    }
}
